import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../electron/templates/loadTemplates';
import { demoApplicationFiles } from '../../electron/cli/demoFiles';
import { readDemoContent } from '../../electron/demo/seed';
import { DEMO_EXPENSES } from '../../electron/demo/expenses';
import { Application } from '../../shared/schemas/application';
import type { Template } from '../../shared/templates/template';

/** The real templates and the demo applications, as the app ships them. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const templates: Template[] = loadTemplates(path.join(root, 'templates')).templates;
export const demoFiles = demoApplicationFiles(templates, root, 'test', new Date('2026-11-24T03:00:00Z'));

/**
 * 工務店A社's draft as it was written for 第17回 (electron/demo/content/jizokuka-17.json and its expenses), for
 * tests about the 第17回 rules (様式3's web cap, rounds made from it). The shipped A社 demo is the 第20回 draft.
 */
function jizokuka17Reference() {
  const a = demoFiles.find((f) => f.file.application.templateId === 'jizokuka-20');
  const t = templates.find((x) => x.id === 'jizokuka-17');
  if (!a || !t) return undefined;
  const application = Application.parse({
    ...a.file.application,
    id: '00000000-0000-4000-8000-000000000017',
    templateId: t.id,
    koboKai: t.koboKai,
    content: readDemoContent(root, t.id),
    financialPlan: {
      years: a.file.application.financialPlan.years.map((y, i) => ({ ...y, label: i === 0 ? '直近期' : `${i}年後` })),
    },
    expenses: DEMO_EXPENSES['jizokuka-17'] ?? [],
  });
  return { ...a.file, application };
}

export function demo(templateId: string) {
  const d = demoFiles.find((f) => f.file.application.templateId === templateId)?.file ?? (templateId === 'jizokuka-17' ? jizokuka17Reference() : undefined);
  if (!d) throw new Error(`no demo for ${templateId}`);
  const t = templates.find((x) => x.id === templateId)!;
  return { ...d, template: t };
}
