/** The client list's call, one place for the page and the start-up prefetch (main.tsx) so both ask the same. */
export const clientListInput = (query: string) => ({ query, offset: 0, limit: 200 });
