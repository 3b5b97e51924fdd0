import type { Application, ApplicationContent, SectionOrigin, SectionValues } from '../schemas/application';
import type { Section, TemplateCore } from '../templates/schema';

/**
 * Starts a new application from another one of the same client: sections that serve the same
 * purpose (section.purpose) carry over, and each carried section records where it came from.
 * Fields are matched by id; otherwise the main text of the source section fills the main text field.
 */
export interface CarryOverResult {
  content: ApplicationContent;
  origins: Record<string, SectionOrigin>;
}

function mainTextFieldId(section: Section): string | undefined {
  const texts = section.fields.filter((f) => f.kind === 'text' && f.multiline);
  return texts[0]?.id;
}

function joinTexts(section: Section, values: SectionValues): string {
  return section.fields
    .filter((f) => f.kind === 'text')
    .map((f) => values[f.id])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .join('\n');
}

function carrySection(from: Section, fromValues: SectionValues, to: Section): SectionValues | undefined {
  const out: SectionValues = {};
  for (const field of to.fields) {
    const same = from.fields.find((f) => f.id === field.id && f.kind === field.kind);
    const v = same ? fromValues[same.id] : undefined;
    if (v !== undefined && field.kind !== 'expenses' && field.kind !== 'financialPlan') out[field.id] = v;
  }
  const main = mainTextFieldId(to);
  if (main && out[main] === undefined) {
    const text = joinTexts(from, fromValues);
    if (text) out[main] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function carryOver(source: Application, sourceTemplate: TemplateCore, target: TemplateCore): CarryOverResult {
  const content: ApplicationContent = {};
  const origins: Record<string, SectionOrigin> = {};
  for (const to of target.sections) {
    if (!to.purpose || to.id === 'kihon') continue;
    const from = sourceTemplate.sections.find((s) => s.purpose === to.purpose);
    const fromValues = from ? source.content[from.id] : undefined;
    if (!from || !fromValues) continue;
    const values = carrySection(from, fromValues, to);
    if (!values) continue;
    content[to.id] = values;
    origins[to.id] = {
      applicationId: source.id,
      sectionId: from.id,
      title: `${source.title || sourceTemplate.name}「${from.title}」`,
    };
  }
  return { content, origins };
}
