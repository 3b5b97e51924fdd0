import type { HandlerDeps, Handlers } from './handlers';
import type { lokabenContract } from '../../shared/api/lokabenContract';

/** ローカルベンチマーク handlers (client-level 決算 data, 非財務, report). */
export function createLokabenHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof lokabenContract> {
  void deps;
  return {};
}
