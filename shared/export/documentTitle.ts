import type { Application } from '../schemas/application';
import type { Template } from '../templates/template';

/** The plan's name (事業計画名 / 補助事業で行う事業名 / テーマ) as the form's title; the application's title until it is written. */
export function documentTitle(t: Template, app: Application): string {
  const at = t.titleField;
  const v = at ? app.content[at.section]?.[at.field] : undefined;
  const name = typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
  return name || app.title.trim() || t.name;
}
