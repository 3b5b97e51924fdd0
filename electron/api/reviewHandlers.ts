import type { HandlerDeps, Handlers } from './handlers';
import type { reviewContract } from '../../shared/api/reviewContract';

/** Owner review, history, pipeline and portfolio handlers. */
export function createReviewHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof reviewContract> {
  void deps;
  return {};
}
