import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';
import { ASPECT_NAMES } from '../templates/schema';
import type { CompiledTemplate } from './compile';
import { allHold, fieldValue } from './context';
import { isBlank, quoteAround, TextCache } from './textScan';
import type { AspectCoverage, CriterionCoverage, Finding } from './types';

/**
 * Coverage of each 審査項目: which of its aspects the texts of the sections serving it address, with the
 * phrase that showed it. Status: empty (its required texts are all blank), ok (every aspect found and no
 * error weighing on it), improve (otherwise).
 */
export function checkCoverage(
  t: Template,
  app: Application,
  compiled: CompiledTemplate,
  findings: readonly Finding[],
  texts: TextCache = new TextCache(),
): CriterionCoverage[] {
  const textOf = (sectionId: string, fieldId: string): { raw: string; norm: string } | null => {
    const raw = fieldValue(app, sectionId, fieldId);
    if (typeof raw !== 'string' || isBlank(raw)) return null;
    return { raw, norm: texts.normalized(`${sectionId}.${fieldId}`, raw) };
  };
  // One search per (aspect, field), however many criteria share the field.
  const hits = new Map<string, RegExpExecArray | null>();
  const search = (aspectId: string, key: string, norm: string, re: RegExp | undefined) => {
    const k = `${aspectId}|${key}`;
    if (!hits.has(k)) hits.set(k, re ? re.exec(norm) : null);
    return hits.get(k) ?? null;
  };

  const applicable = t.criteria.filter((c) => allHold(app, t.rules.text.criteriaWhen[c.id] ?? []));
  return applicable.map((c): CriterionCoverage => {
    const sections = compiled.criterionSections.get(c.id) ?? [];
    const texts = sections.flatMap((s) =>
      s.fields.flatMap((f) => {
        if (f.kind !== 'text') return [];
        const x = textOf(s.id, f.id);
        return x ? [{ sectionId: s.id, fieldId: f.id, ...x }] : [];
      }),
    );
    // 'empty' needs a required text to be missing; optional texts alone (e.g. 加点 notes) do not make a criterion empty.
    const hasTextFields = sections.some((s) => s.fields.some((f) => f.kind === 'text' && f.required));
    const aspects = c.aspects.map((aspectId): AspectCoverage => {
      const re = compiled.aspectRegex.get(aspectId);
      for (const x of texts) {
        const m = search(aspectId, `${x.sectionId}.${x.fieldId}`, x.norm, re);
        if (m) {
          return { aspectId, name: ASPECT_NAMES[aspectId], covered: true, evidence: { sectionId: x.sectionId, fieldId: x.fieldId, phrase: quoteAround(x.raw, m.index, m[0].length) } };
        }
      }
      return { aspectId, name: ASPECT_NAMES[aspectId], covered: false };
    });
    const findingIds = findings.filter((f) => f.criterionId === c.id && f.severity !== 'hint').map((f) => f.id);
    const blocking = findings.some((f) => f.criterionId === c.id && f.severity === 'error');
    let status: CriterionCoverage['status'];
    if (hasTextFields && texts.length === 0) status = 'empty';
    else if (aspects.every((a) => a.covered) && !blocking) status = 'ok';
    else status = 'improve';
    return { criterionId: c.id, title: c.title, status, aspects, sectionIds: sections.map((s) => s.id), findingIds };
  });
}
