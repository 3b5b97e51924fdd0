import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/checkApplication';
import { finding, ids, makeApp, realTemplate, uniformYear, year } from './helpers';

/** Coverage of 審査項目, consistency of texts with the tables, readability hints. */

describe('coverage of 審査項目 (jizokuka-17)', () => {
  const t = realTemplate('jizokuka-17');
  it('empty when nothing is written, with every aspect uncovered', () => {
    const c = checkApplication(t, makeApp(t)).coverage.find((x) => x.criterionId === 'keieiJokyoBunseki');
    expect(c?.status).toBe('empty');
    expect(c?.aspects.every((a) => !a.covered)).toBe(true);
  });

  it('improve when some aspects are missing; ok with evidence when all are addressed', () => {
    const part = checkApplication(t, makeApp(t, { content: { kigyoGaiyo: { kigyoGaiyo: '当社は創業40年の板金業で、熟練の技術力が強みである。' } } }));
    const c1 = part.coverage.find((x) => x.criterionId === 'keieiJokyoBunseki');
    expect(c1?.status).toBe('improve');
    expect(c1?.aspects.find((a) => a.aspectId === 'tsuyomi')).toMatchObject({ covered: true, evidence: { sectionId: 'kigyoGaiyo', fieldId: 'kigyoGaiyo' } });
    expect(c1?.aspects.find((a) => a.aspectId === 'tsuyomi')?.evidence?.phrase).toContain('技術力');
    expect(c1?.aspects.find((a) => a.aspectId === 'kadai')?.covered).toBe(false);

    const full = checkApplication(
      t,
      makeApp(t, { content: { kigyoGaiyo: { kigyoGaiyo: '熟練の技術力が強みだが、若手の人手不足が課題である。' } } }),
    );
    expect(full.coverage.find((x) => x.criterionId === 'keieiJokyoBunseki')?.status).toBe('ok');
  });

  it('readiness counts criteria ok / total and findings by severity', () => {
    const r = checkApplication(t, makeApp(t));
    expect(r.readiness.criteriaTotal).toBe(r.coverage.length);
    expect(r.readiness.errors).toBe(r.findings.filter((f) => f.severity === 'error').length);
  });
});

describe('criteria that apply only under a choice (monozukuri-20)', () => {
  const t = realTemplate('monozukuri-20');
  it('the 大幅賃上げ criterion appears only with the 特例', () => {
    expect(checkApplication(t, makeApp(t)).coverage.map((c) => c.criterionId)).not.toContain('oohabaChinage');
    expect(checkApplication(t, makeApp(t, { content: { kihon: { tokurei: ['oohabaChinage'] } } })).coverage.map((c) => c.criterionId)).toContain('oohabaChinage');
  });
  it('an error weighing on a criterion keeps it at 要改善', () => {
    const years = [uniformYear('直近期', 'actual', 1_000_000), uniformYear('1年後', 'plan', 1_000_000), uniformYear('2年後', 'plan', 1_000_000), uniformYear('3年後', 'plan', 1_000_000)];
    const r = checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: '3' } }, years }));
    const c = r.coverage.find((x) => x.criterionId === 'tekikakusei');
    expect(c?.findingIds).toContain('fukaKachiGakuCagr');
    expect(c?.status).not.toBe('ok');
  });
});

