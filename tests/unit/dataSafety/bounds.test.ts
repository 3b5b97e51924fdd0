import { describe, expect, it } from 'vitest';
import { realEnv } from './env';
import type { Client } from '../../../shared/schemas/client';
import type { Application } from '../../../shared/schemas/application';
import { checkApplication } from '../../../shared/checks/index';
import { demo } from '../demoFixtures';

describe('bad values are refused with a Japanese message', () => {
  it.each([
    [{ name: 'x', employeeCount: -5 }, '従業員数は0以上で入力してください'],
    [{ name: 'あ'.repeat(101) }, '事業者名は100文字以内で入力してください'],
    [{ name: 'x', fiscalYearEndMonth: 13 }, '決算月は12以下で入力してください'],
    [{ name: 'x', capitalYen: 1.5 }, '資本金は整数で入力してください'],
  ])('client %j', async (input, message) => {
    const { fail, sql } = await realEnv();
    const r = await fail('createClient', input);
    expect(r.code).toBe('BAD_INPUT');
    expect(r.message).toContain(message);
    expect(await sql.get('SELECT count(*) AS n FROM clients')).toEqual({ n: 0 });
  });

  it.each([
    ['jugyoinSu', -5, '人数は0以上'],
    ['jigyojoNaiSaiteiChingin', -100, '時給は0以上'],
    ['uriageDaka', -1, '金額は0以上'],
    ['eigyoRieki', 2e12, '利益は1,000,000,000,000以下'],
  ])('plan figure %s = %d', async (key, value, message) => {
    const { call, fail } = await realEnv();
    const c = await call<Client>('createClient', { name: 'x' });
    const a = await call<Application>('createApplication', { clientId: c.id, programId: 'monozukuri', templateId: 'monozukuri-20' });
    const plan = { years: [{ label: '直近期', kind: 'actual', [key]: value }] };
    const r = await fail('saveFinancialPlan', { id: a.id, plan, baseRevision: 0 });
    expect(r.code).toBe('BAD_INPUT');
    expect(r.message).toContain(message);
  });

  it('a wage below the regional minimum reads 「−100円」, never 「+-100円」', () => {
    const { application, template } = demo('monozukuri-20');
    const years = application.financialPlan.years.map((y) => (y.kind === 'plan' ? { ...y, jigyojoNaiSaiteiChingin: (y.chiikiBetsuSaiteiChingin ?? 1000) - 100 } : y));
    const report = checkApplication(template, { ...application, financialPlan: { years } }, { employeeCount: 18, prefecture: '埼玉県' });
    const msg = report.findings.map((f) => f.message).find((m) => m.includes('地域別最低賃金')) ?? '';
    expect(msg).toContain('−100円');
    expect(msg).not.toContain('+-');
  });
});
