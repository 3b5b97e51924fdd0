import type { Application } from '../schemas/application';
import type { ExpenseRule, ExpenseRules, Fraction } from '../rules/schema';
import { formatYen } from '../finance/format';
import { ruleApplies, ruleFindingAt, type FindingList } from './context';
import type { CompiledTemplate } from './compile';
import type { ExpenseCalc } from './expenseTotals';
import type { CheckContext } from './types';

/** Expense rules of rules.json: required core item, category shares, non-core cap, forbidden categories, web-only. */

const yen = (x: bigint | number) => formatYen(Number(x));
const frac = (f: Fraction) => `${f.den}分の${f.num}`;

export interface ExpenseRuleEnv {
  expenses: ExpenseRules;
  app: Application;
  ctx: CheckContext;
  compiled: CompiledTemplate;
  calc: ExpenseCalc;
  /** The chosen subsidy rate (for the non-core cap worded as a 補助上限額). */
  rate: Fraction | null;
  /** Lines are entered including tax (免税・簡易課税): no conversion for 税込 thresholds. */
  zeikomi: boolean;
  out: FindingList;
}

function add(env: ExpenseRuleEnv, rule: ExpenseRule, suffix: string, message: string, severity = rule.severity): void {
  env.out.add(ruleFindingAt('expense', rule, env.compiled.expensesAt, suffix, message, severity));
}

const names = (env: ExpenseRuleEnv, ids: readonly string[]) => ids.map((id) => env.compiled.categories.get(id)?.name ?? id).join('・');

function check(env: ExpenseRuleEnv, rule: ExpenseRule): void {
  const { calc } = env;
  switch (rule.kind) {
    case 'coreItemRequired': {
      const core = calc.lines.filter((l) => env.compiled.categories.get(l.line.category)?.core);
      const coreName = [...env.compiled.categories.values()].filter((c) => c.core).map((c) => c.name).join('・');
      if (core.length === 0) {
        if (calc.lines.length > 0) add(env, rule, '', `${coreName}の計上がありません。単価${yen(rule.minUnitPriceYen)}（税抜）以上の設備投資が必須です。`);
        return;
      }
      const top = core.reduce((m, l) => Math.max(m, l.line.unitPriceYen ?? 0), 0);
      if (top < rule.minUnitPriceYen) {
        add(env, rule, '', `${coreName}に単価${yen(rule.minUnitPriceYen)}（税抜）以上の品目がありません（最も高い単価は${yen(top)}）。単価${yen(rule.minUnitPriceYen)}以上の機械装置等を1つ以上含めてください。`);
      }
      return;
    }
    case 'categoryShare': {
      const sum = rule.categories.reduce((s, id) => s + (calc.byCategory.get(id)?.yen ?? 0n), 0n);
      if (sum === 0n) return;
      if (sum * BigInt(rule.maxShare.den) > calc.total * BigInt(rule.maxShare.num)) {
        const limit = (calc.total * BigInt(rule.maxShare.num)) / BigInt(rule.maxShare.den);
        add(env, rule, '', `${names(env, rule.categories)}は${yen(sum)}で、補助対象経費総額${yen(calc.total)}の${frac(rule.maxShare)}（${yen(limit)}）を超えています。`);
      }
      return;
    }
    case 'nonCoreCap': {
      const cap = BigInt(rule.capYen);
      if (calc.nonCore <= cap) return;
      const subsidyPart = env.rate ? (calc.nonCore * BigInt(env.rate.num)) / BigInt(env.rate.den) : calc.nonCore;
      if (subsidyPart > cap) {
        add(env, rule, '', `機械装置・システム構築費以外の経費が${yen(calc.nonCore)}（補助額換算${yen(subsidyPart)}）で、上限${yen(cap)}を超えています。`);
      } else {
        add(
          env,
          rule,
          'cost',
          `機械装置・システム構築費以外の経費が${yen(calc.nonCore)}で${yen(cap)}を超えています。公募要領はこの上限を補助上限額として定めており、補助額換算（${yen(subsidyPart)}）では収まっていますが、経費の総額と読む解釈もあるため事務局に確認してください。`,
          'warning',
        );
      }
      return;
    }
    case 'categoryForbidden': {
      const used = rule.categories.filter((id) => (calc.byCategory.get(id)?.lines ?? 0) > 0);
      if (used.length > 0) add(env, rule, '', `${names(env, used)}は、選んだ枠では補助対象になりません（${rule.title}）。`);
      return;
    }
    case 'noWebOnly':
      if (calc.web > 0n && calc.nonWeb === 0n) add(env, rule, '', 'ウェブサイト関連費だけでは申請できません。ほかの経費と一緒に計上してください。');
      return;
    case 'quoteRequired':
      for (const { line, yen: amount } of calc.lines) {
        const withTax = env.zeikomi ? amount : (amount * BigInt(100 + rule.taxRatePercent)) / 100n;
        if (withTax <= BigInt(rule.thresholdYen)) continue;
        const name = line.description.trim() || '（内容未記入）';
        const how = env.zeikomi ? '' : `（税抜${yen(amount)}、税込換算）`;
        add(env, rule, line.id, `経費「${name}」は税込${yen(withTax)}${how}で${yen(rule.thresholdYen)}を超えるため、2者以上の見積書（相見積）が必要です。見積書を揃え、最も安い業者を選んだことが分かるようにしてください。中古品は金額にかかわらず2者以上が必要です。`);
      }
      return;
    default: {
      const unknown: never = rule;
      throw new Error(`unknown expense rule ${String(unknown)}`);
    }
  }
}

export function checkExpenseRules(env: ExpenseRuleEnv): void {
  for (const rule of env.expenses.rules) if (ruleApplies(rule, env.app, env.ctx)) check(env, rule);
}
