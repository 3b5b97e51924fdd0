import { setImmediate as immediate } from 'node:timers/promises';

/** Lets other requests run between two slices of a long job (SQLite answers synchronously). */
export const yieldToLoop = (): Promise<void> => immediate().then(() => undefined);
