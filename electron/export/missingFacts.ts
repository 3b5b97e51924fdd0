import type { Application } from '../../shared/schemas/application';
import type { Client } from '../../shared/schemas/client';
import type { Template } from '../../shared/templates/template';
import type { FactKey } from '../../shared/templates/schema';
import { factValues } from '../../shared/export/facts';

/** The facts the form asks that are not registered yet (printed blank): one warning naming them. */
export function missingFactsWarning(t: Template, client: Client, app: Application): string | null {
  const keys = new Set<FactKey>();
  for (const s of t.sections) {
    for (const k of s.facts ?? []) keys.add(k);
    for (const f of s.fields) for (const k of f.item?.facts ?? []) keys.add(k);
  }
  const missing = factValues([...keys], client, app).filter((f) => f.text === '' && !(f.key === 'client.capitalYen' && client.legalForm === 'kojin') && !(f.key === 'client.capitalManYen' && client.legalForm === 'kojin'));
  if (missing.length === 0) return null;
  return `様式が求める事業者情報・数値のうち、未登録のものは空欄で出力しました: ${missing.map((f) => f.label).join('、')}（事業者の画面または数値計画で入力できます）。`;
}
