/** Vite's `?url` imports (the pdf.js worker of the print preview): the asset's URL as a string. */
declare module '*?url' {
  const url: string;
  export default url;
}
