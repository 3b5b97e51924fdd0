import type { SectionValues } from '../schemas/application';
import { sectionHash, type SectionApproval } from './schema';

/** 未確認 / 確認済み / 確認後に変更あり: an approval is of the text as it read when the owner approved it. */
export type ApprovalState = 'none' | 'approved' | 'changedSince';

export const APPROVAL_STATE_NAMES: Record<ApprovalState, string> = { none: '未確認', approved: '確認済み', changedSince: '確認後に変更あり' };

export function approvalState(approval: SectionApproval | undefined, current: SectionValues | undefined): ApprovalState {
  if (!approval) return 'none';
  // An approval saved before the hash was kept cannot be checked: it stands as given.
  if (!approval.contentHash) return 'approved';
  return approval.contentHash === sectionHash(current) ? 'approved' : 'changedSince';
}
