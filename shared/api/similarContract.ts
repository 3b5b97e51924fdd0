import { z } from 'zod';
import { Id, ProgramId } from '../schemas/common';
import { method } from './method';

/**
 * Plans that read alike (shared/similar): passages of an application that are nearly the same as a
 * passage of another client's application or of a template's 記載例. Information for the advisor —
 * the 公募要領 refuses plans 「同一又は類似」 to another firm's — never a blocking error.
 */

/** Where a passage is, and its text exactly as typed (offsets in that field's text). */
export const SimilarSide = z.object({
  sectionId: z.string(),
  /** The form's number of the section (「⑤」「2.」), when it has one. */
  sectionNumber: z.string(),
  sectionTitle: z.string(),
  fieldId: z.string(),
  fieldLabel: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type SimilarSide = z.infer<typeof SimilarSide>;

export const SimilarMatch = z.object({
  /** `application`: another client's application; `example`: a template's 記載例. */
  kind: z.enum(['application', 'example']),
  /** The other application (null for a 記載例). */
  applicationId: z.string().nullable(),
  title: z.string(),
  clientName: z.string(),
  programId: ProgramId.nullable(),
  templateId: z.string(),
  templateName: z.string(),
  here: SimilarSide,
  there: SimilarSide,
  /** 0–100: how much of the two passages is the same (character 4-grams after normalisation). */
  similarity: z.number().int().min(0).max(100),
  /** Length of the passage here in letters and numbers (punctuation and spaces not counted). */
  chars: z.number().int(),
});
export type SimilarMatch = z.infer<typeof SimilarMatch>;

export const similarContract = {
  /**
   * The passages of an application that read like another client's application or a 記載例, strongest
   * first. The same client's applications (carried-over sections) and boilerplate many plans share are
   * never reported.
   */
  findSimilar: method(
    z.object({ applicationId: Id }),
    z.object({
      matches: z.array(SimilarMatch),
      /** Applications of other clients it was compared with. */
      compared: z.number().int(),
    }),
  ),
} as const;
