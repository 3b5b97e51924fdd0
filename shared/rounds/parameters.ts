import type { Template } from '../templates/template';
import type { SourceNote } from '../templates/schema';
import type { NumericRule } from '../rules/schema';
import { INDICATOR_NAMES } from '../finance/indicators';

/**
 * The numbers and words of a round that change from one 公募回 to the next, as a flat list: dates,
 * rates and caps, thresholds of the requirements, character limits, expense categories and their
 * limits, 加点 and 審査項目 text. The same list drives 「新しい公募回を作る」 (each one editable, with a
 * source), 「前回からの変更点」 (two rounds compared key by key) and the rule pack's change log.
 *
 * `key` names the thing in the domain's terms (stable across rounds: rule ids, category ids, field
 * ids); `path` is where it sits in this template's JSON (arrays differ between rounds).
 */
export type ParameterKind = 'yen' | 'percent' | 'int' | 'date' | 'time' | 'text' | 'fraction';
export type ParameterArea = 'round' | 'subsidy' | 'requirement' | 'expense' | 'limit' | 'katen' | 'criterion';

export const AREA_NAMES: Record<ParameterArea, string> = {
  round: '日程',
  subsidy: '補助率・上限額',
  requirement: '要件',
  expense: '経費',
  limit: '文字数',
  katen: '加点',
  criterion: '審査項目',
};

export type ParameterValue = string | number | { num: number; den: number } | null;

export interface Parameter {
  key: string;
  path: (string | number)[];
  area: ParameterArea;
  label: string;
  kind: ParameterKind;
  value: ParameterValue;
  /** Where the current value comes from (the rule's or the template's source). */
  source?: SourceNote;
  /** A date or text that may be left empty. */
  optional?: boolean;
}

type Push = (p: Parameter) => void;

function roundParams(t: Template, push: Push): void {
  const r = t.round;
  const src = r?.source ?? t.source;
  push({ key: 'name', path: ['name'], area: 'round', label: '名称', kind: 'text', value: t.name, source: t.source });
  push({ key: 'koboKai', path: ['koboKai'], area: 'round', label: '公募回', kind: 'text', value: t.koboKai, source: t.source });
  if (t.programId === 'keieiKakushin' && !r) return; // rolling approval: no dates
  push({ key: 'round.openFrom', path: ['round', 'openFrom'], area: 'round', label: '公募開始（申請受付開始）', kind: 'date', value: r?.openFrom ?? null, source: src, optional: true });
  push({ key: 'round.deadline', path: ['round', 'deadline'], area: 'round', label: '締切日', kind: 'date', value: r?.deadline ?? null, source: src });
  push({ key: 'round.deadlineTime', path: ['round', 'deadlineTime'], area: 'round', label: '締切時刻', kind: 'time', value: r?.deadlineTime ?? null, source: src, optional: true });
  if (t.programId === 'jizokuka') push({ key: 'round.yoshiki4Deadline', path: ['round', 'yoshiki4Deadline'], area: 'round', label: '様式4 発行受付締切', kind: 'date', value: r?.yoshiki4Deadline ?? null, source: src, optional: true });
  push({ key: 'round.adoptionAnnouncement', path: ['round', 'adoptionAnnouncement'], area: 'round', label: '採択発表（予定）', kind: 'text', value: r?.adoptionAnnouncement ?? null, source: src, optional: true });
}

