import { describe, expect, it } from 'vitest';
import { TemplateRules } from '../../../shared/rules/schema';
import { realTemplate, realTemplates } from '../checks/helpers';

/** The rules.json schema, and the numbers in the shipped rules files against their sources. */

describe('TemplateRules schema', () => {
  it('a minimal file gets its defaults', () => {
    const r = TemplateRules.parse({ source: { note: 'x' } });
    expect(r.numeric).toEqual([]);
    expect(r.text.sentenceMaxChars).toBe(120);
    expect(r.source.unconfirmed).toBe(false);
  });

  it('refuses percentages with more than 2 decimals and conditions without a value', () => {
    const bad = TemplateRules.safeParse({
      source: { note: 'x' },
      numeric: [{ id: 'a', kind: 'cagr', title: 't', indicator: 'fukaKachiGaku', target: { kind: 'fixed', percent: 3.001 }, source: { note: 'x' } }],
      choices: [{ id: 'b', kind: 'choiceRequires', title: 't', when: [{ field: 'waku', op: 'equals' }], require: [{ field: 'x', op: 'filled' }], message: 'm', source: { note: 'x' } }],
    });
    expect(bad.success).toBe(false);
    const paths = bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('numeric.0.target.percent');
    expect(paths).toContain('choices.0.when.0.value');
  });

  it('every rule of every shipped template has a source note', () => {
    for (const t of realTemplates().values()) {
      const all = [...t.rules.numeric, ...t.rules.choices, ...(t.rules.expenses?.rules ?? [])];
      for (const r of all) expect(r.source.note.length, `${t.id} ${r.id}`).toBeGreaterThan(10);
    }
  });
});

describe('shipped numbers against the official sources', () => {
  it('monozukuri-20: 基本要件 3.0% / 2.0% / +30円, 特例 6.0% / +50円, 賃上げ加点 4.0% / +40円', () => {
    const t = realTemplate('monozukuri-20');
    const byId = new Map(t.rules.numeric.map((r) => [r.id, r]));
    const pct = (id: string) => {
      const r = byId.get(id);
      return r?.kind === 'cagr' && r.target.kind === 'fixed' ? r.target.percent : null;
    };
    const yen = (id: string) => {
      const r = byId.get(id);
      return r?.kind === 'minWageMargin' ? r.minYen : null;
    };
    expect([pct('fukaKachiGakuCagr'), pct('kyuyoJugyoinCagr'), pct('kyuyoYakuinCagr')]).toEqual([3, 2, 2]);
    expect([pct('oohabaJugyoinCagr'), pct('katenChinageJugyoin')]).toEqual([6, 4]);
    expect([yen('saiteiChingin30'), yen('oohabaSaiteiChingin50'), yen('katenChinageSaiteiChingin40')]).toEqual([30, 50, 40]);
  });

  it('monozukuri-20: the prefectural minimum-wage CAGR table (概要版 p.9) has 47 prefectures', () => {
    const r = realTemplate('monozukuri-20').rules.numeric.find((x) => x.id === 'hitoriAtariJugyoinCagr');
    const table = r?.kind === 'cagr' && r.target.kind === 'byPrefecture' ? r.target.table : {};
    expect(Object.keys(table)).toHaveLength(47);
    expect([table['東京'], table['埼玉'], table['大阪'], table['島根'], table['徳島']]).toEqual([2.8, 3.1, 2.9, 4.0, 4.3]);
  });

  it('jizokuka-17: 通常枠 50万円, インボイス +50万円, 賃金引上げ +150万円, web ≤ 50万円, 3/4 for 赤字', () => {
    const s = realTemplate('jizokuka-17').rules.subsidy;
    expect(s?.method).toBe('jizokukaYoshiki3');
    if (s?.method !== 'jizokukaYoshiki3') return;
    expect(s.baseCapYen).toBe(500_000);
    expect(s.addOns.map((a) => a.yen)).toEqual([500_000, 1_500_000]);
    expect(s.webCapYen).toBe(500_000);
    expect(s.rates[0]?.rate).toEqual({ num: 3, den: 4 });
    expect(s.defaultRate.rate).toEqual({ num: 2, den: 3 });
  });

  it('unconfirmed rules are flagged: もの補助 ≤18 caps and 経営革新 h28 final-year rule', () => {
    const m18 = realTemplate('monozukuri-18');
    expect(m18.rules.subsidy?.source.unconfirmed).toBe(true);
    expect(m18.rules.numeric.find((r) => r.id === 'fukaKachiGakuCagr')?.source.unconfirmed).toBe(false);
    expect(realTemplate('keiei-kakushin-h28').rules.numeric.find((r) => r.id === 'saishuNendoPlus')?.source.unconfirmed).toBe(true);
  });
});
