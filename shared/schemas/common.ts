import { z } from 'zod';

/** Programs Banso drafts for. */
export const ProgramId = z.enum(['keieiKakushin', 'monozukuri', 'shinMonozukuri', 'jizokuka']);
export type ProgramId = z.infer<typeof ProgramId>;

/** Japanese display names of the programs. */
export const PROGRAM_NAMES: Record<ProgramId, string> = {
  keieiKakushin: '経営革新計画',
  monozukuri: 'ものづくり補助金',
  shinMonozukuri: '新事業進出・ものづくり補助金', // 新事業進出・ものづくり商業サービス補助金 (2026–): もの補助's successor
  jizokuka: '小規模事業者持続化補助金',
};

export const Id = z.string().min(1).max(64);
export const IsoDateTime = z.string().datetime({ offset: true });

/** Text a user typed: any Unicode, kept exactly (no trimming, no normalisation). */
export const UserText = (max: number) => z.string().max(max);

/**
 * No NUL (U+0000) in text stored in its own column: nobody types it (it comes from a damaged paste or
 * file) and PostgreSQL cannot store it, so it is refused with a message on every backend alike.
 */
export const noNul = (label: string) => [(s: string) => !s.includes('\u0000'), `${label}に使えない文字（NUL）が含まれています。貼り付けた内容を確認してください`] as const;
