/**
 * The data the HTML review file carries for its script (embedded as JSON): which application and
 * version the owner reads, and each section's values as sent — what a 確認済み is of.
 */
import type { SectionValues } from '../../schemas/application';

export const REVIEW_PAGE_FORMAT = 'banso.review-page';

export interface ReviewPageSection {
  id: string;
  title: string;
  /** sectionHash() of `content`: the approval's contentHash. */
  hash: string;
  /** The section's values as sent (text fields are what comment anchors point into). */
  content: SectionValues;
}

export interface ReviewPageData {
  format: typeof REVIEW_PAGE_FORMAT;
  version: 1;
  /** This review file's own id: the key of the owner's work kept in the browser. */
  reviewId: string;
  applicationId: string;
  baseRevision: number;
  /** "sha256:…" of the application as sent. */
  baseChecksum: string;
  sentAt: string;
  title: string;
  clientName: string;
  /** The reply's file name without the date and extension. */
  replyFileBase: string;
  sections: ReviewPageSection[];
}
