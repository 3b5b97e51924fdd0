import { DEMO_KOMUTEN_A, DEMO_SEIZO_C, type LokabenDemoCase } from '../../shared/lokaben/demo';
import type { Db } from '../store/db';
import { createLokabenRepo } from '../store/lokaben';

/** Which demo client (electron/demo/cases.ts keys) gets which ロカベン demo data (shared/lokaben/demo.ts). */
const DEMO_LOKABEN: Record<string, LokabenDemoCase> = {
  a: DEMO_KOMUTEN_A, // 株式会社A工務店
  c: DEMO_SEIZO_C, // C工業株式会社
};

/** Seeds the ロカベン record of the demo clients that have one (called once, right after they are created). */
export function seedLokabenDemo(db: Db, clientIdsByKey: Readonly<Record<string, string>>): void {
  const repo = createLokabenRepo(db);
  for (const [key, demo] of Object.entries(DEMO_LOKABEN)) {
    const clientId = clientIdsByKey[key];
    if (!clientId) continue;
    repo.save(clientId, { industryId: demo.industryId, financials: demo.financials, hizaimu: demo.hizaimu, shoken: demo.comment }, { industryId: 0, financials: 0, hizaimu: 0, shoken: 0 });
  }
}
