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
