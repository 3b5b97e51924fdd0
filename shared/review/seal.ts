/**
 * The checksum that seals a review file or reply: "sha256:" + SHA-256 of the canonical JSON of every
 * field but `checksum`. Without zod, so the owner's page in the HTML review file can seal its reply
 * with exactly the code that checks it.
 */
import { canonicalJson, sha256Hex } from './sha256';

export function sealChecksum(content: object): string {
  const rest = Object.fromEntries(Object.entries(content).filter(([k]) => k !== 'checksum'));
  return `sha256:${sha256Hex(canonicalJson(rest))}`;
}

/** SHA-256 of one section's values (SectionApproval.contentHash); equal to schema.ts sectionHash. */
export const valuesHash = (values: unknown): string => sha256Hex(canonicalJson(values ?? {}));
