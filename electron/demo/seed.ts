import fs from 'node:fs';
import path from 'node:path';
import { SectionValues, type ApplicationContent } from '../../shared/schemas/application';
import { FinancialPlan } from '../../shared/schemas/financialPlan';
import type { ExpenseLine } from '../../shared/schemas/expense';
import type { TemplateSet } from '../api/handlers';
import type { ApplicationsRepo } from '../store/applications';
import type { ClientsRepo } from '../store/clients';
import type { SqlStore } from '../store/sql/types';
import { DEMO_CLIENTS, planA, planB, planBMonozukuri } from './cases';
import { DEMO_EXPENSES } from './expenses';
import { seedPastResults } from './pastResults';
import { seedLokabenDemo } from './lokabenSeed';

interface SeedDeps {
  sql: SqlStore;
  clients: ClientsRepo;
  applications: ApplicationsRepo;
  templates: TemplateSet;
  appRoot: string;
}

/** Draft section content written for the demo cases: electron/demo/content/<templateId>.json. */
export function readDemoContent(appRoot: string, templateId: string): ApplicationContent {
  const file = path.join(appRoot, 'electron', 'demo', 'content', `${templateId}.json`);
  if (!fs.existsSync(file)) return {};
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const out: ApplicationContent = {};
  for (const [sectionId, values] of Object.entries(raw as Record<string, unknown>)) out[sectionId] = SectionValues.parse(values);
  return out;
}

export interface DemoApplicationSpec {
  client: keyof typeof DEMO_CLIENTS;
  templateId: string;
  title: string;
  plan: FinancialPlan;
  expenses: ExpenseLine[];
}

export const DEMO_APPLICATIONS: DemoApplicationSpec[] = [
  { client: 'a', templateId: 'jizokuka-20', title: 'リフォーム専門店の認知拡大と見積業務の効率化', plan: FinancialPlan.parse({ years: planA() }), expenses: DEMO_EXPENSES['jizokuka-20'] ?? [] },
  { client: 'b', templateId: 'keiei-kakushin-r2', title: '肌トラブルに悩む方のための自社ブランド下着の開発・販売', plan: FinancialPlan.parse({ years: planB(5) }), expenses: [] },
  { client: 'b', templateId: 'monozukuri-20', title: 'CAD/CAMとRFIDによる多品種少量生産体制の構築', plan: FinancialPlan.parse({ years: planBMonozukuri() }), expenses: DEMO_EXPENSES['monozukuri-20'] ?? [] },
];

/**
 * Seeds the three demo cases once, into an empty database. Deleting them later does not bring them
 * back (banso_meta records the seeding).
 */
export async function seedDemo({ sql, clients, applications, templates, appRoot }: SeedDeps): Promise<boolean> {
  const seeded = await sql.get("SELECT 1 AS x FROM banso_meta WHERE key = 'demoSeeded'");
  const count = await sql.get<{ n: number }>('SELECT count(*) AS n FROM clients');
  if (seeded || Number(count?.n ?? 0) > 0) return false;
  await sql.tx(async () => {
    const ids = {
      a: (await clients.create(DEMO_CLIENTS.a)).id,
      b: (await clients.create(DEMO_CLIENTS.b)).id,
      c: (await clients.create(DEMO_CLIENTS.c)).id,
    };
    await seedLokabenDemo(sql, ids);
    for (const spec of DEMO_APPLICATIONS) {
      const t = templates.templates.find((x) => x.id === spec.templateId);
      if (!t) continue; // a refused template: seed the rest
      await applications.create({
        clientId: ids[spec.client],
        programId: t.programId,
        templateId: t.id,
        koboKai: t.koboKai,
        title: spec.title,
        content: readDemoContent(appRoot, t.id),
        financialPlan: spec.plan,
        expenses: spec.expenses,
      });
    }
    await seedPastResults(sql, applications, templates, ids);
    await sql.run("INSERT INTO banso_meta (key, value) VALUES ('demoSeeded', ?)", [new Date().toISOString()]);
  });
  return true;
}