function subsidyParams(t: Template, push: Push): void {
  const s = t.rules.subsidy;
  if (!s) return;
  const base = ['rules', 'subsidy'];
  push({ key: 'subsidy.defaultRate', path: [...base, 'defaultRate', 'rate'], area: 'subsidy', label: `補助率（${s.defaultRate.label}）`, kind: 'fraction', value: s.defaultRate.rate, source: s.defaultRate.source });
  s.rates.forEach((r, i) => push({ key: `subsidy.rate:${r.label}`, path: [...base, 'rates', i, 'rate'], area: 'subsidy', label: `補助率（${r.label}）`, kind: 'fraction', value: r.rate, source: r.source }));
  if (s.method === 'simple') {
    s.caps.forEach((c, i) => {
      if (c.yen !== undefined) push({ key: `subsidy.cap:${c.label}`, path: [...base, 'caps', i, 'yen'], area: 'subsidy', label: `補助上限額（${c.label}）`, kind: 'yen', value: c.yen, source: c.source });
      c.bands?.forEach((b, j) => push({ key: `subsidy.cap:${c.label}:${b.label}`, path: [...base, 'caps', i, 'bands', j, 'yen'], area: 'subsidy', label: `補助上限額（${c.label}・${b.label}）`, kind: 'yen', value: b.yen, source: c.source }));
    });
    s.uplifts.forEach((c, i) => {
      if (c.yen !== undefined) push({ key: `subsidy.uplift:${c.label}`, path: [...base, 'uplifts', i, 'yen'], area: 'subsidy', label: `上限の引上げ（${c.label}）`, kind: 'yen', value: c.yen, source: c.source });
      c.bands?.forEach((b, j) => push({ key: `subsidy.uplift:${c.label}:${b.label}`, path: [...base, 'uplifts', i, 'bands', j, 'yen'], area: 'subsidy', label: `上限の引上げ（${c.label}・${b.label}）`, kind: 'yen', value: b.yen, source: c.source }));
    });
  } else {
    push({ key: 'subsidy.baseCap', path: [...base, 'baseCapYen'], area: 'subsidy', label: '補助上限額（通常枠）', kind: 'yen', value: s.baseCapYen, source: s.source });
    s.addOns.forEach((a, i) => push({ key: `subsidy.addOn:${a.label}`, path: [...base, 'addOns', i, 'yen'], area: 'subsidy', label: `上限の上乗せ（${a.label}）`, kind: 'yen', value: a.yen, source: a.source }));
  }
  if (s.method === 'jizokukaYoshiki3') push({ key: 'subsidy.webCap', path: [...base, 'webCapYen'], area: 'subsidy', label: 'ウェブサイト関連費の補助上限', kind: 'yen', value: s.webCapYen, source: s.source });
  if (s.method === 'categoryCapped') {
    s.categoryCaps.forEach((g, i) => push({ key: `subsidy.categoryCap:${g.categories.join('+')}`, path: [...base, 'categoryCaps', i, 'capYen'], area: 'subsidy', label: `${g.label}の補助上限`, kind: 'yen', value: g.capYen, source: g.source }));
  }
  if (s.method !== 'jizokukaYoshiki3' && s.minYen !== undefined) push({ key: 'subsidy.min', path: [...base, 'minYen'], area: 'subsidy', label: '補助下限額', kind: 'yen', value: s.minYen, source: s.source });
}

/** The thresholds of one numeric rule, keyed by the rule id. */
function numericParams(rule: NumericRule, i: number, push: Push): void {
  const path = ['rules', 'numeric', i];
  const p = (suffix: string, sub: (string | number)[], label: string, kind: ParameterKind, value: ParameterValue) =>
    push({ key: `rule:${rule.id}${suffix}`, path: [...path, ...sub], area: 'requirement', label: `${rule.title}：${label}`, kind, value, source: rule.source });
  push({ key: `rule:${rule.id}`, path: [...path, 'title'], area: 'requirement', label: '要件', kind: 'text', value: rule.title, source: rule.source });
  switch (rule.kind) {
    case 'planLength':
      p('.min', ['min'], '最短（年）', 'int', rule.min);
      p('.max', ['max'], '最長（年）', 'int', rule.max);
      return;
    case 'cumulativeGrowth':
      for (const [years, pct] of Object.entries(rule.targetsByYears)) p(`.${years}`, ['targetsByYears', years], `${years}年計画の${INDICATOR_NAMES[rule.indicator]}伸び率（%）`, 'percent', pct);
      return;
    case 'cagr':
      if (rule.target.kind === 'fixed') p('.percent', ['target', 'percent'], `${INDICATOR_NAMES[rule.indicator]}の年平均成長率（%）`, 'percent', rule.target.percent);
      return;
    case 'minWageMargin':
      p('.minYen', ['minYen'], '地域別最低賃金との差（円以上）', 'yen', rule.minYen);
      return;
    case 'ownWageIncrease':
      p('.minYen', ['minYen'], '事業場内最低賃金の引上げ幅（円以上）', 'yen', rule.minYen);
      return;
    case 'growthToPlanYear':
      p('.minPercent', ['minPercent'], `${INDICATOR_NAMES[rule.indicator]}の伸び率（%）`, 'percent', rule.minPercent);
      return;
    case 'employeeLimit':
      for (const [option, n] of Object.entries(rule.limits)) p(`.${option}`, ['limits', option], `従業員数の上限（${option}）`, 'int', n);
      return;
    case 'requiresEmployees':
      p('.min', ['minEmployees'], '必要な従業員数（人以上）', 'int', rule.minEmployees);
      return;
    case 'smallBusinessClaim':
      for (const [cls, n] of Object.entries(rule.limits)) p(`.${cls}`, ['limits', cls], `従業員数の上限（${cls}）`, 'int', n);
      return;
    case 'positiveFinalYear':
    case 'rising':
      return;
  }
}

