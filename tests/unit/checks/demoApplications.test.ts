import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../shared/checks/index';
import { demoFiles, templates } from '../demoFixtures';

/** The demo drafts are what a new user sees first: their findings are pinned here. */
const EXPECTED: Record<string, { findings: string[]; notOk: string[]; subsidyYen: number | null; growth: Record<string, string> }> = {
  // 工務店A社, 第20回: the camera (税込528,000円) needs 相見積; 広報費 226,666 and ウェブサイト関連費 157,333 stay under their
  // 30万円 caps, the sum 723,999 is capped at 50万円. 売上高・売上総利益 rise from 1年後 to 2年後 (要件(4)): no finding.
  'jizokuka-20': { findings: ['hint aimitsumori50:a1', 'hint subsidy:capped'], notOk: [], subsidyYen: 500_000, growth: {} },
  'keiei-kakushin-r2': { findings: [], notOk: [], subsidyYen: null, growth: { fukaKachiGakuNobi: '32.63%', kyuyoNobi: '11.09%' } },
  'monozukuri-20': {
    findings: ['hint dated:template'],
    notOk: [],
    subsidyYen: 10_000_000,
    growth: { fukaKachiGakuCagr: '7.77%', kyuyoJugyoinCagr: '5.49%', kyuyoYakuinCagr: '3.20%', hitoriAtariJugyoinCagr: '3.29%', hitoriAtariYakuinCagr: '3.20%' },
  },
};

describe('demo applications', () => {
  it('covers every demo', () => {
    expect(demoFiles.map((d) => d.file.application.templateId).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const d of demoFiles) {
    const id = d.file.application.templateId;
    it(`${id}: findings, 審査項目 and figures`, () => {
      const t = templates.find((x) => x.id === id)!;
      const r = checkApplication(t, d.file.application, { employeeCount: d.file.client.employeeCount, prefecture: d.file.client.prefecture });
      const want = EXPECTED[id]!;
      expect(r.findings.map((f) => `${f.severity} ${f.id}`)).toEqual(want.findings);
      expect(r.coverage.filter((c) => c.status !== 'ok').map((c) => c.criterionId)).toEqual(want.notOk);
      expect(r.figures.subsidy?.totalYen ?? null).toBe(want.subsidyYen);
      expect(Object.fromEntries(r.figures.growth.map((g) => [g.ruleId, g.value.ok ? g.value.value.display : null]))).toEqual(want.growth);
      expect(r.readiness.ready).toBe(true);
    });
  }
});
