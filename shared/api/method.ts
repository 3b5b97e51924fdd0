import type { z } from 'zod';

/** One API method: its input and output schemas. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
