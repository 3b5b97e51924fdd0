import type { HandlerDeps, Handlers } from './handlers';
import type { lokabenContract } from '../../shared/api/lokabenContract';
import { builtinBenchmarks, guessIndustry } from '../../shared/lokaben/industries';
import { createLokabenRepo, emptyLokaben } from '../store/lokaben';
import { exportLokabenReport } from '../export/lokabenReport';

/** ローカルベンチマーク handlers (client-level 決算 data, 非財務, report). */
export function createLokabenHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof lokabenContract> {
  const { clients } = deps;
  const repo = createLokabenRepo(deps.db);
  const recordOf = (clientId: string) => repo.find(clientId) ?? emptyLokaben(clientId);
  return {
    getLokaben({ clientId }) {
      const client = clients.get(clientId); // NOT_FOUND for an unknown client
      return { ...recordOf(clientId), suggestedIndustryId: guessIndustry(client.industry), benchmarks: builtinBenchmarks() };
    },
    saveLokaben({ clientId, ...patch }) {
      clients.get(clientId);
      return { updatedAt: repo.save(clientId, patch).updatedAt ?? '' };
    },
    async exportLokabenReport({ clientId }) {
      const client = clients.get(clientId);
      const file = await exportLokabenReport(client, recordOf(clientId), builtinBenchmarks());
      return { fileName: file.fileName, mime: file.mime, base64: Buffer.from(file.bytes).toString('base64'), warnings: file.warnings };
    },
  };
}
