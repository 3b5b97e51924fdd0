import { allHold } from '../checks/context';
import { floor, type Rational } from '../finance/rational';
import type { SourceNote } from '../templates/schema';
import type { Judge, TargetReport } from './achievement';
import { ceil, yenFine, yenText } from './format';
import type { HenkanComponent } from './henkanTypes';
import { minWageYears } from './henkanMinWage';
import { unknownRule, wholeGrant } from './henkanOther';
import { upliftShortfall } from './henkanUplift';
import { wageShortfall } from './henkanWage';
import type { AftercareRules, AftercareSettings } from './schema';
import type { ResolvedTarget } from './targets';
import type { Timeline } from './timeline';

/** One rule's result as the API carries it (no exact rational). */
export type HenkanLine = Omit<HenkanComponent, 'exact'>;

export interface HenkanSummary {
  lines: HenkanLine[];
  /** 「このままでは」: every rule on the figures as they stand (carried forward where not entered). */
  totalYen: number | null;
  /** Only what follows from actual figures already entered. */
  fixedYen: number | null;
  /** The total was cut to the 補助金交付額. */
  capped: boolean;
  projected: boolean;
  incomplete: boolean;
  /** A rule whose consequence no source gives (未確認). */
  unknown: boolean;
  combination: SourceNote;
  rounding: SourceNote;
}

export interface HenkanInput {
  judge: Judge;
  rules: AftercareRules;
  targets: Map<string, ResolvedTarget>;
  reports: Map<string, TargetReport>;
  kofuYen: bigint | null;
  honraiJogenYen: bigint | null;
  settings: AftercareSettings;
  timeline: Timeline;
}

/** Σ(基本要件の返還) against the 特例's, the larger, at most the 交付額 (the combination is 未確認). */
export function combine(lines: readonly { ruleId: string; kind: string; yen: number | null }[], kofuYen: bigint | null): { total: bigint; capped: boolean } {
  let basic = 0n;
  let uplift = 0n;
  for (const l of lines) {
    if (l.yen === null) continue;
    if (l.kind === 'upliftShortfall') uplift += BigInt(l.yen);
    else basic += BigInt(l.yen);
  }
  const raw = basic > uplift ? basic : uplift;
  const capped = kofuYen !== null && raw > kofuYen;
  return { total: capped ? kofuYen! : raw, capped };
}

export function computeHenkan(h: HenkanInput): HenkanSummary {
  const round = (r: Rational): bigint => (h.rules.yenRounding.mode === 'floor' ? floor(r) : ceil(r));
  const last = h.timeline.years[h.timeline.n - 1];
  const finalTiming = `最終年度${last?.end ? last.label.replace(/^\d+年目/, '') : ''}の決算後`;
  const lines: (HenkanComponent & { kind: string })[] = [];
  for (const rule of h.rules.henkan) {
    if (!allHold(h.judge.app, rule.when)) continue;
    let c: HenkanComponent;
    switch (rule.kind) {
      case 'wageShortfall':
        c = wageShortfall(h.judge, rule, h.targets, h.kofuYen, h.settings, finalTiming);
        break;
      case 'minWageYears':
        c = minWageYears(h.judge, rule, h.targets, h.kofuYen, h.settings, h.timeline, round);
        break;
      case 'upliftShortfall':
        c = upliftShortfall(h.judge, rule, h.targets, h.kofuYen, h.honraiJogenYen, h.timeline, h.settings);
        break;
      case 'wholeGrant':
        c = wholeGrant(rule, h.reports, h.kofuYen);
        break;
      case 'unknown':
        c = unknownRule(rule, h.reports);
        break;
    }
    if (c.status === 'henkan' && c.exact !== null && c.yen === null) {
      const yen = round(c.exact);
      const fine = yenFine(c.exact);
      c = { ...c, yen: Number(yen), steps: [...c.steps, `= ${fine}${c.exact.d === 1n ? '' : ` → ${yenText(yen)}（1円未満${h.rules.yenRounding.mode === 'floor' ? '切捨て' : '切上げ'}）`}`] };
    }
    lines.push({ ...c, kind: rule.kind });
  }
  const all = combine(lines, h.kofuYen);
  // What actual figures already decide: lines on entered figures, and the years of a per-year rule that are not 見込み.
  const fixed = combine(
    lines.map((l) => ({ ...l, yen: !l.projected ? l.yen : l.perYear ? l.perYear.filter((p) => !p.projected).reduce((s, p) => s + p.yen, 0) : 0 })),
    h.kofuYen,
  );
  const anyAmount = lines.some((l) => l.status === 'henkan' || l.status === 'none' || l.status === 'exempt');
  return {
    lines: lines.map(({ exact: _exact, kind: _kind, ...rest }) => rest),
    totalYen: anyAmount || lines.length === 0 ? Number(all.total) : null,
    fixedYen: anyAmount || lines.length === 0 ? Number(fixed.total) : null,
    capped: all.capped,
    projected: lines.some((l) => l.projected && (l.yen ?? 0) > 0),
    incomplete: lines.some((l) => l.status === 'incomplete'),
    unknown: lines.some((l) => l.status === 'unknown'),
    combination: h.rules.combination,
    rounding: h.rules.yenRounding.source,
  };
}
