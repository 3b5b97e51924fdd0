import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../electron/templates/loadTemplates';
import { demoApplicationFiles } from '../../electron/cli/demoFiles';
import type { Template } from '../../shared/templates/template';

/** The real templates and the demo applications, as the app ships them. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const templates: Template[] = loadTemplates(path.join(root, 'templates')).templates;
export const demoFiles = demoApplicationFiles(templates, root, 'test', new Date('2026-11-24T03:00:00Z'));

export function demo(templateId: string) {
  const d = demoFiles.find((f) => f.file.application.templateId === templateId);
  if (!d) throw new Error(`no demo for ${templateId}`);
  const t = templates.find((x) => x.id === templateId)!;
  return { ...d.file, template: t };
}
