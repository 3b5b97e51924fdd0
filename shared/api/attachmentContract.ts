import { z } from 'zod';
import { Id } from '../schemas/common';
import { method } from './method';
import { BaseRevision } from '../schemas/revisions';

/** Figures for the supplementary PDF (もの補助: 図1, 図2 … on A4 within the round's page limit). */
export const AttachmentSummary = z.object({
  id: z.string(),
  applicationId: z.string(),
  position: z.number().int(),
  caption: z.string(),
  mime: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int(),
  height: z.number().int(),
});
export type AttachmentSummary = z.infer<typeof AttachmentSummary>;

export const SupplementaryCheck = z.object({ pages: z.number().int(), maxPages: z.number().int(), fileName: z.string(), base64: z.string(), warnings: z.array(z.string()) });

const MAX_IMAGE_BASE64 = 14_000_000; // ~10 MB image

/** The figures in order, and the revision of the list: what the next change names as its base. */
export const AttachmentList = z.object({ items: z.array(AttachmentSummary), revision: z.number().int() });
export type AttachmentList = z.infer<typeof AttachmentList>;

export const attachmentContract = {
  listAttachments: method(z.object({ applicationId: Id }), AttachmentList),
  /** A PNG or JPEG; anything else is refused with a message. */
  addAttachment: method(z.object({ applicationId: Id, caption: z.string().max(200), base64: z.string().min(1).max(MAX_IMAGE_BASE64), baseRevision: BaseRevision }), AttachmentList),
  updateAttachment: method(z.object({ id: Id, caption: z.string().max(200).optional(), move: z.union([z.literal(-1), z.literal(1)]).optional(), baseRevision: BaseRevision }), AttachmentList),
  deleteAttachment: method(z.object({ id: Id, baseRevision: BaseRevision }), AttachmentList),
  /** A thumbnail-sized data URL is cheap enough to send whole: the image as stored. */
  getAttachmentImage: method(z.object({ id: Id }), z.object({ dataUrl: z.string() })),
  /** Lays out the supplementary PDF and counts its pages against the round's limit. */
  buildSupplementaryPdf: method(z.object({ applicationId: Id }), SupplementaryCheck),
} as const;
