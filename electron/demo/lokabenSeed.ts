import { DEMO_KOMUTEN_A, DEMO_SEIZO_C, type LokabenDemoCase } from '../../shared/lokaben/demo';
import type { SqlStore } from '../store/sql/types';
import { createLokabenRepo } from '../store/lokaben';

/** Which demo client (electron/demo/cases.ts keys) gets which ロカベン demo data (shared/lokaben/demo.ts). */
const DEMO_LOKABEN: Record<string, LokabenDemoCase> = {
  a: DEMO_KOMUTEN_A, // 株式会社A工務店
  c: DEMO_SEIZO_C, // C工業株式会社
};

/** Seeds the ロカベン record of the demo clients that have one (called once, right after they are created). */
export async function seedLokabenDemo(sql: SqlStore, clientIdsByKey: Readonly<Record<string, string>>): Promise<void> {
  const repo = createLokabenRepo(sql);
  for (const [key, demo] of Object.entries(DEMO_LOKABEN)) {
    const clientId = clientIdsByKey[key];
    if (!clientId) continue;
    await repo.save(clientId, { industryId: demo.industryId, financials: demo.financials, hizaimu: demo.hizaimu, shoken: demo.comment }, { industryId: 0, financials: 0, hizaimu: 0, shoken: 0 });
  }
}
