import { ApiFailure } from '../../shared/api/errors';
import { parseRulePack, type RulePack } from '../../shared/rounds/rulePack';
import type { TemplateSet } from '../api/handlers';
import type { SqlStore } from '../store/sql/types';
import { isPermissionError } from '../store/sql/postgres';
import { nodeSha256Hex, writePack } from './packStore';

/**
 * Where rounds made in the app (rule packs) are kept: a single advisor's data folder (rulepacks/*.json,
 * read at start), or the chamber database's rule_packs table — written by the manager only (the
 * database refuses anyone else) and picked up by every advisor's app at their next look, no restart.
 */
export interface PackSource {
  readonly shared: boolean;
  save(pack: RulePack): Promise<void>;
  /** Adds to the running set the packs saved elsewhere since the last look. */
  sync(set: TemplateSet): Promise<void>;
}

export function filePackSource(dataDir: string): PackSource {
  return {
    shared: false,
    save: async (pack) => void writePack(dataDir, pack),
    sync: async () => undefined,
  };
}

/** Installs a pack in the running set (once). */
export function addPack(set: TemplateSet, pack: RulePack): void {
  const packs = (set.packs ??= new Map());
  if (packs.has(pack.template.id) || set.templates.some((t) => t.id === pack.template.id)) return;
  set.templates.push(pack.template);
  packs.set(pack.template.id, pack);
}

export function dbPackSource(sql: SqlStore): PackSource {
  const seen = new Set<string>();
  return {
    shared: true,
    async save(pack) {
      try {
        await sql.run('INSERT INTO rule_packs (template_id, data, checksum, created_at, created_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (template_id) DO NOTHING', [
          pack.template.id, JSON.stringify(pack), pack.checksum, new Date().toISOString(), sql.user,
        ]);
      } catch (e) {
        if (isPermissionError(e)) throw new ApiFailure('FORBIDDEN', '公募回の追加は、商工会議所の管理者（banso_manager のログイン）だけができます。管理者に依頼してください。');
        throw e;
      }
      seen.add(pack.template.id);
    },
    async sync(set) {
      const ids = await sql.all<{ template_id: string }>('SELECT template_id FROM rule_packs ORDER BY created_at, template_id');
      for (const { template_id: id } of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const row = await sql.get<{ data: string }>('SELECT data FROM rule_packs WHERE template_id = ?', [id]);
        let raw: unknown;
        try {
          raw = JSON.parse(row?.data ?? '');
        } catch {
          raw = undefined;
        }
        const r = parseRulePack(raw, nodeSha256Hex);
        if (!r.ok) {
          set.errors.push({ file: `rule_packs/${id}`, path: r.errors[0]?.path ?? '', message: r.message });
          continue;
        }
        if (set.templates.some((t) => t.id === id && !set.packs?.has(id))) {
          set.errors.push({ file: `rule_packs/${id}`, path: 'template.id', message: '同梱の公募回と同じIDのため読み込みませんでした' });
          continue;
        }
        addPack(set, r.value);
      }
    },
  };
}
