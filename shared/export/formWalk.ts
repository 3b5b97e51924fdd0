import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import type { FactKey, Field, Section } from '../templates/schema';
import { fieldApplies, sectionApplies } from './applies';
import { headingUnderPart, numbered } from './sectionHeading';

/**
 * The application walked in the order of the official form: parts, sections with the form's number,
 * fields the form prints as items of their own (placed where the form has them), facts of the 事業者,
 * and the fields that apply. The document builder and the 転記シート both follow this one walk.
 */
export type FormEntry =
  | { kind: 'part'; text: string }
  | {
      kind: 'heading';
      level: 2 | 3;
      text: string;
      /** The section the heading belongs to (an item's owner section). */
      sectionId: string;
      /** Set on the first heading printed for a section: `section:<id>` (page guidance measures between these). */
      anchor?: string;
    }
  | { kind: 'facts'; keys: FactKey[]; sectionId: string }
  | { kind: 'field'; section: Section; field: Field; labelled: boolean };

interface Placed {
  section: Section;
  field: Field;
}

type Unit = { kind: 'section'; section: Section; fields: Field[] } | { kind: 'item'; owner: Section; number: string; title: string; part: string; facts: FactKey[]; fields: Placed[] };

/** Groups item fields by their number (placed together), keeping the first one's title and facts. */
function itemUnits(placed: Placed[]): Unit[] {
  const units: Extract<Unit, { kind: 'item' }>[] = [];
  for (const p of placed) {
    const it = p.field.item!;
    const same = units.find((u) => u.number === it.number && u.title === it.title);
    if (same) {
      same.fields.push(p);
      for (const f of it.facts ?? []) if (!same.facts.includes(f)) same.facts.push(f);
    } else units.push({ kind: 'item', owner: p.section, number: it.number, title: it.title, part: it.part ?? '', facts: [...(it.facts ?? [])], fields: [p] });
  }
  return units;
}

/** The printed units in form order: each section's own fields, then its in-place items, then items placed after it. */
function units(t: Template, app: Application): Unit[] {
  const after = new Map<string, Placed[]>();
  for (const s of t.sections) {
    for (const f of s.fields) {
      const target = f.item?.after;
      if (target && fieldApplies(app, s, f)) after.set(target, [...(after.get(target) ?? []), { section: s, field: f }]);
    }
  }
  const out: Unit[] = [];
  for (const s of t.sections) {
    if (sectionApplies(app, s)) {
      const own = s.fields.filter((f) => !f.item && fieldApplies(app, s, f));
      if (own.length > 0 || (s.facts?.length ?? 0) > 0) out.push({ kind: 'section', section: s, fields: own });
      out.push(...itemUnits(s.fields.filter((f) => f.item && !f.item.after && fieldApplies(app, s, f)).map((field) => ({ section: s, field }))));
    }
    out.push(...itemUnits(after.get(s.id) ?? []));
  }
  return out;
}

export function walkForm(t: Template, app: Application): FormEntry[] {
  const list = units(t, app);
  const out: FormEntry[] = [];
  const anchored = new Set<string>();
  const anchor = (id: string) => {
    if (anchored.has(id)) return {};
    anchored.add(id);
    return { anchor: `section:${id}` };
  };
  let part = '';
  list.forEach((u, i) => {
    if (u.kind === 'section') {
      const s = u.section;
      if (s.part && s.part !== part) {
        part = s.part;
        out.push({ kind: 'part', text: part });
      } else if (!s.part) part = '';
      const text = headingUnderPart(s);
      // a section titled as its part (「会社全体の事業計画」) is not headed twice
      if (text !== part && !part.endsWith(` ${text}`)) out.push({ kind: 'heading', level: part ? 3 : 2, text, sectionId: s.id, ...anchor(s.id) });
      else out.push({ kind: 'heading', level: 3, text: '', sectionId: s.id, ...anchor(s.id) });
      if (s.facts?.length) out.push({ kind: 'facts', keys: s.facts, sectionId: s.id });
      // a field named as its section (「会社全体の事業計画（基準年度と計画各年度）」) needs no label of its own
      for (const f of u.fields) out.push({ kind: 'field', section: s, field: f, labelled: u.fields.length > 1 && !f.label.startsWith(s.title) });
      return;
    }
    // An item of a named part opens it (or stays in it); otherwise it stays under the current part when the
    // next section is still in it, and stands on its own when not.
    let inPart: boolean;
    if (u.part) {
      if (u.part !== part) out.push({ kind: 'part', text: u.part });
      part = u.part;
      inPart = true;
    } else {
      const next = list.slice(i + 1).find((x): x is Extract<Unit, { kind: 'section' }> => x.kind === 'section');
      inPart = part !== '' && next?.section.part === part;
      if (!inPart) part = '';
    }
    out.push({ kind: 'heading', level: inPart ? 3 : 2, text: numbered(u.number, u.title), sectionId: u.owner.id, ...anchor(u.owner.id) });
    if (u.facts.length) out.push({ kind: 'facts', keys: u.facts, sectionId: u.owner.id });
    for (const p of u.fields) out.push({ kind: 'field', section: p.section, field: p.field, labelled: u.fields.length > 1 || p.field.label !== u.title });
  });
  return out;
}
