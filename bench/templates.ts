import path from 'node:path';
import { loadTemplates } from '../electron/templates/loadTemplates';
import type { Template } from '../shared/templates/template';

export function benchTemplates(): Template[] {
  return loadTemplates(path.resolve('templates')).templates;
}

export function templateById(id: string): Template {
  const t = benchTemplates().find((x) => x.id === id);
  if (!t) throw new Error(`template ${id} not loaded`);
  return t;
}
