import { z } from 'zod';

/** Why a version of an application was kept. */
export const SnapshotKind = z.enum(['manual', 'export', 'review', 'reviewReturn', 'submission', 'restore', 'import', 'roundMove']);
export type SnapshotKind = z.infer<typeof SnapshotKind>;

export const SNAPSHOT_KIND_NAMES: Record<SnapshotKind, string> = {
  manual: '手動保存',
  export: '書き出し',
  review: '事業者確認へ送付',
  reviewReturn: '事業者確認の取り込み',
  submission: '提出',
  restore: '復元前',
  import: '読み込み前',
  roundMove: '公募回の変更前',
};

/** One kept version, without its content. */
export const VersionSummary = z.object({
  id: z.string(),
  applicationId: z.string(),
  kind: SnapshotKind,
  name: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  /** Who kept it (the chamber's login, or the PC's user name). */
  createdBy: z.string().optional(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;
