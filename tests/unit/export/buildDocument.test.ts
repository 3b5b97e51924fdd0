import { describe, expect, it } from 'vitest';
import { buildApplicationDocument } from '../../../shared/export/buildDocument';
import { transcriptionCsv, transcriptionRows } from '../../../shared/export/transcription';
import { checkApplication } from '../../../shared/checks/index';
import { formatJapaneseDate } from '../../../shared/format/dates';
import type { Block } from '../../../shared/export/docModel';
import { demo } from '../demoFixtures';

const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [b.text] : b.type === 'table' ? [...b.columns.map((c) => c.header), ...b.rows.flat()] : []));

describe('application document', () => {
  it('holds every section title and every text the owner wrote, with the plan and expense tables', () => {
    const { template: t, application: app, client } = demo('monozukuri-20');
    const report = checkApplication(t, app);
    const doc = buildApplicationDocument(t, app, client, { report, now: new Date('2026-11-24T03:00:00Z') });
    const all = texts(doc.blocks).join('\n');
    // every section that applies, with the form's number (米国の追加関税 and グローバル枠 do not apply to B社)
    for (const s of t.sections.filter((x) => x.id !== 'kanzei' && x.id !== 'globalTsuika')) expect(all).toContain(s.title);
    expect(all).not.toContain('米国の追加関税措置の影響');
    expect(all).not.toContain('（未記入）');
    for (const values of Object.values(app.content)) for (const v of Object.values(values)) if (typeof v === 'string' && v.trim() && v.length > 40) expect(all).toContain(v);
    expect(all).toContain('付加価値額');
    expect(all).toContain('補助金交付申請額');
    expect(all).toContain('10,000,000');
    expect(all).toContain('令和8年11月24日');
    expect(doc.meta.watermark).toBeUndefined();
    expect(doc.meta.title).toBe(app.content.jigyoKeikakuMei?.jigyoKeikakuMei);
  });

  it('marks a draft with error findings 下書き', () => {
    const { template: t, application: app, client } = demo('jizokuka-20');
    const broken = { ...app, content: { ...app.content, jigyoMei: { jigyoMei: 'あ'.repeat(31) } } };
    const report = checkApplication(t, broken);
    expect(report.readiness.errors).toBeGreaterThan(0);
    expect(buildApplicationDocument(t, broken, client, { report }).meta.watermark).toBe('下書き');
  });

  it('shows missing plan figures as 算出不可, never NaN', () => {
    const { template: t, application: app, client } = demo('keiei-kakushin-r2');
    const years = app.financialPlan.years.map((y, i) => (i === 2 ? { ...y, jinkenHi: null, jugyoinSu: 0 } : y));
    const bad = { ...app, financialPlan: { years } };
    const doc = buildApplicationDocument(t, bad, client, { report: checkApplication(t, bad) });
    const all = texts(doc.blocks).join('\n');
    expect(all).toContain('算出不可');
    expect(all).not.toMatch(/NaN|Infinity/);
  });
});

describe('転記シート', () => {
  it('lists each e-application field with its count against the limit', () => {
    const { template: t, application: app, client } = demo('monozukuri-20');
    const rows = transcriptionRows(t, app, { client, report: checkApplication(t, app) });
    expect(rows.length).toBeGreaterThan(8);
    const name = rows.find((r) => r.maxChars === 30)!;
    expect(name.chars).toBe([...name.text].length);
    const csv = transcriptionCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"${name.text}"`);
    expect(rows.filter((r) => !r.table).every((r) => !r.over)).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['2019-04-30T00:00:00+09:00', '平成31年4月30日'],
    ['2019-05-01T00:00:00+09:00', '令和元年5月1日'],
    ['2026-11-24T08:00:00+09:00', '令和8年11月24日'],
    ['2026-12-31T23:30:00+09:00', '令和8年12月31日'],
  ])('%s → %s', (iso, want) => {
    expect(formatJapaneseDate(new Date(iso), 'wareki')).toBe(want);
  });
});
