import type { ApplicationContent } from '../schemas/application';
import type { Template } from '../templates/template';
import type { SimilarDoc, SimilarField } from './types';

/**
 * The texts compared: every string a section holds (text fields; a choice's value is a short code and
 * is skipped for being shorter than a passage), in a fixed order so positions are reproducible.
 */
export function contentFields(content: ApplicationContent): SimilarField[] {
  const out: SimilarField[] = [];
  for (const sectionId of Object.keys(content).sort()) {
    const values = content[sectionId]!;
    for (const fieldId of Object.keys(values).sort()) {
      const v = values[fieldId];
      if (typeof v === 'string' && v.length > 0) out.push({ sectionId, fieldId, text: v });
    }
  }
  return out;
}

export function applicationDoc(a: { id: string; clientId: string; content: ApplicationContent }): SimilarDoc {
  return { id: a.id, group: a.clientId, kind: 'application', fields: contentFields(a.content) };
}

export const EXAMPLE_FIELD = 'example';

/** One template example passage, and every (template, section) that carries the same text. */
export interface ExampleSource {
  doc: SimilarDoc;
  origins: { templateId: string; sectionId: string }[];
}

/** The templates' example passages (`section.example`), one document per distinct text. */
export function exampleSources(templates: readonly Pick<Template, 'id' | 'sections'>[]): ExampleSource[] {
  const byText = new Map<string, ExampleSource>();
  for (const t of templates) {
    for (const s of t.sections) {
      const text = s.example.trim();
      if (!text) continue;
      const known = byText.get(text);
      if (known) {
        known.origins.push({ templateId: t.id, sectionId: s.id });
        continue;
      }
      const id = `example:${t.id}:${s.id}`;
      byText.set(text, { doc: { id, group: id, kind: 'example', fields: [{ sectionId: s.id, fieldId: EXAMPLE_FIELD, text }] }, origins: [{ templateId: t.id, sectionId: s.id }] });
    }
  }
  return [...byText.values()];
}
