import type { NumericRule } from '../rules/schema';
import { cagrOfficialExact } from '../finance/cagr';
import { growthExact, growthMeets, hundredthsOf, percentFromHundredths, truncPercent } from '../finance/growth';
import { INDICATOR_NAMES, indicatorExact } from '../finance/indicators';
import { finalYearOf } from '../finance/plan';
import { absR, add, cmp, floor, mul, rat, sign, type Rational } from '../finance/rational';
import { fieldValue } from './context';
import { labelOf, ruleFinding, yenOf, type NumericEnv } from './numericEnv';
import type { GrowthFigure } from './types';
import type { FinancialYear } from '../schemas/financialPlan';

/** 経営革新 cumulative growth targets and もの補助 CAGR targets. */

type CumulativeRule = Extract<NumericRule, { kind: 'cumulativeGrowth' }>;
type CagrRule = Extract<NumericRule, { kind: 'cagr' }>;

const ceil = (r: Rational): bigint => -floor(rat(-r.n, r.d));

function endpoints(env: NumericEnv, rule: NumericRule) {
  const n = env.years;
  const base = env.shape.base;
  const final = n === null ? null : finalYearOf(env.shape, n);
  if (env.app.financialPlan.years.length === 0) return null; // an empty table is reported once, as required content
  if (n === null || !base || !final) {
    const why = !base ? '直近期（実績）の列がない' : n === null ? '計画期間が未選択' : `${n}年後の列がない`;
    env.out.add(ruleFinding(env, rule, 'unavailable', `「${rule.title}」を判定できません（${why}）。数値計画表を入力してください。`, 'warning'));
    return null;
  }
  return { n, base, final };
}

/** What the report shows of a growth rule, whatever its value turns out to be. */
function growthFigure(rule: { id: string; indicator: GrowthFigure['indicator'] }, name: string, ends: { base: FinancialYear; final: FinancialYear; n: number }, measure: GrowthFigure['measure'], targetPercent: number | null) {
  return { ruleId: rule.id, indicator: rule.indicator, name, baseLabel: labelOf(ends.base), finalLabel: labelOf(ends.final), years: ends.n, measure, targetPercent };
}

export function checkCumulativeGrowth(env: NumericEnv, rule: CumulativeRule): void {
  const ends = endpoints(env, rule);
  if (!ends) return;
  const target = rule.targetsByYears[String(ends.n)];
  if (target === undefined) return; // plan length outside the table: the planLength rule reports it
  const name = INDICATOR_NAMES[rule.indicator];
  const a = indicatorExact(ends.base, rule.indicator);
  const b = indicatorExact(ends.final, rule.indicator);
  const figure = growthFigure(rule, name, ends, 'cumulative', target);
  const g = a.ok && b.ok ? growthExact(a.value, b.value) : !a.ok ? a : b;
  if (!g.ok || !a.ok || !b.ok) {
    const msg = !g.ok ? g.message : '';
    env.growth.push({ ...figure, value: g.ok ? { ok: false, reason: 'missing', missing: [], message: msg } : g, met: null });
    env.out.add(ruleFinding(env, rule, 'unavailable', `${name}の伸び率を計算できません：${msg}。`, 'warning'));
    return;
  }
  const targetH = hundredthsOf(target);
  const met = growthMeets(g.value, targetH);
  env.growth.push({ ...figure, value: { ok: true, value: truncPercent(g.value) }, met });
  if (met) return;
  const need = add(a.value, mul(absR(a.value), rat(BigInt(targetH), 10000n)));
  env.out.add(
    ruleFinding(
      env,
      rule,
      '',
      `${name}の伸び率は${truncPercent(g.value).display}（${labelOf(ends.base)} ${yenOf(a.value)} → ${labelOf(ends.final)} ${yenOf(b.value)}）で、${ends.n}年計画の基準 ${percentFromHundredths(BigInt(targetH)).display}以上に届きません。${labelOf(ends.final)}の${name}を${yenOf(rat(ceil(need)))}以上にする計画が必要です。`,
    ),
  );
}

/** 都道府県 as the 公募要領's table names it: 東京都 → 東京, 京都府 → 京都, 北海道 stays. */
export function prefectureKey(p: string): string {
  const s = p.trim();
  if (s === '北海道') return s;
  return s.length > 2 && /[都府県]$/.test(s) ? s.slice(0, -1) : s;
}

/** The first prefecture of the table named in a text such as an address (東京都…, 京都府…, 北海道…). */
function prefectureInText(text: string, keys: string[]): string | null {
  let best: { at: number; key: string } | null = null;
  for (const key of keys) {
    const at = key === '北海道' ? text.indexOf(key) : text.search(new RegExp(`${key}[都府県]`, 'u'));
    if (at >= 0 && (best === null || at < best.at)) best = { at, key };
  }
  return best?.key ?? null;
}

