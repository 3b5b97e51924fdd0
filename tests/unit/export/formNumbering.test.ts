import { describe, expect, it } from 'vitest';
import { walkForm } from '../../../shared/export/formWalk';
import { buildApplicationDocument } from '../../../shared/export/buildDocument';
import { checkApplication } from '../../../shared/checks/index';
import { buildLargestApplication } from '../../../shared/checks/fixtures/largest';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';
import { demo, templates } from '../demoFixtures';

const byId = (id: string) => templates.find((t) => t.id === id)!;
const withKihon = (app: Application, kihon: Record<string, string | string[]>): Application => ({ ...app, content: { ...app.content, kihon: { ...app.content.kihon, ...kihon } } });
/** The printed headings (parts in brackets), in order. */
const headings = (t: Template, app: Application) => walkForm(t, app).flatMap((e) => (e.kind === 'part' ? [`[${e.text}]`] : e.kind === 'heading' && e.text ? [e.text] : []));
const numberedOnly = (hs: string[]) => hs.filter((h) => /^([0-9]|[①-⑳]|Ⅱ|Ⅲ|別表|様式)/.test(h));

describe('the form’s numbering and order come from the template data', () => {
  it.each(templates.map((t) => [t.id, t] as const))('%s: titles carry no number; every number printed is the template’s own', (_id, t) => {
    for (const s of t.sections) expect(s.title, s.id).not.toMatch(/^([0-9０-９]+[.．]|[①-⑳]|その[0-9]|別表)/);
    const hs = headings(t, buildLargestApplication(t));
    const own = new Set([...t.sections.flatMap((s) => (s.number ? [s.number] : [])), ...t.sections.flatMap((s) => s.fields.flatMap((f) => (f.item ? [f.item.number] : [])))]);
    for (const h of numberedOnly(hs)) {
      const n = h.split(' ')[0]!;
      if (!h.startsWith('[')) expect(own.has(n) || t.sections.some((s) => s.part.startsWith(n)), h).toBe(true);
    }
    // never a number derived from the position (the old 「13.」 for ⑨)
    expect(hs.filter((h) => /^1[0-9]\./.test(h))).toEqual([]);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: every reference of the form data names a real section or field (nothing silently unprinted)', (_id, t) => {
    const sections = new Set(t.sections.map((s) => s.id));
    const fields = new Set(t.sections.flatMap((s) => s.fields.map((f) => `${s.id}.${f.id}`)));
    if (t.titleField) expect(fields.has(`${t.titleField.section}.${t.titleField.field}`), 'titleField').toBe(true);
    const g = t.form?.pageGuidance;
    if (g) for (const id of [g.from, ...(g.until ? [g.until] : [])]) expect(sections.has(id), `pageGuidance ${id}`).toBe(true);
    for (const s of t.sections) {
      for (const c of s.appliesWhen ?? []) expect(fields.has(`${c.section}.${c.field}`), `${s.id} appliesWhen ${c.field}`).toBe(true);
      for (const f of s.fields) {
        if (f.item?.after) expect(sections.has(f.item.after), `${s.id}.${f.id} item after ${f.item.after}`).toBe(true);
        for (const c of f.appliesWhen ?? []) expect(fields.has(`${c.section}.${c.field}`), `${s.id}.${f.id} appliesWhen ${c.field}`).toBe(true);
        if (f.kind === 'table' && f.totalColumn) expect(f.columns.some((col) => col.id === f.totalColumn && col.type === 'number'), `${s.id}.${f.id} totalColumn`).toBe(true);
      }
    }
    // every field that applies is printed exactly once
    const app = buildLargestApplication(t);
    const printed = walkForm(t, app).flatMap((e) => (e.kind === 'field' ? [`${e.section.id}.${e.field.id}`] : []));
    expect(new Set(printed).size).toBe(printed.length);
  });

  it('持続化 第17回: 様式2 ＜経営計画＞ 1.–4. with 4－2 when 事業承継加点 is chosen, ＜補助事業計画＞ 1.–4., 様式3 Ⅱ and Ⅲ', () => {
    const t = byId('jizokuka-17');
    const app = withKihon(buildLargestApplication(t), { katen: ['seisaku:jigyoShokei'] });
    expect(numberedOnly(headings(t, app))).toEqual([
      '1. 企業概要',
      '2. 顧客ニーズと市場の動向',
      '3. 自社や自社の提供する商品・サービスの強み',
      '4. 経営方針・目標と今後のプラン',
      '4－2. 事業承継の計画',
      '1. 補助事業で行う事業名',
      '2. 販路開拓等（生産性向上）の取組内容',
      '3. 業務効率化（生産性向上）の取組内容（任意）',
      '4. 補助事業の効果',
      'Ⅱ. 経費明細表',
      'Ⅲ. 資金調達方法',
    ]);
    // without the 加点 the 事業承継 item does not apply and is left out
    expect(headings(t, withKihon(app, { katen: [] }))).not.toContain('4－2. 事業承継の計画');
  });

  it('持続化 第20回 / 創業型: 確認事項 before 経営計画, the form’s numbers in each part', () => {
    for (const id of ['jizokuka-20', 'jizokuka-sogyo-4']) {
      const hs = headings(byId(id), buildLargestApplication(byId(id)));
      expect(hs.indexOf('[確認事項]')).toBeLessThan(hs.indexOf('[経営計画]'));
      expect(hs.indexOf('[経営計画]')).toBeLessThan(hs.indexOf('[補助事業計画]'));
      expect(hs.slice(-2)).toEqual(['Ⅱ. 経費明細表', 'Ⅲ. 資金調達方法']);
    }
  });

  it('もの補助 第20次: 1.–3., 4.(1)–(5) ①–⑨, 会社全体の事業計画, then 5. 経費明細表 and 6. 資金調達内訳 as items of their own', () => {
    const t = byId('monozukuri-20');
    const app = withKihon(buildLargestApplication(t), { waku: 'global', kanzeiEikyo: 'yes' });
    expect(headings(t, app).slice(1)).toEqual([
      '申請要件・申請枠',
      '1. 申請者の概要等',
      '2. 常時使用する従業員の申告',
      '3. これまでに交付を受けた（申請している）国等の補助金又は委託費の実績説明',
      '[4. 事業内容]',
      '4.(1) 事業枠',
      '4.(2)・(3) 事業計画名・事業計画の概要',
      '4.(4) 事業分野',
      '[4.(5) 具体的内容]',
      '① 今回の事業実施の背景',
      '①-2・①-3 米国の追加関税措置の影響',
      '② 会社全体の事業計画',
      '③ 今回の事業／事業実施期間の具体的アクション',
      '④ 今回の事業に要する経費',
      '⑤ 今回の事業の革新性・差別化',
      '⑥ 今回の事業が事業計画期間に市場に与える効果／付加価値額の増加',
      '⑦ 今回の事業が事業計画期間に自身に及ぼす効果／賃金引上げ',
      '⑧ 地域の資源や地域経済への貢献',
      '⑨ グローバル枠の追加事項',
      '会社全体の事業計画',
      '5. 経費明細表',
      '6. 資金調達内訳',
    ]);
    // not global, no 関税 impact: ⑨ and ①-2・①-3 do not apply and are left out
    const plain = headings(t, withKihon(app, { waku: 'seihinService', kanzeiEikyo: 'no' }));
    expect(plain).not.toContain('⑨ グローバル枠の追加事項');
    expect(plain).not.toContain('①-2・①-3 米国の追加関税措置の影響');
  });

  it('経営革新 (2021 forms): 様式第1号 and 別表1–6 in order, the 別表 number once per part', () => {
    const t = byId('keiei-kakushin-r3');
    const parts = headings(t, buildLargestApplication(t)).filter((h) => h.startsWith('['));
    expect(parts).toEqual([
      '[基本情報]',
      '[様式第1号 申請書]',
      '[別表1 経営革新計画]',
      '[別表1 経営革新計画（内容の詳細）]',
      '[別表2 実施計画と実績]',
      '[別表3 経営計画及び資金計画]',
      '[別表4 設備投資計画・運転資金計画]',
      '[別表5 公表]',
      '[別表6 企業概要]',
      '[誓約書]',
    ]);
    expect(headings(t, buildLargestApplication(t)).filter((h) => h.startsWith('別表1 '))).toEqual([]);
  });

  it('the 事業計画名 is the document’s title; a submitted document never says （未記入）', () => {
    const { template: t, application: app, client } = demo('monozukuri-20');
    const doc = buildApplicationDocument(t, app, client, { report: checkApplication(t, app) });
    const first = doc.blocks[0];
    expect(first).toMatchObject({ type: 'heading', level: 1, text: app.content.jigyoKeikakuMei?.jigyoKeikakuMei });
    const all = JSON.stringify(doc.blocks);
    expect(all).not.toContain('（未記入）');
    expect(all).toContain('該当なし');
  });
});
