import { z } from 'zod';

/** A change notice as it travels between connections (parsed: a NOTIFY payload is outside input). */
export const ChangeEventSchema = z.object({
  applicationId: z.string().max(100),
  parts: z.array(z.string().max(200)).max(500),
  revision: z.number().int(),
  user: z.string().max(200),
  at: z.string().max(40),
});
