import { z } from 'zod';
import { Id, IsoDateTime, UserText } from './common';

/** 法人 (corporation) or 個人事業主 (sole proprietor). */
export const LegalForm = z.enum(['hojin', 'kojin']);
export type LegalForm = z.infer<typeof LegalForm>;

export const LEGAL_FORM_NAMES: Record<LegalForm, string> = { hojin: '法人', kojin: '個人事業主' };

/** What the advisor types when creating or editing a 事業者 (client). */
export const ClientInput = z.object({
  name: UserText(200).refine((s) => s.trim().length > 0, '事業者名を入力してください'),
  representative: UserText(100).default(''), // 代表者
  legalForm: LegalForm.default('hojin'),
  industry: UserText(100).default(''), // 業種
  prefecture: UserText(10).default(''), // 都道府県
  employeeCount: z.number().int().min(0).max(1_000_000).nullable().default(null), // 従業員数
  capitalYen: z.number().int().min(0).max(1e15).nullable().default(null), // 資本金
  foundedYear: z.number().int().min(1600).max(2200).nullable().default(null), // 創業年
  fiscalYearEndMonth: z.number().int().min(1).max(12).nullable().default(null), // 決算月
  advisor: UserText(100).default(''), // 担当経営指導員
  notes: UserText(100_000).default(''), // 支援メモ
});
export type ClientInput = z.input<typeof ClientInput>;

export const Client = ClientInput.extend({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Client = z.infer<typeof Client>;

/** One row of the client list. */
export const ClientSummary = Client.pick({
  id: true,
  name: true,
  representative: true,
  industry: true,
  prefecture: true,
  advisor: true,
  updatedAt: true,
}).extend({ applicationCount: z.number().int() });
export type ClientSummary = z.infer<typeof ClientSummary>;
