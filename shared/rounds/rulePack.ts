import { z } from 'zod';
import { Template } from '../templates/template';
import type { SourceNote } from '../templates/schema';
import { canonicalJson, sha256Hex } from '../review/sha256';
import { formatIssuePath } from '../format/issuePath';
import { formatParameter, roundParameters, type Parameter, type ParameterValue } from './parameters';

/**
 * A rule pack: a 公募回 made in the app (「新しい公募回を作る」) from an earlier one, as one
 * self-contained file — the whole template with its rules, the list of what was changed and from
 * which 公募要領 (edition and page), and a checksum. Saved in the data folder and loaded at start
 * beside the shipped rounds; exported and imported so one advisor's update serves the whole chamber.
 * A damaged, foreign or newer pack is refused whole: nothing is half-loaded.
 */
export const RULE_PACK_FORMAT = 'banso.rulepack';
export const RULE_PACK_VERSION = 1;
export const RULE_PACK_ID_PREFIX = 'pack-';

/** Where a changed value comes from: the 公募要領's edition and page are required. */
export const EditSource = z.object({
  edition: z.string().trim().min(1, '公募要領の版を入力してください（例: 第1版）').max(80),
  page: z.string().trim().min(1, '公募要領のページを入力してください（例: P.12）').max(40),
  note: z.string().max(500).default(''),
});
export type EditSource = z.infer<typeof EditSource>;

export const RoundEdit = z.object({
  key: z.string().min(1).max(200),
  value: z.union([z.string().max(2000), z.number().finite(), z.object({ num: z.number().int().min(0), den: z.number().int().min(1) }), z.null()]),
  source: EditSource,
});
export type RoundEdit = z.infer<typeof RoundEdit>;

export const PackChange = RoundEdit.extend({ label: z.string(), before: z.string(), after: z.string() });
export type PackChange = z.infer<typeof PackChange>;

const PackContent = z.object({
  format: z.literal(RULE_PACK_FORMAT),
  version: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string().max(40),
  basedOn: z.object({ templateId: z.string(), name: z.string() }),
  changes: z.array(PackChange).max(2000),
  template: z.unknown(),
});
export interface RulePack extends Omit<z.infer<typeof PackContent>, 'template'> {
  template: Template;
  checksum: string;
}

export interface PackError {
  path: string;
  message: string;
}
export type PackResult<T> = { ok: true; value: T } | { ok: false; message: string; errors: PackError[] };

const fail = <T>(message: string, errors: PackError[] = []): PackResult<T> => ({ ok: false, message, errors });

const setAt = (root: unknown, path: readonly (string | number)[], value: unknown): void => {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) {
    if (node[k] === undefined || node[k] === null) node[k] = {};
    node = node[k] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === null || value === '') delete node[last];
  else node[last] = value;
};

/** The nearest object on the path that carries a `source` note (the rule, the cap, the round …). */
function sourceOwner(root: unknown, path: readonly (string | number)[]): { source: SourceNote } | undefined {
  let node: unknown = root;
  let owner: { source: SourceNote } | undefined;
  for (const k of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[k];
    if (typeof node === 'object' && node !== null && 'source' in node) owner = node as { source: SourceNote };
  }
  return owner;
}

function checkValue(p: Parameter, v: ParameterValue): string | null {
  if (v === null || v === '') return p.optional ? null : '値を入力してください';
  switch (p.kind) {
    case 'yen':
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : '0以上の整数を入力してください';
    case 'percent':
      return typeof v === 'number' && Number.isInteger(Math.round(v * 100)) && Math.abs(Math.round(v * 100) - v * 100) < 1e-9 ? null : '小数第2位までの数値（%）を入力してください';
    case 'fraction':
      return typeof v === 'object' && v.num <= v.den ? null : '分子が分母以下の分数を入力してください（例: 2/3）';
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : '日付は YYYY-MM-DD で入力してください';
    case 'time':
      return typeof v === 'string' && /^\d{2}:\d{2}$/.test(v) ? null : '時刻は HH:MM で入力してください';
    case 'text':
      return typeof v === 'string' ? null : '文字を入力してください';
  }
}

export interface NewRound {
  base: Template;
  /** The new round's id (see newRoundId). */
  id: string;
  edits: readonly RoundEdit[];
  createdAt: string;
  appVersion: string;
}

/** A new round's id: never one a release can ship (those have no prefix). */
export const newRoundId = (base: Template, koboKai: string, unique: string): string =>
  `${RULE_PACK_ID_PREFIX}${base.id.replace(/^pack-/, '').replace(/-[^-]*$/, '')}-${(koboKai.match(/\d+/g) ?? ['x']).join('-')}-${unique}`.toLowerCase();

