import type { Template } from './template';

/**
 * What the app needs of every template at start (the rounds, the new-application form, the settings
 * list): names, round dates, sources and the sections' ids and titles. The whole template (fields,
 * guidance, criteria, rules) is fetched when a wizard or a round's page opens (getTemplate).
 */
export interface TemplateSummary {
  id: string;
  programId: Template['programId'];
  name: string;
  koboKai: string;
  current: boolean;
  validFrom?: string;
  validUntil?: string;
  source: Template['source'];
  round?: Template['round'];
  successorOf?: Template['successorOf'];
  supplementary?: Template['supplementary'];
  sections: { id: string; title: string; number?: string }[];
}

/** The summary of a template (the handler of listTemplateSummaries maps the loaded templates through this). */
export function templateSummary(t: Template): TemplateSummary {
  return {
    id: t.id,
    programId: t.programId,
    name: t.name,
    koboKai: t.koboKai,
    current: t.current,
    ...(t.validFrom !== undefined ? { validFrom: t.validFrom } : {}),
    ...(t.validUntil !== undefined ? { validUntil: t.validUntil } : {}),
    source: t.source,
    ...(t.round ? { round: t.round } : {}),
    ...(t.successorOf ? { successorOf: t.successorOf } : {}),
    ...(t.supplementary ? { supplementary: t.supplementary } : {}),
    sections: t.sections.map((s) => ({ id: s.id, title: s.title, ...(s.number !== undefined ? { number: s.number } : {}) })),
  };
}