describe('figures quoted in texts vs the plan table (keiei-kakushin-r2)', () => {
  const t = realTemplate('keiei-kakushin-r2');
  const years = [
    year('直近期', 'actual', { uriageDaka: 25_000_000, eigyoRieki: 1_000_000, jinkenHi: 8_000_000, genkaShokyakuHi: 1_000_000, kyuyoShikyuSogaku: 7_000_000 }),
    year('1年後', 'plan', { uriageDaka: 27_000_000 }),
    year('2年後', 'plan', { uriageDaka: 28_500_000 }),
    year('3年後', 'plan', { uriageDaka: 30_000_000, eigyoRieki: 1_300_000, jinkenHi: 8_500_000, genkaShokyakuHi: 1_100_000, kyuyoShikyuSogaku: 7_400_000 }),
  ];
  const run = (text: string) => checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: '3', shihyo: 'fukaKachiGaku' }, theme: { mokuhyo: text } }, years }));
  const consistency = (text: string) => run(text).findings.filter((f) => f.kind === 'consistency');

  it('a matching amount is quiet; full-width digits and 億/万 units are read', () => {
    expect(consistency('3年後に売上高を3,000万円にする。')).toEqual([]);
    expect(consistency('3年後に売上高を３，０００万円にする。')).toEqual([]);
    expect(consistency('売上高は直近期の2,500万円から3,000万円へ伸ばす。')).toEqual([]);
  });

  it('an amount that matches no year is a warning quoting the text and the table', () => {
    const f = consistency('3年後に売上高を3,500万円にする。');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message).toContain('35,000,000円');
    expect(f[0]?.message).toContain('3年後 30,000,000円'); // compared with the year the text names
    expect(f[0]?.fieldId).toBe('mokuhyo');
  });

  it('a figure is compared only with the year it refers to; past figures are not plan figures', () => {
    // 前期 / 直近期 = the latest actual year (25,000,000): quiet when right, flagged against that year when not.
    expect(consistency('前期の売上高は2,500万円だった。')).toEqual([]);
    expect(consistency('前期の売上高は2,600万円だった。')[0]?.message).toContain('直近期 25,000,000円');
    // A past year the table does not hold is not compared at all (it used to be flagged against the plan).
    expect(consistency('2019年度の売上高は3,200万円であった。')).toEqual([]);
    expect(consistency('創業当時の売上高は2,800万円だった。')).toEqual([]);
    // 2年後 is 28,500,000, not 30,000,000 (the final year's): flagged, naming 2年後.
    const f = consistency('2年後の売上高を3,000万円にする。');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('2年後 28,500,000円');
    expect(consistency('計画最終年度の売上高を3,000万円にする。')).toEqual([]);
  });

  it('does not take 売上原価 for 売上高', () => {
    expect(consistency('売上原価を1,800万円に抑える。')).toEqual([]);
  });

  it('leaves alone the figures of a part of the business and quoted requirements', () => {
    expect(consistency('リフォーム売上2,600万円を目指す。')).toEqual([]);
    expect(consistency('売上高3,000万円のうちリフォーム2,600万円とする。')).toEqual([]);
    expect(consistency('本事業の売上高2,600万円を見込む。')).toEqual([]);
    expect(consistency('付加価値額は基準の3.0%以上を満たす。')).toEqual([]);
  });

  it('a growth rate that matches the plan is quiet; one that does not is flagged', () => {
    // 付加価値額 10,000,000 → 10,900,000: +9.00% cumulative
    expect(consistency('付加価値額を3年で9%伸ばす。')).toEqual([]);
    expect(consistency('付加価値額を3年で9%以上伸ばす。')).toEqual([]);
    const bad = consistency('付加価値額を3年で12%伸ばす。');
    expect(bad).toHaveLength(1);
    expect(bad[0]?.message).toContain('9.00%');
  });
});

describe('schedule quarter codes (keiei-kakushin-r2)', () => {
  const t = realTemplate('keiei-kakushin-r2');
  const run = (kikan: string, codes: string[], kenkyu = '0') =>
    checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: kikan, kenkyuKaihatsuKikan: kenkyu }, jisshiKeikaku: { jisshiKeikaku: codes.map((jiki, i) => ({ komoku: `項目${i}`, jiki })) } } }));
  it('within a 3-year plan is fine; 4-1 is outside; 1-5 is not a quarter; free text gets a hint', () => {
    const r = run('3', ['1-1', '３－４', '4-1', '1-5', '来年春']);
    const found = r.findings.filter((f) => f.id.startsWith('schedule:'));
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['schedule:range:jisshiKeikaku.jisshiKeikaku:2:jiki', 'warning'],
      ['schedule:range:jisshiKeikaku.jisshiKeikaku:3:jiki', 'warning'],
      ['schedule:format:jisshiKeikaku.jisshiKeikaku:4:jiki', 'hint'],
    ]);
  });
  it('a 研究開発期間 extends the allowed years', () => {
    expect(run('3', ['4-1'], '1').findings.filter((f) => f.id.startsWith('schedule:'))).toEqual([]);
  });
});

describe('readability hints', () => {
  const t = realTemplate('jizokuka-17');
  it('a sentence over 120 characters and a number without a unit are hinted', () => {
    const long = `${'地域のお客様に喜んでいただける商品を開発し、'.repeat(6)}販売する。`;
    const r = checkApplication(t, makeApp(t, { content: { kigyoGaiyo: { kigyoGaiyo: `${long}昨年の来店客は3500で、今年は20%増えた。従業員は5人。` } } }));
    expect(finding(r, 'readability:long:kigyoGaiyo.kigyoGaiyo')?.severity).toBe('hint');
    const unit = finding(r, 'readability:unit:kigyoGaiyo.kigyoGaiyo');
    expect(unit?.message).toContain('3500');
    expect(unit?.message).toContain('1か所');
  });
  it('numbers with units, years and codes are not hinted', () => {
    const r = checkApplication(t, makeApp(t, { content: { kigyoGaiyo: { kigyoGaiyo: '2025年4月に1,200万円の設備を導入し、3-1から20名で運用する。（1）準備' } } }));
    expect(ids(r)).not.toContain('readability:unit:kigyoGaiyo.kigyoGaiyo');
  });
});
