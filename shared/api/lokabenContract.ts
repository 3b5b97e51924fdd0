/** ローカルベンチマーク methods of the API (joined into shared/api/contract.ts). */
export const lokabenContract = {} as const;
