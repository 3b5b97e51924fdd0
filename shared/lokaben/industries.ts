import type { z } from 'zod';
import builtinRaw from '../../templates/lokaben/benchmarks.json';
import { BenchmarkSet, INDUSTRY_IDS, type BenchmarkTable, type IndustryId } from './schema';
import { formatIssuePath } from '../format/issuePath';

/**
 * The 14 industry groups and their benchmark data. The values are DATA (templates/lokaben/
 * benchmarks.json, or a file an advisor loads), validated at load by `parseBenchmarks`. The shipped
 * file holds placeholder values only: every table says `placeholder: true` and the report says so.
 */
export { INDUSTRY_IDS, type IndustryId };

export const INDUSTRY_NAMES: Record<IndustryId, string> = {
  kensetsu: '建設業',
  seizo: '製造業',
  denkiGasSuido: '電気・ガス・熱供給・水道業',
  johoTsushin: '情報通信業',
  unyu: '運輸業・郵便業',
  oroshiuri: '卸売業',
  kouri: '小売業',
  fudosan: '不動産業・物品賃貸業',
  gakujutsuSenmon: '学術研究・専門・技術サービス業',
  shukuhakuInshoku: '宿泊業・飲食サービス業',
  seikatsuGoraku: '生活関連サービス業・娯楽業',
  kyoiku: '教育・学習支援業',
  iryoFukushi: '医療・福祉',
  service: 'サービス業（他に分類されないもの）',
};

/** Words in a client's free-text 業種 that point to a group (first match wins, in this order). */
const INDUSTRY_KEYWORDS: [IndustryId, RegExp][] = [
  ['seizo', /製造|製作所|工場|加工|メーカー|縫製|ODM|OEM|二次製品/],
  ['kensetsu', /建設|工務店|建築|土木|塗装|内装|リフォーム|設備工事|電気工事|管工事/],
  ['denkiGasSuido', /電気業|ガス|熱供給|水道/],
  ['johoTsushin', /情報|通信|ソフトウェア|IT|システム開発|ウェブ|Web|放送|出版/],
  ['unyu', /運輸|運送|物流|倉庫|郵便|タクシー|バス/],
  ['oroshiuri', /卸/],
  ['kouri', /小売|販売店|商店|スーパー|コンビニ|薬局|書店/],
  ['fudosan', /不動産|賃貸|リース|レンタル/],
  ['gakujutsuSenmon', /研究|専門|技術サービス|設計事務所|デザイン|士業|税理士|会計事務所|広告/],
  ['shukuhakuInshoku', /宿泊|旅館|ホテル|飲食|食堂|レストラン|居酒屋|カフェ|喫茶/],
  ['seikatsuGoraku', /美容|理容|理髪|クリーニング|生活関連|娯楽|旅行|冠婚葬祭|エステ|浴場/],
  ['kyoiku', /教育|学習|塾|スクール|教室/],
  ['iryoFukushi', /医療|福祉|介護|病院|診療|歯科|保育/],
  ['service', /サービス/],
];

/** Best guess of the group for a client's 業種 text (the advisor confirms it), or null. */
export function guessIndustry(gyoshu: string): IndustryId | null {
  for (const [id, re] of INDUSTRY_KEYWORDS) if (re.test(gyoshu)) return id;
  return null;
}

export interface BenchmarkError {
  /** Path of the bad value, e.g. tables[1].indicators.eigyoRiekiRitsu.thresholds[2] ('' = the whole file). */
  path: string;
  message: string;
}

export type ParsedBenchmarks = { ok: true; set: BenchmarkSet } | { ok: false; errors: BenchmarkError[] };


const MAX_ERRORS = 30;

const TYPE_NAMES: Record<string, string> = { number: '数値', string: '文字列', boolean: 'true / false', object: 'オブジェクト', array: '配列' };

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `${TYPE_NAMES[issue.expected] ?? issue.expected}が必要です`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return `範囲外の値です（${issue.message}）`;
  return issue.message;
}

/** Validates benchmark data (parsed JSON). Errors carry the path of each bad value. */
export function parseBenchmarks(raw: unknown): ParsedBenchmarks {
  const parsed = BenchmarkSet.safeParse(raw);
  if (parsed.success) return { ok: true, set: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => ({ path: formatIssuePath(i.path), message: issueMessage(i) })),
  };
}

let builtin: BenchmarkSet | undefined;

/** The shipped benchmark file (placeholder values). Throws if it was edited into an invalid state. */
export function builtinBenchmarks(): BenchmarkSet {
  if (builtin) return builtin;
  const r = parseBenchmarks(builtinRaw);
  if (!r.ok) throw new Error(`templates/lokaben/benchmarks.json: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  builtin = r.set;
  return builtin;
}

/** The table for an industry group (a parsed set holds all 14). */
export function benchmarkFor(set: BenchmarkSet, industryId: IndustryId): BenchmarkTable {
  const t = set.tables.find((x) => x.industryId === industryId);
  if (!t) throw new Error(`no benchmark table for ${industryId}`);
  return t;
}

/** Whether any value the report relies on is a placeholder. */
export const usesPlaceholder = (set: BenchmarkSet, table: BenchmarkTable): boolean => table.placeholder || set.grading.placeholder;
