import { randomUUID } from 'node:crypto';
import { Application } from '../../shared/schemas/application';
import { Client, ClientInput } from '../../shared/schemas/client';
import { APPLICATION_FILE_FORMAT, APPLICATION_FILE_VERSION, type ApplicationFile } from '../../shared/schemas/applicationFile';
import type { Template } from '../../shared/templates/template';
import { DEMO_CLIENTS } from '../demo/cases';
import { DEMO_APPLICATIONS, readDemoContent } from '../demo/seed';

/** The demo applications as application files (what `cli demo --out DIR` writes), without a database. */
export function demoApplicationFiles(templates: Template[], appRoot: string, appVersion: string, now = new Date()): { name: string; file: ApplicationFile }[] {
  const at = now.toISOString();
  const clients = Object.fromEntries(
    Object.entries(DEMO_CLIENTS).map(([k, c]) => [k, Client.parse({ ...ClientInput.parse(c), id: randomUUID(), createdAt: at, updatedAt: at })]),
  );
  const out: { name: string; file: ApplicationFile }[] = [];
  for (const spec of DEMO_APPLICATIONS) {
    const t = templates.find((x) => x.id === spec.templateId);
    const client = clients[spec.client];
    if (!t || !client) continue;
    const application = Application.parse({
      id: randomUUID(),
      clientId: client.id,
      programId: t.programId,
      templateId: t.id,
      koboKai: t.koboKai,
      title: spec.title,
      status: 'draft',
      content: readDemoContent(appRoot, t.id),
      financialPlan: spec.plan,
      expenses: spec.expenses,
      origins: {},
      revision: 0,
      createdAt: at,
      updatedAt: at,
    });
    out.push({ name: `${spec.client}-${t.id}.json`, file: { format: APPLICATION_FILE_FORMAT, schemaVersion: APPLICATION_FILE_VERSION, exportedAt: at, appVersion, client, application } });
  }
  return out;
}
