import { useMemo } from 'react';
import { call } from '../api/client';
import { useAsync } from '../hooks/useAsync';
import { useTemplate } from '../templates';
import { checkApplication } from '../../../shared/checks/index';
import type { ComputedFigures } from '../../../shared/checks/types';
import type { Application } from '../../../shared/schemas/application';
import type { Template } from '../../../shared/templates/template';

/**
 * The figures the owner signs off on (the plan's derived rows, expense totals, the subsidy), computed
 * as the check panel and the exports compute them: with the client's 従業員数 and 都道府県.
 */
export function useReviewFigures(app: Application): { template: Template | undefined; figures: ComputedFigures | undefined } {
  const { template } = useTemplate(app.templateId);
  const client = useAsync(() => call('getClient', { id: app.clientId }), [app.clientId]);
  const c = client.data;
  const figures = useMemo(
    () => (template && c ? checkApplication(template, app, { employeeCount: c.employeeCount, prefecture: c.prefecture }).figures : undefined),
    [template, app, c],
  );
  return { template, figures };
}
