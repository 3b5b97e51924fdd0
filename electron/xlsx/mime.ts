/** The .xlsx media type (its own module: naming it does not load exceljs). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
