/** What the similarity core compares and what it reports. Plain data: it travels over IPC/HTTP. */

export interface SimilarField {
  sectionId: string;
  fieldId: string;
  text: string;
}

export type SimilarDocKind = 'application' | 'example';

export interface SimilarDoc {
  id: string;
  /**
   * Documents of one group are never compared with each other: the client (事業者) for applications,
   * so sections carried over between one client's applications are not flagged.
   */
  group: string;
  kind: SimilarDocKind;
  fields: SimilarField[];
}

/** One side of a passage: where it is and its text exactly as typed (offsets in the field's text). */
export interface PassageSide {
  sectionId: string;
  fieldId: string;
  start: number;
  end: number;
  text: string;
}

export interface PassageMatch {
  otherId: string;
  otherKind: SimilarDocKind;
  here: PassageSide;
  there: PassageSide;
  /** 0–1: Dice coefficient of the two passages' normalised character 4-grams. */
  similarity: number;
  /** Length of the passage here, in normalised characters. */
  chars: number;
}
