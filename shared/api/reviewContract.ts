/** Owner review, history, pipeline and portfolio methods of the API (joined into shared/api/contract.ts). */
export const reviewContract = {} as const;
