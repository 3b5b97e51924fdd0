import { describe, expect, it } from 'vitest';
import { transcriptionCsv, transcriptionDocument, transcriptionRows } from '../../../shared/export/transcription';
import { fieldApplies } from '../../../shared/export/applies';
import { checkApplication } from '../../../shared/checks/index';
import { buildLargestApplication } from '../../../shared/checks/fixtures/largest';
import { Client } from '../../../shared/schemas/client';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import { templates } from '../demoFixtures';

const client = Client.parse({ id: 'c', name: 'B縫製株式会社', representative: '伴 由美子', employeeCount: 18, capitalYen: 20_000_000, foundedYear: 1972, fiscalYearEndMonth: 9, industry: '製造業', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
const now = new Date('2026-11-30T03:00:00Z');
const eApplication = templates.filter((t) => t.sections.some((s) => s.fields.some((f) => f.transcribe)));

/** The largest application with every conditional item made to apply (global 枠, 関税, 事業承継, a supporter). */
function everything(t: Template): Application {
  const app = buildLargestApplication(t);
  const kihon = { ...app.content.kihon };
  if (t.id.startsWith('monozukuri') || t.id === 'shinmono-1') Object.assign(kihon, { waku: 'global', kanzeiEikyo: 'yes' });
  if (t.id.startsWith('jizokuka')) {
    const katen = t.sections[0]!.fields.find((f) => f.id === 'katen');
    const chiho = katen?.kind === 'choice' ? katen.options.find((o) => o.value.includes('chihoSosei'))?.value : undefined;
    Object.assign(kihon, { kakoSaitaku: 'yes', katen: ['seisaku:jigyoShokei', 'juten:jigyoKankyoHenka', ...(chiho ? [chiho] : [])] });
  }
  const content: Application['content'] = { ...app.content, kihon };
  const shien = content.daisanshaShien;
  if (shien) content.daisanshaShien = { ...shien, umu: 'ari' };
  return { ...app, content };
}

describe('転記シート: every box the e-application asks', () => {
  it('has the e-application templates to check', () => {
    expect(eApplication.map((t) => t.id).sort()).toEqual(['jizokuka-17', 'jizokuka-20', 'jizokuka-sogyo-4', 'monozukuri-20', 'shinmono-1']);
  });

  it.each(eApplication.map((t) => [t.id, t] as const))('%s: every transcribed field and every fact of the form is on the sheet, in the form’s order', (_id, t) => {
    const app = everything(t);
    const rows = transcriptionRows(t, app, { client, report: checkApplication(t, app), now });
    const have = new Set(rows.map((r) => `${r.sectionId}.${r.fieldId ?? ''}`));
    for (const s of t.sections) {
      for (const f of s.fields) {
        if (!f.transcribe) continue;
        expect(fieldApplies(app, s, f), `${s.id}.${f.id} applies`).toBe(true);
        expect(have.has(`${s.id}.${f.id}`), `${s.id}.${f.id} (${f.label}) is on the sheet`).toBe(true);
      }
      for (const k of [...(s.facts ?? []), ...s.fields.flatMap((f) => f.item?.facts ?? [])]) {
        const found = k === 'plan.keieiJokyo' ? rows.some((r) => r.table?.id === 'plan.keieiJokyo') : rows.some((r) => r.key === `fact:${k}`);
        expect(found, `${s.id}: ${k}`).toBe(true);
      }
    }
    expect(rows.map((r) => r.no)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('もの補助: the number tables cell by cell in 円 (数値計画 with 基準年度 and 年/月期, 目標値, 経費明細, 資金調達), the supporter and past subsidies split as the system splits them', () => {
    const t = templates.find((x) => x.id === 'monozukuri-20')!;
    const app = everything(t);
    const rows = transcriptionRows(t, app, { client, report: checkApplication(t, app), now });
    const plan = rows.filter((r) => r.table?.id === 'suchiKeikaku.keikaku:plan');
    const sales = plan.filter((r) => r.table?.row === '① 売上高');
    expect(sales.map((r) => r.table?.column)).toEqual(['基準年度 2026年9月期', '1年目 2027年9月期', '2年目 2028年9月期', '3年目 2029年9月期', '4年目 2030年9月期', '5年目 2031年9月期']);
    expect(sales[0]).toMatchObject({ text: String(app.financialPlan.years[2]!.uriageDaka), unit: '円' });
    for (const row of ['⑪ ⑩のうち、賞与', '⑫ ⑩のうち、給料、賃金（⑩－⑪）', '事業所内最低賃金（円／時）']) expect(plan.some((r) => r.table?.row === row), row).toBe(true);
    expect(rows.some((r) => r.table?.id === 'suchiKeikaku.keikaku:targets' && r.table.row.startsWith('付加価値額'))).toBe(true);
    const meisai = rows.filter((r) => r.table?.id === 'keihi.meisai');
    expect(meisai.some((r) => r.table?.row === '合計' && r.table.column.startsWith('（C）'))).toBe(true);
    expect(rows.some((r) => r.table?.id === 'keihi.shikinChotatsu' && r.table.row === '合計')).toBe(true);
    for (const id of ['shiensha', 'shienshaTanto', 'shienshaRenraku', 'shienshaHoshu', 'shienshaKeiyaku', 'shienshaShubetsu', 'shienshaNaiyo', 'ninteiShienKikanId', 'ninteiShienKikanMei']) {
      expect(rows.filter((r) => r.fieldId === id).length, id).toBe(1);
    }
    const kako = rows.filter((r) => r.fieldId === 'kakoHojokinList');
    expect(new Set(kako.map((r) => r.table?.column))).toEqual(new Set(['事業名称（補助金名等）及び事業概要', '事業主体（関係省庁・独立行政法人等）', 'ステータス（公募申請中・交付申請中・交付決定・受給済）', '実施期間（西暦 年月〜年月）', '補助金額・委託額', 'テーマ名（事業計画名）', '今回申請する事業との相違点']));
  });

  it('a template without e-application boxes has an empty sheet; CSV and PDF carry the same rows', () => {
    const kk = templates.find((x) => x.id === 'keiei-kakushin-r3')!;
    expect(transcriptionRows(kk, buildLargestApplication(kk), { client, now })).toEqual([]);
    const t = templates.find((x) => x.id === 'jizokuka-20')!;
    const app = everything(t);
    const input = { client, report: checkApplication(t, app), now };
    const rows = transcriptionRows(t, app, input);
    const csv = transcriptionCsv(rows);
    expect(csv.split('\r\n').length - 2).toBe(rows.length);
    expect(csv).toContain('"直近1期（1年間）の売上高"');
    const doc = transcriptionDocument(t, app, client.name, input);
    const cells = doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
    expect(cells.length).toBe(rows.length);
  });
});
