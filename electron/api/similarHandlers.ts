import type { similarContract } from '../../shared/api/similarContract';
import { createLiveSimilarIndex } from '../similar/liveIndex';
import type { HandlerDeps, Handlers } from './handlers';

type SimilarHandlers = Pick<Handlers, keyof typeof similarContract>;

/** 「ほかの申請と似ている箇所」: one index per back end, built on first use (electron/similar/). */
export function createSimilarHandlers(deps: HandlerDeps): SimilarHandlers {
  const index = createLiveSimilarIndex(deps.sql, () => deps.templates.templates);
  return {
    findSimilar: ({ applicationId }) => index.find(applicationId),
  };
}
