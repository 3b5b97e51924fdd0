import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SectionValues } from '../../../shared/schemas/application';
import { TemplateFile, type Field } from '../../../shared/templates/schema';

/**
 * The program template data (templates/<id>/template.json) and the demo drafts written for it
 * (electron/demo/content/<id>.json): schema, cross-references, the conventions other code relies on,
 * and every demo text within its field's character limit (counted in code points, as the e-application does).
 */

const root = path.resolve(__dirname, '../../..');
const templatesDir = path.join(root, 'templates');
const demoDir = path.join(root, 'electron', 'demo', 'content');

const chars = (s: string) => [...s].length;

const templateIds = fs
  .readdirSync(templatesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(templatesDir, e.name, 'template.json')))
  .map((e) => e.name)
  .sort();

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

function loadTemplate(id: string): TemplateFile {
  return TemplateFile.parse(readJson(path.join(templatesDir, id, 'template.json')));
}

function choiceOptions(t: TemplateFile, sectionId: string, fieldId: string): string[] | undefined {
  const f = t.sections.find((s) => s.id === sectionId)?.fields.find((x) => x.id === fieldId);
  return f?.kind === 'choice' ? f.options.map((o) => o.value) : undefined;
}

/** Field ids and option values in the first section (kihon) that the numeric rules and checks read. */
const KIHON_CONVENTIONS: Record<string, Record<string, string[]>> = {
  'keiei-kakushin-r2': {
    keikakuKikan: ['3', '4', '5'],
    ruikei: ['1', '2', '3', '4', '5', '6'],
    shihyo: ['fukaKachiGaku', 'hitoriAtari'],
  },
  'keiei-kakushin-h28': {
    keikakuKikan: ['3', '4', '5'],
    ruikei: ['1', '2', '3', '4'],
    shihyo: ['fukaKachiGaku', 'hitoriAtari'],
  },
  'monozukuri-20': {
    keikakuKikan: ['3', '4', '5'],
    waku: ['seihinService', 'global'],
    tokurei: ['oohabaChinage', 'saiteiChinginHikiage'],
    shokibo: ['yes', 'no'],
    kyuyoShihyo: ['sogaku', 'hitoriAtari'],
    katen: ['keieiKakushin'],
    genten: ['kakoKofu'],
  },
  'monozukuri-18': {
    keikakuKikan: ['3', '4', '5'],
    waku: ['ippan'],
    shokibo: ['yes', 'no'],
    katen: ['keieiKakushin'],
  },
  'jizokuka-17': {
    tokurei: ['invoice', 'chinage'],
    akaji: ['yes', 'no'],
    kazei: ['kazei', 'menzei'],
    katen: [],
  },
  'jizokuka-20': {
    gyoshu: ['shogyoService', 'shukuhakuGoraku', 'seizoSonota', 'npo'],
    tokurei: ['invoice', 'chinage'],
    akaji: ['yes', 'no'],
    kazei: ['kazei', 'menzei'],
    katen: ['seisaku:chinage', 'seisaku:ippanJigyonushi'],
    kakoSaitaku: ['yes', 'no'],
    kakoHokoku: ['yes', 'no'],
    saishinseiKakunin: ['setsumeiZumi'],
  },
  'jizokuka-sogyo-4': {
    gyoshu: ['shogyoService', 'shukuhakuGoraku', 'seizoSonota', 'npo'],
    sogyoShien: ['yes', 'no'],
    kaigyo3nen: ['yes', 'no'],
    tokurei: ['invoice'],
    kazei: ['kazei', 'menzei'],
    katen: [],
  },
  'shinmono-1': {
    keikakuKikan: ['3', '4', '5'],
    waku: ['kakushinShinseihin', 'shinJigyoShinshutsu', 'global'],
    tokurei: ['oohabaChinage'],
    shokibo: ['yes', 'no'],
    ippanJigyonushi: ['yes', 'no'],
    juurokuKagetsu: ['yes', 'no'],
    katen: ['keieiKakushin', 'saiseiJigyosha'],
    genten: ['kakoKofu'],
  },
  'keiei-kakushin-r3': {
    keikakuKikan: ['3', '4', '5'],
    ruikei: ['1', '2', '3', '4', '5', '6'],
    shihyo: ['fukaKachiGaku', 'hitoriAtari'],
    gyoshu: ['seizoSonota', 'oroshiuri', 'service', 'softwareRyokan', 'kouri'],
    todofuken: ['tokyo', 'fukuoka', 'kanagawa', 'saitama', 'sonota'],
  },
};