function prefectureOf(env: NumericEnv, target: Extract<CagrRule['target'], { kind: 'byPrefecture' }>): string | null {
  if (env.ctx.prefecture) return prefectureKey(env.ctx.prefecture);
  for (const f of target.fromFields) {
    const v = fieldValue(env.app, f.section, f.field);
    const found = typeof v === 'string' ? prefectureInText(v, Object.keys(target.table)) : null;
    if (found) return found;
  }
  return null;
}

function targetPercent(env: NumericEnv, rule: CagrRule): number | null {
  if (rule.target.kind === 'fixed') return rule.target.percent;
  const pref = prefectureOf(env, rule.target);
  const found = pref === null ? undefined : rule.target.table[pref];
  if (found !== undefined) return found;
  const fb = rule.target.fallbackPercent;
  const where = pref === null ? '事業実施場所の都道府県が分からない' : `「${pref}」が表にない`;
  env.out.add(
    ruleFinding(
      env,
      rule,
      'prefecture',
      fb === undefined
        ? `「${rule.title}」の基準値を決められません（${where}）。事業者情報に都道府県を入力してください。`
        : `「${rule.title}」は${where}ため、全国平均の${fb.toFixed(1)}%で判定しました。事業者情報に都道府県を入力してください。`,
      'hint',
    ),
  );
  return fb ?? null;
}

function noPeople(env: NumericEnv, rule: CagrRule, ends: { base: { [k: string]: unknown }; final: { [k: string]: unknown } }): boolean {
  const key = rule.skipWhenNoPeople;
  if (!key) return false;
  const none = (y: { [k: string]: unknown }) => y[key] === null || y[key] === 0;
  return none(ends.base) && none(ends.final);
}

export function checkCagr(env: NumericEnv, rule: CagrRule): void {
  const ends = endpoints(env, rule);
  if (!ends) return;
  const name = INDICATOR_NAMES[rule.indicator];
  if (noPeople(env, rule, ends)) {
    const who = rule.skipWhenNoPeople === 'jugyoinSu' ? '従業員' : '役員';
    env.out.add(ruleFinding(env, rule, 'skipped', `${who}がいない計画のため「${rule.title}」は判定していません（採用予定がある場合は人数と給与を入力してください）。`, 'hint'));
    return;
  }
  const target = targetPercent(env, rule);
  const a = indicatorExact(ends.base, rule.indicator);
  const b = indicatorExact(ends.final, rule.indicator);
  const c = !a.ok ? a : !b.ok ? b : cagrOfficialExact(a.value, b.value, ends.n, rule.negativeBase);
  const figure = growthFigure(rule, name, ends, 'cagr', target);
  if (!c.ok) {
    env.growth.push({ ...figure, value: c, met: c.reason === 'missing' || target === null ? null : false });
    const blocking = c.reason === 'finalBelowOne' || c.reason === 'negativeBase';
    env.out.add(ruleFinding(env, rule, 'unavailable', `${name}の年平均成長率を計算できません：${c.message}。`, blocking ? rule.severity : 'warning'));
    return;
  }
  const cagr = c.value;
  if (cagr.baseTreatedAsOne) {
    env.out.add(ruleFinding(env, rule, 'baseZero', `基準年度の${name}が0のため、公式の算出ツールと同じく1円として年平均成長率を計算しました。`, 'hint'));
  }
  if (cagr.negativeBaseFormula) {
    env.out.add(
      ruleFinding(env, rule, 'negativeBase', `基準年度の${name}がマイナスです。公式の算出ツールの式で${cagr.display}と計算しましたが、マイナスからの成長率は解釈に注意が必要です。事務局の説明を確認してください。`, 'warning'),
    );
  }
  if (target === null) {
    env.growth.push({ ...figure, value: c, met: null });
    return;
  }
  const targetH = hundredthsOf(target);
  const met = cagr.hundredths >= targetH;
  env.growth.push({ ...figure, value: c, met });
  if (met) return;
  let fix = '';
  if (a.ok && sign(a.value) > 0 && b.ok) {
    const growth = rat(BigInt(10000 + targetH) ** BigInt(ends.n), 10000n ** BigInt(ends.n));
    const need = mul(a.value, growth);
    const needYen = ceil(need);
    if (cmp(rat(needYen), b.value) > 0) fix = `${labelOf(ends.final)}の${name}を${yenOf(rat(needYen))}以上にする計画が必要です。`;
  }
  env.out.add(
    ruleFinding(
      env,
      rule,
      '',
      `${name}の年平均成長率は${cagr.display}（${labelOf(ends.base)} ${a.ok ? yenOf(a.value) : '—'} → ${labelOf(ends.final)} ${b.ok ? yenOf(b.value) : '—'}、${ends.n}年）で、基準の${percentFromHundredths(BigInt(targetH)).display}以上に届きません。${fix}`,
    ),
  );
}
