import type { SimilarMatch, SimilarSide } from '../api/similarContract';
import type { ProgramId } from '../schemas/common';
import type { Template } from '../templates/template';
import { EXAMPLE_FIELD, type ExampleSource } from './sources';
import type { PassageMatch, PassageSide } from './types';

/** What a match names of an application: its title, client, program and round. */
export interface ApplicationMeta {
  id: string;
  title: string;
  clientName: string;
  programId: ProgramId;
  templateId: string;
}

export interface DescribeLookup {
  template(id: string): Pick<Template, 'id' | 'name' | 'programId' | 'sections'> | undefined;
  application(id: string): ApplicationMeta | undefined;
  example(id: string): ExampleSource | undefined;
}

function label(t: ReturnType<DescribeLookup['template']>, side: PassageSide): SimilarSide {
  const section = t?.sections.find((s) => s.id === side.sectionId);
  const field = section?.fields.find((f) => f.id === side.fieldId);
  return {
    ...side,
    sectionNumber: section?.number ?? '',
    sectionTitle: section?.title ?? side.sectionId,
    fieldLabel: side.fieldId === EXAMPLE_FIELD ? '記載例' : (field?.label ?? side.fieldId),
  };
}

/**
 * A passage match with the names an advisor reads: the other application's client and title (or the
 * template whose 記載例 it is — the application's own round when it carries the same text), and the
 * form's number and title of the section on each side.
 */
export function describeMatch(m: PassageMatch, here: { templateId: string }, lookup: DescribeLookup): SimilarMatch | undefined {
  const hereSide = label(lookup.template(here.templateId), m.here);
  const similarity = Math.round(m.similarity * 100);
  if (m.otherKind === 'example') {
    const ex = lookup.example(m.otherId);
    if (!ex) return undefined;
    const origin = ex.origins.find((o) => o.templateId === here.templateId) ?? ex.origins[0]!;
    const t = lookup.template(origin.templateId);
    return {
      kind: 'example',
      applicationId: null,
      title: '記載例',
      clientName: '',
      programId: t?.programId ?? null,
      templateId: origin.templateId,
      templateName: t?.name ?? origin.templateId,
      here: hereSide,
      there: label(t, { ...m.there, sectionId: origin.sectionId }),
      similarity,
      chars: m.chars,
    };
  }
  const other = lookup.application(m.otherId);
  if (!other) return undefined;
  const t = lookup.template(other.templateId);
  return {
    kind: 'application',
    applicationId: other.id,
    title: other.title,
    clientName: other.clientName,
    programId: other.programId,
    templateId: other.templateId,
    templateName: t?.name ?? other.templateId,
    here: hereSide,
    there: label(t, m.there),
    similarity,
    chars: m.chars,
  };
}

/** 「⑤ 補助事業の内容」 or the title alone. */
export const sectionName = (s: Pick<SimilarSide, 'sectionNumber' | 'sectionTitle'>) => (s.sectionNumber && !s.sectionTitle.startsWith(s.sectionNumber) ? `${s.sectionNumber} ${s.sectionTitle}` : s.sectionTitle);
