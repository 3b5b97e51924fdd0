import { describe, expect, it } from 'vitest';
import { templates } from '../demoFixtures';
import { templateSummary } from '../../../shared/templates/summary';

describe('template summaries (listTemplateSummaries)', () => {
  it('carry what the start screens need and none of the fields, guidance, criteria or rules', () => {
    for (const t of templates) {
      const s = templateSummary(t);
      expect(s).toMatchObject({ id: t.id, programId: t.programId, name: t.name, koboKai: t.koboKai, current: t.current, source: t.source });
      expect(s.round).toEqual(t.round);
      expect(s.successorOf).toEqual(t.successorOf);
      expect(s.supplementary).toEqual(t.supplementary);
      expect(s.sections).toEqual(t.sections.map((x) => ({ id: x.id, title: x.title, ...(x.number !== undefined ? { number: x.number } : {}) })));
      expect(Object.keys(s).filter((k) => !['id', 'programId', 'name', 'koboKai', 'current', 'validFrom', 'validUntil', 'source', 'round', 'successorOf', 'supplementary', 'sections'].includes(k))).toEqual([]);
    }
  });

  it('are a small part of the whole templates', () => {
    const whole = JSON.stringify(templates).length;
    const summaries = JSON.stringify(templates.map(templateSummary)).length;
    expect(summaries * 10).toBeLessThan(whole);
  });
});