function expenseParams(t: Template, push: Push): void {
  const ex = t.rules.expenses;
  if (!ex) return;
  ex.categories.forEach((c, i) => {
    push({ key: `expense.category:${c.id}`, path: ['rules', 'expenses', 'categories', i, 'name'], area: 'expense', label: '経費区分', kind: 'text', value: c.name });
    push({ key: `expense.category:${c.id}.note`, path: ['rules', 'expenses', 'categories', i, 'note'], area: 'expense', label: `${c.name}の注記`, kind: 'text', value: c.note, optional: true });
  });
  ex.rules.forEach((r, i) => {
    const path = ['rules', 'expenses', 'rules', i];
    push({ key: `rule:${r.id}`, path: [...path, 'title'], area: 'expense', label: '経費のルール', kind: 'text', value: r.title, source: r.source });
    if (r.kind === 'coreItemRequired') push({ key: `rule:${r.id}.min`, path: [...path, 'minUnitPriceYen'], area: 'expense', label: `${r.title}：単価（円以上）`, kind: 'yen', value: r.minUnitPriceYen, source: r.source });
    if (r.kind === 'categoryShare') push({ key: `rule:${r.id}.share`, path: [...path, 'maxShare'], area: 'expense', label: `${r.title}：割合の上限`, kind: 'fraction', value: r.maxShare, source: r.source });
    if (r.kind === 'nonCoreCap') push({ key: `rule:${r.id}.cap`, path: [...path, 'capYen'], area: 'expense', label: `${r.title}：上限（円）`, kind: 'yen', value: r.capYen, source: r.source });
    if (r.kind === 'quoteRequired') push({ key: `rule:${r.id}.threshold`, path: [...path, 'thresholdYen'], area: 'expense', label: `${r.title}：金額（税込・円超）`, kind: 'yen', value: r.thresholdYen, source: r.source });
  });
}

function fieldParams(t: Template, push: Push): void {
  t.sections.forEach((s, i) =>
    s.fields.forEach((f, j) => {
      if (f.kind === 'text' && f.maxChars !== undefined) push({ key: `limit:${s.id}.${f.id}`, path: ['sections', i, 'fields', j, 'maxChars'], area: 'limit', label: `${s.title}「${f.label}」の文字数上限`, kind: 'int', value: f.maxChars });
    }),
  );
}

function katenParams(t: Template, push: Push): void {
  const k = t.rules.katen;
  if (!k) return;
  if (k.maxSelected !== undefined) push({ key: 'katen.max', path: ['rules', 'katen', 'maxSelected'], area: 'katen', label: '加点の選択数の上限', kind: 'int', value: k.maxSelected, source: k.source });
  const si = t.sections.findIndex((s) => s.id === k.section);
  const fi = t.sections[si]?.fields.findIndex((f) => f.id === k.field) ?? -1;
  const field = t.sections[si]?.fields[fi];
  if (field?.kind !== 'choice') return;
  field.options.forEach((o, i) => push({ key: `katen:${o.value}`, path: ['sections', si, 'fields', fi, 'options', i, 'label'], area: 'katen', label: '加点項目', kind: 'text', value: o.label, source: k.source }));
}

function criterionParams(t: Template, push: Push): void {
  t.criteria.forEach((c, i) => push({ key: `criterion:${c.id}`, path: ['criteria', i, 'title'], area: 'criterion', label: '審査項目', kind: 'text', value: c.title, source: c.source }));
}

export function roundParameters(t: Template): Parameter[] {
  const out: Parameter[] = [];
  const push: Push = (p) => out.push(p);
  roundParams(t, push);
  subsidyParams(t, push);
  t.rules.numeric.forEach((r, i) => numericParams(r, i, push));
  t.rules.choices.forEach((r, i) => push({ key: `rule:${r.id}`, path: ['rules', 'choices', i, 'title'], area: 'requirement', label: '要件', kind: 'text', value: r.title, source: r.source }));
  expenseParams(t, push);
  fieldParams(t, push);
  katenParams(t, push);
  criterionParams(t, push);
  return out;
}

/** A value as the advisor reads it: 500,000円, 3.5%, 2/3, dates as given. */
export function formatParameter(kind: ParameterKind, v: ParameterValue): string {
  if (v === null || v === '') return '（なし）';
  if (typeof v === 'object') return `${v.num}/${v.den}`;
  if (kind === 'yen' && typeof v === 'number') return `${v.toLocaleString('ja-JP')}円`;
  if (kind === 'percent') return `${v}%`;
  if (kind === 'int' && typeof v === 'number') return v.toLocaleString('ja-JP');
  return String(v);
}