describe('templates/*/template.json', () => {
  it('finds the nine templates', () => {
    expect(templateIds).toEqual(['jizokuka-17', 'jizokuka-20', 'jizokuka-sogyo-4', 'keiei-kakushin-h28', 'keiei-kakushin-r2', 'keiei-kakushin-r3', 'monozukuri-18', 'monozukuri-20', 'shinmono-1']);
  });

  describe.each(templateIds)('%s', (id) => {
    const raw = readJson(path.join(templatesDir, id, 'template.json'));

    it('parses with TemplateFile and its id is the folder name', () => {
      const parsed = TemplateFile.safeParse(raw);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 5), null, 2));
      expect(parsed.data.id).toBe(id);
      expect(parsed.data.source.note.length).toBeGreaterThan(0);
    });

    it('has unique section ids, unique field ids within a section, and at most one expenses / financialPlan field', () => {
      const t = loadTemplate(id);
      const sectionIds = t.sections.map((s) => s.id);
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      for (const s of t.sections) {
        const fieldIds = s.fields.map((f) => f.id);
        expect(new Set(fieldIds).size, `duplicate field id in ${s.id}`).toBe(fieldIds.length);
      }
      const all: Field[] = t.sections.flatMap((s) => s.fields);
      expect(all.filter((f) => f.kind === 'expenses').length).toBeLessThanOrEqual(1);
      expect(all.filter((f) => f.kind === 'financialPlan').length).toBe(1);
      const purposes = t.sections.flatMap((s) => (s.purpose ? [s.purpose] : []));
      expect(new Set(purposes).size, 'a purpose (reuse key) appears twice').toBe(purposes.length);
    });

    it('has unique criteria ids, and every section serves only criteria the template defines', () => {
      const t = loadTemplate(id);
      const criteria = t.criteria.map((c) => c.id);
      expect(new Set(criteria).size).toBe(criteria.length);
      for (const s of t.sections) {
        for (const c of s.criteria) expect(criteria, `${s.id} → ${c}`).toContain(c);
      }
      // every criterion is served by at least one section
      for (const c of criteria) expect(t.sections.some((s) => s.criteria.includes(c)), `criterion ${c} unused`).toBe(true);
    });

    it('gives every section guidance, at least 3 questions, an example of 150–400 characters and a mistake', () => {
      const t = loadTemplate(id);
      for (const s of t.sections) {
        expect(s.guidance.length, `${s.id}.guidance`).toBeGreaterThan(0);
        expect(s.questions.length, `${s.id}.questions`).toBeGreaterThanOrEqual(3);
        expect(s.questions.length, `${s.id}.questions`).toBeLessThanOrEqual(8);
        expect(chars(s.example), `${s.id}.example`).toBeGreaterThanOrEqual(150);
        expect(chars(s.example), `${s.id}.example`).toBeLessThanOrEqual(400);
        expect(s.mistakes.length, `${s.id}.mistakes`).toBeGreaterThanOrEqual(1);
        expect(s.mistakes.length, `${s.id}.mistakes`).toBeLessThanOrEqual(5);
      }
    });

    it('keeps choice options unique and maxSelected within the options', () => {
      const t = loadTemplate(id);
      for (const s of t.sections) {
        for (const f of s.fields) {
          if (f.kind !== 'choice') continue;
          const values = f.options.map((o) => o.value);
          expect(new Set(values).size, `${s.id}.${f.id}`).toBe(values.length);
          if (f.maxSelected !== undefined) {
            expect(f.multiple, `${s.id}.${f.id} maxSelected needs multiple`).toBe(true);
            expect(f.maxSelected).toBeLessThanOrEqual(values.length);
          }
        }
      }
    });

    it('starts with the kihon section holding the conventional choice fields', () => {
      const t = loadTemplate(id);
      const first = t.sections[0];
      expect(first?.id).toBe('kihon');
      expect(first?.part).toBe('基本情報');
      const conv = KIHON_CONVENTIONS[id] ?? {};
      for (const [fieldId, values] of Object.entries(conv)) {
        const options = choiceOptions(t, 'kihon', fieldId);
        expect(options, `kihon.${fieldId}`).toBeDefined();
        for (const v of values) expect(options, `kihon.${fieldId}`).toContain(v);
      }
    });
  });

  it('jizokuka-17: 加点 options are grouped by prefix, at most 2 selectable', () => {
    const t = loadTemplate('jizokuka-17');
    const katen = t.sections[0]?.fields.find((f) => f.id === 'katen');
    expect(katen?.kind).toBe('choice');
    if (katen?.kind !== 'choice') return;
    expect(katen.multiple).toBe(true);
    expect(katen.maxSelected).toBe(2);
    for (const o of katen.options) expect(o.value).toMatch(/^(juten|seisaku):[a-zA-Z]+$/);
    expect(t.sections.find((s) => s.id === 'jigyoMei')?.fields[0]).toMatchObject({ kind: 'text', maxChars: 30, transcribe: true });
  });

  it('monozukuri-20: the e-application text fields carry the official character limits', () => {
    const t = loadTemplate('monozukuri-20');
    const limit = (sectionId: string, fieldId: string) => {
      const f = t.sections.find((s) => s.id === sectionId)?.fields.find((x) => x.id === fieldId);
      return f?.kind === 'text' ? { maxChars: f.maxChars, transcribe: f.transcribe } : undefined;
    };
    const expected: [string, string, number][] = [
      ['jigyoKeikakuMei', 'jigyoKeikakuMei', 30],
      ['jigyoKeikakuMei', 'gaiyo', 100],
      ['haikei', 'haikei', 1000],
      ['kanzei', 'eikyo', 500],
      ['kanzei', 'genjoKadai', 1000],
      ['zentaiKeikaku', 'zentaiKeikaku', 1000],
      ['gutaiAction', 'gutaiAction', 1000],
      ['keihi', 'keihiSetsumei', 1000],
      ['kakushinsei', 'kakushinsei', 1000],
      ['shijoKoka', 'shijoKoka', 1000],
      ['chinage', 'chinage', 500],
      ['chiikiKeizai', 'chiikiKeizai', 500],
      ['globalTsuika', 'globalTsuika', 1000],
    ];
    for (const [s, f, max] of expected) expect(limit(s, f), `${s}.${f}`).toEqual({ maxChars: max, transcribe: true });
    const katen = t.sections[0]?.fields.find((f) => f.id === 'katen');
    expect(katen).toMatchObject({ kind: 'choice', multiple: true, maxSelected: 6 });
  });

  it('jizokuka-20 / sogyo-4: the numbering of the form, 加点 groups, the 第三者支援 declaration and the plan years 第20回 compares', () => {
    for (const id of ['jizokuka-20', 'jizokuka-sogyo-4']) {
      const t = loadTemplate(id);
      const katen = t.sections[0]?.fields.find((f) => f.id === 'katen');
      expect(katen).toMatchObject({ kind: 'choice', multiple: true, maxSelected: 2 });
      if (katen?.kind === 'choice') for (const o of katen.options) expect(o.value).toMatch(/^(juten|seisaku):[a-zA-Z]+$/);
      const numbered = (part: string) => t.sections.filter((s) => s.part === part && s.number).map((s) => s.number);
      expect(numbered('補助事業計画')).toEqual(['1.', '2.', '3.', '4.']);
      // 様式3: Ⅱ 経費明細表 and Ⅲ 資金調達方法 are items of their own (fields printed as the form's items)
      expect(t.sections.find((s) => s.id === 'keihi')?.fields.map((f) => f.item?.number)).toEqual(['Ⅱ.', 'Ⅲ.', 'Ⅲ.']);
      expect(t.sections.find((s) => s.id === 'jigyoMei')?.fields[0]).toMatchObject({ kind: 'text', maxChars: 30, transcribe: true });
      const shien = t.sections.find((s) => s.id === 'daisanshaShien');
      expect(shien?.fields.map((f) => f.id)).toEqual(['umu', 'shienshaMei', 'hoshuMeimoku', 'kingaku']);
    }
    const t20 = loadTemplate('jizokuka-20');
    expect(t20.sections.filter((s) => s.part === '経営計画' && s.number).map((s) => s.number)).toEqual(['1.', '2.', '3.', '4.', '4-2.']);
    expect(t20.sections.find((s) => s.id === 'uriageMitoshi')).toMatchObject({ part: '経営計画' });
    const plan = t20.sections.find((s) => s.id === 'suchiKeikaku')?.fields[0];
    expect(plan?.kind).toBe('financialPlan');
    expect(plan?.label).toContain('1年後（補助事業終了時）');
    expect(plan?.label).toContain('2年後（事業効果報告時）');
    expect(plan?.help).toContain('売上原価');
    const sogyo = loadTemplate('jizokuka-sogyo-4');
    expect(sogyo.sections.find((s) => s.id === 'tsuyomi')).toMatchObject({ number: '3.', title: '自社や自社の提供する商品・サービスの強みや弱み' });
  });

  it('shinmono-1: the sections and ids of もの補助 第20次 carry over, every item no 新もの text gave is labelled 未確認', () => {
    const t = loadTemplate('shinmono-1');
    const m = loadTemplate('monozukuri-20');
    expect(t.successorOf).toBe('monozukuri');
    const carried = m.sections.map((s) => s.id).filter((id) => t.sections.some((s) => s.id === id));
    expect(carried).toEqual(m.sections.map((s) => s.id));
    for (const s of t.sections.slice(1)) {
      for (const f of s.fields) {
        if (f.kind !== 'text' || f.maxChars === undefined) continue;
        const same = m.sections.find((x) => x.id === s.id)?.fields.find((x) => x.id === f.id);
        expect(same?.kind === 'text' && same.maxChars, `${s.id}.${f.id}`).toBe(f.maxChars);
        expect(f.help, `${s.id}.${f.id}`).toContain('未確認');
      }
    }
    for (const c of t.criteria) {
      expect(c.source.unconfirmed, c.id).toBe(true);
      expect(c.source.note).toContain('新事業進出・ものづくり補助金の公募要領で未確認（もの補助 第20次の構成を仮に使用）');
    }
    const katen = t.sections[0]?.fields.find((f) => f.id === 'katen');
    expect(katen).toMatchObject({ kind: 'choice', multiple: true, maxSelected: 6 });
    if (katen?.kind === 'choice') for (const o of katen.options) expect(o.source?.unconfirmed, o.value).toBe(true);
    expect(t.source.unconfirmed).toBe(true);
    expect(t.source.note).toContain('未確認（もの補助 第20次の構成を仮に使用）');
  });

  it('keiei-kakushin-r3: 別表1–6 and the 誓約書 as numbered parts; per-prefecture notes in the guidance the wizard shows', () => {
    const t = loadTemplate('keiei-kakushin-r3');
    const numbers = [...new Set(t.sections.flatMap((s) => (s.number ? [s.number] : [])))];
    expect(numbers).toEqual(['様式第1号', '別表1', '別表2', '別表3', '別表4', '別表5', '別表6', '誓約書']);
    const kihon = t.sections[0]!;
    for (const note of ['福岡県', '25日', '神奈川県', '電子申請', '東京都', '埼玉県']) expect(kihon.guidance, note).toContain(note);
    const pref = kihon.fields.find((f) => f.id === 'todofuken');
    expect(pref?.help).toContain('毎月25日締め');
    expect(t.round).toBeUndefined();
  });

  it('keiei-kakushin: 別表2 is a table with a quarter column, 別表3 a financialPlan field', () => {
    for (const id of ['keiei-kakushin-r2', 'keiei-kakushin-h28', 'keiei-kakushin-r3']) {
      const t = loadTemplate(id);
      const table = t.sections.find((s) => s.id === 'jisshiKeikaku')?.fields.find((f) => f.id === 'jisshiKeikaku');
      expect(table?.kind).toBe('table');
      if (table?.kind === 'table') expect(table.columns.map((c) => [c.id, c.type])).toContainEqual(['jiki', 'quarter']);
      expect(t.sections.find((s) => s.id === 'suchiKeikaku')?.fields.some((f) => f.kind === 'financialPlan')).toBe(true);
    }
  });
});

