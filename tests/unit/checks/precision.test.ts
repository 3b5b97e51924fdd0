import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/index';
import { fteOf } from '../../../shared/finance/fte';
import { finding, ids, makeApp, realTemplate, year } from './helpers';
import { demo } from '../demoFixtures';

describe('the plan table adds up', () => {
  const t = realTemplate('monozukuri-20');
  const run = (figures: Parameters<typeof year>[2]) => checkApplication(t, makeApp(t, { content: { kihon: { keikakuKikan: '3' } }, years: [year('直近期', 'actual', figures)] }));

  it('営業利益 10,000 when 売上高 − 原価 − 販管費 is 7,000 is flagged; the right figure is quiet', () => {
    const bad = finding(run({ uriageDaka: 100_000, uriageGenka: 60_000, hanbaiKanriHi: 33_000, eigyoRieki: 10_000 }), 'plan:eigyoRieki:直近期');
    expect(bad?.severity).toBe('warning');
    expect(bad?.message).toContain('7,000円');
    expect(ids(run({ uriageDaka: 100_000, uriageGenka: 60_000, hanbaiKanriHi: 33_000, eigyoRieki: 7_000 }))).not.toContain('plan:eigyoRieki:直近期');
  });

  it('経常利益 against 営業利益 ± 営業外; 人件費 not below 給与支給総額', () => {
    expect(ids(run({ eigyoRieki: 7_000, eigyoGaiShueki: 500, eigyoGaiHiyo: 1_500, keijoRieki: 6_000 }))).not.toContain('plan:keijoRieki:直近期');
    expect(ids(run({ eigyoRieki: 7_000, eigyoGaiShueki: 500, eigyoGaiHiyo: 1_500, keijoRieki: 7_000 }))).toContain('plan:keijoRieki:直近期');
    expect(ids(run({ jinkenHi: 50_000, kyuyoShikyuSogaku: 40_000, yakuinKyuyo: 10_000 }))).not.toContain('plan:jinkenHi:直近期');
    expect(ids(run({ jinkenHi: 50_000, kyuyoShikyuSogaku: 40_000, yakuinKyuyo: 10_001 }))).toContain('plan:jinkenHi:直近期');
  });

  it('part-time staff as FTE: each part-timer truncated to 0.01 人 as the FAQ says (3 ÷ 7 = 0.42)', () => {
    expect(fteOf(0, 7, [3])).toBe(0.42);
    expect(fteOf(4, 7, [3, 3, 5])).toBe(4 + 0.42 + 0.42 + 0.71);
    expect(fteOf(2, 7.5, [4])).toBe(2.53); // 240 / 450 = 0.5333… → 0.53
    expect(ids(run({ jugyoinSu: 4.42 }))).not.toContain('plan:fte:直近期');
    expect(ids(run({ jugyoinSu: 4.428 }))).toContain('plan:fte:直近期');
  });
});

describe('the requested subsidy wherever it is typed equals the computed amount', () => {
  it('the 補助金 row of 資金調達 (not the bridging rows) and 「補助金申請額は○円」 in the text', () => {
    const d = demo('jizokuka-20');
    const ctx = { employeeCount: 4 };
    expect(ids(checkApplication(d.template, d.application, ctx)).filter((i) => i.startsWith('requested'))).toEqual([]);
    const rows = (d.application.content.keihi?.shikinChotatsu as Record<string, unknown>[]).map((r) => (String(r.kubun).includes('持続化補助金') ? { ...r, kingaku: 499_999 } : r));
    const bad = checkApplication(d.template, { ...d.application, content: { ...d.application.content, keihi: { ...d.application.content.keihi, shikinChotatsu: rows as never } } }, ctx);
    expect(finding(bad, 'requested:table:keihi.shikinChotatsu')).toMatchObject({ severity: 'error', category: 'yoken', message: expect.stringContaining('500,000円にしてください') });
  });
});

describe('小規模事業者 status from 業種 and 従業員数 (monozukuri-20)', () => {
  it('a claim the facts contradict is flagged; a firm that qualifies without claiming is told', () => {
    const t = realTemplate('monozukuri-20');
    const app = (v: string) => makeApp(t, { content: { kihon: { shokibo: v } } });
    expect(finding(checkApplication(t, app('yes'), { industry: '製造業（婦人下着ODM）', employeeCount: 21 }), 'shokiboHantei:contradicted')?.message).toContain('小規模事業者に当たりません');
    expect(finding(checkApplication(t, app('no'), { industry: '製造業（婦人下着ODM）', employeeCount: 18 }), 'shokiboHantei:unclaimed')?.severity).toBe('hint');
    expect(finding(checkApplication(t, app('yes'), { industry: '小売業', employeeCount: 6 }), 'shokiboHantei:contradicted')).toBeDefined();
  });
});

describe('審査項目 coverage needs substance', () => {
  it('「従業員12名」 is not a 数値目標; a target with a number and a year is', () => {
    const t = realTemplate('jizokuka-20');
    const cov = (text: string) => checkApplication(t, makeApp(t, { content: { keieiHoshin: { keieiHoshin: text } } })).coverage.find((c) => c.criterionId === 'keieiHoshinTekisetsu')!.aspects.find((a) => a.aspectId === 'suchiMokuhyo')!;
    expect(cov('当社は従業員12名で、地域の住宅を支えてきた。').covered).toBe(false);
    expect(cov('売上高は2,500万円だった。').covered).toBe(false);
    expect(cov('3年後に売上高を1億円にすることを目標とする。').covered).toBe(true);
    expect(cov('【目標】\n・補助事業終了時（2028年3月期）：売上高9,300万円').covered).toBe(true);
  });
});
