import type { Template } from '../templates/template';
import { AREA_NAMES, formatParameter, roundParameters, type Parameter, type ParameterArea } from './parameters';
import { sameValue } from '../review/equal';

/**
 * 「前回からの変更点」: what differs between two rounds of a program (or a program and its successor),
 * generated from the data — caps, rates, thresholds, limits, categories, criteria, requirements —
 * matched by domain key, not by position.
 */
export interface RoundChange {
  area: ParameterArea;
  areaName: string;
  key: string;
  label: string;
  change: 'changed' | 'added' | 'removed';
  before: string;
  after: string;
}

const METHOD_NAMES: Record<string, string> = {
  simple: '補助対象経費×補助率（上限あり）',
  jizokukaYoshiki3: '様式3の計算（ウェブサイト関連費は補助金総額の1/4・50万円まで）',
  categoryCapped: '区分ごとの補助上限つきの計算（ウェブサイト関連費・広報費など）',
};
const AREA_ORDER = Object.keys(AREA_NAMES) as ParameterArea[];

export function diffRounds(a: Template, b: Template): RoundChange[] {
  const pa = roundParameters(a);
  const pb = roundParameters(b);
  const byKey = new Map(pa.map((p) => [p.key, p]));
  const seen = new Set<string>();
  const out: RoundChange[] = [];
  const line = (p: Parameter, change: RoundChange['change'], before: string, after: string): RoundChange => ({ area: p.area, areaName: AREA_NAMES[p.area], key: p.key, label: p.label, change, before, after });
  for (const p of pb) {
    seen.add(p.key);
    const old = byKey.get(p.key);
    if (!old) {
      if (p.value !== null && p.value !== '') out.push(line(p, 'added', '', formatParameter(p.kind, p.value)));
    } else if (!sameValue(old.value, p.value) && (p.key !== 'name' && p.key !== 'koboKai')) {
      out.push(line(p, 'changed', formatParameter(old.kind, old.value), formatParameter(p.kind, p.value)));
    }
  }
  for (const p of pa) if (!seen.has(p.key) && p.value !== null && p.value !== '') out.push(line(p, 'removed', formatParameter(p.kind, p.value), ''));
  // A requirement added or removed whole is one line: its thresholds are part of it.
  const whole = new Set(out.filter((c) => c.change !== 'changed' && /^rule:[^.]+$/.test(c.key)).map((c) => c.key));
  const folded = out.filter((c) => !(c.change !== 'changed' && whole.has(c.key.replace(/\..*$/, '')) && c.key.includes('.')));
  out.length = 0;
  out.push(...folded);
  const ma = a.rules.subsidy?.method;
  const mb = b.rules.subsidy?.method;
  if (ma !== mb) out.push({ area: 'subsidy', areaName: AREA_NAMES.subsidy, key: 'subsidy.method', label: '補助金額の計算方法', change: 'changed', before: ma ? (METHOD_NAMES[ma] ?? ma) : '（なし）', after: mb ? (METHOD_NAMES[mb] ?? mb) : '（なし）' });
  return out.sort((x, y) => AREA_ORDER.indexOf(x.area) - AREA_ORDER.indexOf(y.area));
}

/** The round a given one follows: the latest earlier round of the same program (or of the program it succeeds). */
export function previousRound<T extends Pick<Template, 'id' | 'programId' | 'successorOf' | 'round' | 'current' | 'validUntil'>>(t: T, all: readonly T[]): T | undefined {
  const deadline = t.round?.deadline;
  const candidates = all.filter((x) => x.id !== t.id && (x.programId === t.programId || x.programId === t.successorOf));
  const earlier = deadline ? candidates.filter((x) => (x.round?.deadline ?? '') < deadline) : candidates.filter((x) => !x.current);
  return earlier.sort((x, y) => (y.round?.deadline ?? y.validUntil ?? '').localeCompare(x.round?.deadline ?? x.validUntil ?? ''))[0];
}