const demoIds = fs.existsSync(demoDir)
  ? fs
      .readdirSync(demoDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort()
  : [];

describe('electron/demo/content/*.json', () => {
  it('has drafts for the three demo cases', () => {
    expect(demoIds).toEqual(expect.arrayContaining(['jizokuka-20', 'jizokuka-17', 'keiei-kakushin-r2', 'monozukuri-20']));
  });

  describe.each(demoIds)('%s', (id) => {
    const content = readJson(path.join(demoDir, `${id}.json`)) as Record<string, unknown>;

    it('belongs to a template and references only its sections and fields, with valid values', () => {
      expect(templateIds).toContain(id);
      const t = loadTemplate(id);
      const kikan = content['kihon'] && (content['kihon'] as Record<string, unknown>)['keikakuKikan'];
      const maxYear = typeof kikan === 'string' ? Number(kikan) : (t.planYears?.max ?? 5);
      for (const [sectionId, rawValues] of Object.entries(content)) {
        const section = t.sections.find((s) => s.id === sectionId);
        expect(section, `unknown section ${sectionId}`).toBeDefined();
        if (!section) continue;
        const values = SectionValues.parse(rawValues);
        for (const [fieldId, value] of Object.entries(values)) {
          const field = section.fields.find((f) => f.id === fieldId);
          expect(field, `unknown field ${sectionId}.${fieldId}`).toBeDefined();
          if (!field) continue;
          const at = `${sectionId}.${fieldId}`;
          switch (field.kind) {
            case 'text':
              expect(typeof value, at).toBe('string');
              if (typeof value === 'string' && field.maxChars !== undefined) {
                expect(chars(value), `${at} (${chars(value)}/${field.maxChars}字)`).toBeLessThanOrEqual(field.maxChars);
              }
              if (typeof value === 'string' && !field.multiline) expect(value, at).not.toContain('\n');
              break;
            case 'choice': {
              const options = field.options.map((o) => o.value);
              if (field.multiple) {
                expect(Array.isArray(value), at).toBe(true);
                const picked = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
                for (const v of picked) expect(options, at).toContain(v);
                if (field.maxSelected !== undefined) expect(picked.length, at).toBeLessThanOrEqual(field.maxSelected);
              } else {
                expect(typeof value, at).toBe('string');
                expect(options, at).toContain(value);
              }
              break;
            }
            case 'table': {
              expect(Array.isArray(value), at).toBe(true);
              const columns = new Map(field.columns.map((c) => [c.id, c]));
              for (const row of Array.isArray(value) ? value : []) {
                expect(typeof row, at).toBe('object');
                for (const [colId, cell] of Object.entries(row as Record<string, unknown>)) {
                  const col = columns.get(colId);
                  expect(col, `${at}: unknown column ${colId}`).toBeDefined();
                  if (col?.type === 'number') expect(cell === null || typeof cell === 'number', `${at}.${colId}`).toBe(true);
                  if (col?.type === 'quarter' && typeof cell === 'string') {
                    const m = /^(\d+)-([1-4])$/.exec(cell);
                    expect(m, `${at}.${colId} "${cell}" is not 年-四半期`).not.toBeNull();
                    if (m) expect(Number(m[1]), `${at}.${colId} "${cell}" is outside the plan`).toBeLessThanOrEqual(maxYear);
                  }
                }
              }
              break;
            }
            default:
              throw new Error(`${at}: ${field.kind} fields bind to the application, not to section content`);
          }
        }
      }
    });

    it('fills every required text field of the template', () => {
      const t = loadTemplate(id);
      for (const s of t.sections) {
        const values = (content[s.id] ?? {}) as Record<string, unknown>;
        for (const f of s.fields) {
          if (f.kind !== 'text' || !f.required) continue;
          // optional sections (e.g. グローバル枠, 米国関税) have no required fields, so this covers the whole draft
          const v = values[f.id];
          expect(typeof v === 'string' && v.trim().length > 0, `${s.id}.${f.id} is empty`).toBe(true);
        }
      }
    });
  });
});
