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
  /**
   * Adds a pack; never replaces one (a new round gets a new id). The same pack again is 'alreadyThere';
   * another pack under the same id is refused with CONFLICT, whoever saved it first.
   */
  save(pack: RulePack): Promise<'added' | 'alreadyThere'>;
  /** Adds to the running set the packs saved elsewhere since the last look. */
  sync(set: TemplateSet): Promise<void>;
}

export function filePackSource(dataDir: string): PackSource {
  return {
    shared: false,
    save: async (pack) => {
      const { existing } = writePack(dataDir, pack);
      return existing === undefined ? 'added' : sameOrConflict(pack, existing);
    },
    sync: async () => undefined,
  };
}

/** A pack found already saved under the id: the same one, or a CONFLICT (nothing replaced). */
function sameOrConflict(pack: RulePack, existingChecksum: string): 'alreadyThere' {
  if (existingChecksum === pack.checksum) return 'alreadyThere';
  throw new ApiFailure('CONFLICT', `同じIDの公募回（${pack.template.id}）が既に保存されていて、内容が違います。置き換えずに残しました。`);
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
      let inserted: number;
      try {
        inserted = (await sql.run('INSERT INTO rule_packs (template_id, data, checksum, created_at, created_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (template_id) DO NOTHING', [
          pack.template.id, JSON.stringify(pack), pack.checksum, new Date().toISOString(), sql.user,
        ])).changes;
      } catch (e) {
        if (isPermissionError(e)) throw new ApiFailure('FORBIDDEN', '公募回の追加は、商工会議所の管理者（banso_manager のログイン）だけができます。管理者に依頼してください。');
        throw e;
      }
      if (inserted === 0) {
        const had = await sql.get<{ checksum: string }>('SELECT checksum FROM rule_packs WHERE template_id = ?', [pack.template.id]);
        return sameOrConflict(pack, had?.checksum ?? '');
      }
      seen.add(pack.template.id);
      return 'added';
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
