import { z } from 'zod';
import { Id, IsoDateTime, noNul } from './common';
import { isCorporateNumber, normalizeCorporateNumber } from './corporateNumber';

/** 法人 (corporation) or 個人事業主 (sole proprietor). */
export const LegalForm = z.enum(['hojin', 'kojin']);
export type LegalForm = z.infer<typeof LegalForm>;

export const LEGAL_FORM_NAMES: Record<LegalForm, string> = { hojin: '法人', kojin: '個人事業主' };

/** Text a user typed (kept exactly), with a Japanese message at its limit. */
const text = (max: number, label: string) => z.string().max(max, `${label}は${max.toLocaleString('ja-JP')}文字以内で入力してください`).refine(...noNul(label));
const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}は数値で入力してください` })
    .int(`${label}は整数で入力してください`)
    .min(min, `${label}は${min.toLocaleString('ja-JP')}以上で入力してください`)
    .max(max, `${label}は${max.toLocaleString('ja-JP')}以下で入力してください`)
    .nullable();

/** Each field of a 事業者 with its bounds and a Japanese message — no defaults (see ClientPatch). */
const fields = {
  name: text(100, '事業者名').refine((s) => s.trim().length > 0, '事業者名を入力してください'),
  representative: text(100, '代表者'), // 代表者
  corporateNumber: z
    .string()
    .max(40)
    .transform(normalizeCorporateNumber)
    .refine((s) => s === '' || isCorporateNumber(s), '法人番号は13桁の数字で入力してください（国税庁の法人番号公表サイトで確認できます）'), // 法人番号
  legalForm: LegalForm,
  industry: text(100, '業種'), // 業種
  prefecture: text(10, '都道府県'), // 都道府県
  employeeCount: whole('従業員数', 0, 1_000_000), // 従業員数
  capitalYen: whole('資本金', 0, 1e15), // 資本金
  foundedYear: whole('創業年', 1600, 2200), // 創業年
  fiscalYearEndMonth: whole('決算月', 1, 12), // 決算月
  advisor: text(100, '担当経営指導員'), // 担当経営指導員
  notes: text(100_000, '支援メモ'), // 支援メモ
  // What the forms' 応募者の概要 ask besides (持続化 様式2): printed and on the 転記シート where the form has them.
  nameKana: text(200, '名称のフリガナ'), // 名称（フリガナ）
  homepageUrl: text(500, '自社ホームページのURL'), // 自社ホームページのURL（無ければ「なし」）
  postalCode: text(10, '郵便番号').refine((s) => s === '' || /^\d{3}-?\d{4}$/.test(s.normalize('NFKC')), '郵便番号は「123-4567」の形で入力してください'), // 郵便番号
  address: text(200, '住所'), // 住所
  phone: text(30, '電話番号'), // 電話番号
  email: text(254, 'メールアドレス').refine((s) => s === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s), 'メールアドレスの形が正しくありません'), // E-mailアドレス
  contactName: text(100, '連絡担当者の氏名'), // 連絡担当者（代表者もしくは従業員）
  contactKana: text(100, '連絡担当者のフリガナ'),
  contactTitle: text(100, '連絡担当者の役職'),
};

/** What the advisor types when creating a 事業者 (client); what is not given takes its default. */
export const ClientInput = z.object({
  name: fields.name,
  representative: fields.representative.default(''),
  corporateNumber: fields.corporateNumber.default(''),
  legalForm: fields.legalForm.default('hojin'),
  industry: fields.industry.default(''),
  prefecture: fields.prefecture.default(''),
  employeeCount: fields.employeeCount.default(null),
  capitalYen: fields.capitalYen.default(null),
  foundedYear: fields.foundedYear.default(null),
  fiscalYearEndMonth: fields.fiscalYearEndMonth.default(null),
  advisor: fields.advisor.default(''),
  notes: fields.notes.default(''),
  nameKana: fields.nameKana.default(''),
  homepageUrl: fields.homepageUrl.default(''),
  postalCode: fields.postalCode.default(''),
  address: fields.address.default(''),
  phone: fields.phone.default(''),
  email: fields.email.default(''),
  contactName: fields.contactName.default(''),
  contactKana: fields.contactKana.default(''),
  contactTitle: fields.contactTitle.default(''),
});
export type ClientInput = z.input<typeof ClientInput>;

/** An edit: changes exactly the fields it names (no defaults — a missing field is left as it is). */
export const ClientPatch = z.object(fields).partial();
export type ClientPatch = z.infer<typeof ClientPatch>;

export const Client = ClientInput.extend({
  id: Id,
  /** Raised by every edit; an edit based on an older revision is refused. */
  revision: z.number().int().min(0).default(0),
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
