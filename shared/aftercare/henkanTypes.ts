import type { Rational } from '../finance/rational';
import type { SourceNote } from '../templates/schema';

/** One rule's 返還 as computed, with the arithmetic in words (Japanese) for the advisor. */
export interface HenkanComponent {
  ruleId: string;
  title: string;
  /** none: nothing to return; henkan: an amount; exempt: an exemption applies; incomplete: figures missing; unknown: no rule (未確認). */
  status: 'none' | 'henkan' | 'exempt' | 'incomplete' | 'unknown';
  /** The exact amount before rounding to the yen (internal; not sent over the API). */
  exact: Rational | null;
  /** Rounded as the round says; null unless status is henkan. */
  yen: number | null;
  steps: string[];
  /** Decided on figures carried forward (見込み), not all actual. */
  projected: boolean;
  /** When it is decided: 最終年度の決算後, 毎年3月末 …. */
  timing: string;
  /** notGranted: the subsidy is not paid at all (持続化), rather than returned. */
  consequence: 'henkan' | 'notGranted';
  source: SourceNote;
  /** Per plan year (最低賃金): the yen of each missed year. */
  perYear?: { year: number; yen: number; projected: boolean }[];
}