/**
 * Builds a round from an earlier one and the advisor's edits: every edit names a known parameter, a
 * value of its kind and its source (edition and page); the result must pass the same schemas as a
 * shipped template. Errors name the parameter (or the schema path) that is wrong.
 */
export function buildRulePack(r: NewRound): PackResult<RulePack> {
  const params = new Map(roundParameters(r.base).map((p) => [p.key, p]));
  const draft = JSON.parse(JSON.stringify(r.base)) as Template; // a deep copy (no structuredClone: shared has neither DOM nor Node)
  const errors: PackError[] = [];
  const changes: PackChange[] = [];
  r.edits.forEach((e, i) => {
    const p = params.get(e.key);
    if (!p) return void errors.push({ path: `edits[${i}].key`, message: `「${e.key}」は変更できる項目ではありません` });
    const bad = checkValue(p, e.value);
    if (bad) return void errors.push({ path: `edits[${i}].value`, message: `${p.label}: ${bad}` });
    const source = EditSource.safeParse(e.source);
    if (!source.success) return void errors.push({ path: `edits[${i}].source`, message: `${p.label}: ${source.error.issues[0]?.message ?? '出典を入力してください'}` });
    const draftRoot = draft as unknown as Record<string, unknown>;
    if (p.path[0] === 'round' && draftRoot.round === undefined) draftRoot.round = { source: { note: '' } }; // a round given dates for the first time
    setAt(draft, p.path, e.value);
    const owner = sourceOwner(draft, p.path);
    const citation = `${source.data.edition} ${source.data.page}`;
    if (owner) owner.source = { note: `公募要領 ${citation}${source.data.note ? `（${source.data.note}）` : ''}`, unconfirmed: false, edition: source.data.edition, page: source.data.page };
    changes.push({ key: e.key, value: e.value, source: source.data, label: p.label, before: formatParameter(p.kind, p.value), after: formatParameter(p.kind, e.value) });
  });
  if (errors.length > 0) return fail('入力を確認してください。', errors);
  const draftRecord = draft as unknown as Record<string, unknown>;
  draftRecord.id = r.id;
  draftRecord.current = true;
  delete draftRecord.validUntil;
  if (draft.round?.openFrom) draftRecord.validFrom = draft.round.openFrom;
  const parsed = Template.safeParse(draft);
  if (!parsed.success) return fail('作った公募回が様式の規則に合いません。', parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })));
  const content = { format: RULE_PACK_FORMAT, version: RULE_PACK_VERSION, createdAt: r.createdAt, appVersion: r.appVersion, basedOn: { templateId: r.base.id, name: r.base.name }, changes, template: parsed.data } as const;
  return { ok: true, value: { ...content, checksum: packChecksum(content) } };
}

/** SHA-256 in hex of a string; the Node side passes its native one (faster than the pure one here). */
export type HashHex = (text: string) => string;

export function packChecksum(content: object, hashHex: HashHex = sha256Hex): string {
  const rest = Object.fromEntries(Object.entries(content).filter(([k]) => k !== 'checksum'));
  return `sha256:${hashHex(canonicalJson(rest))}`;
}

/** Reads a pack (the file's JSON): refuses, whole, what is not a pack, a newer one, an altered one, or one whose rules do not hold. */
export function parseRulePack(raw: unknown, hashHex: HashHex = sha256Hex): PackResult<RulePack> {
  const head = z.looseObject({ format: z.string(), version: z.number(), checksum: z.string().optional() }).safeParse(raw);
  if (!head.success || head.data.format !== RULE_PACK_FORMAT) return fail('伴走の公募回ファイル（ルールパック）ではありません。');
  if (head.data.version > RULE_PACK_VERSION) return fail(`新しいバージョンの伴走で作られた公募回ファイルです（形式 ${head.data.version}、このアプリは ${RULE_PACK_VERSION} まで対応）。アプリを更新してから読み込んでください。`);
  if (head.data.checksum !== packChecksum(raw as object, hashHex)) return fail('公募回ファイルが壊れているか、伴走の外で書き換えられています（チェックサムが一致しません）。作成した人にもう一度書き出してもらってください。');
  const content = PackContent.safeParse(raw);
  if (!content.success) return fail('公募回ファイルの内容が正しくありません。', content.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })));
  const t = Template.safeParse(content.data.template);
  if (!t.success) return fail('公募回ファイルのルールが様式の規則に合いません。', t.error.issues.map((i) => ({ path: `template.${formatIssuePath(i.path)}`, message: i.message })));
  if (!t.data.id.startsWith(RULE_PACK_ID_PREFIX)) return fail('公募回ファイルのIDが正しくありません（pack- で始まる必要があります）。', [{ path: 'template.id', message: t.data.id }]);
  return { ok: true, value: { ...content.data, template: t.data, checksum: head.data.checksum ?? '' } };
}
