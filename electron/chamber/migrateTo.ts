import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { PostgresStore } from '../store/sql/postgres';
import type { RulePack } from '../../shared/rounds/rulePack';
import { COPIED_TABLES, type CopiedTable } from './copyPlan';

/**
 * Copies one advisor's SQLite database into the chamber's PostgreSQL database, in one transaction:
 * every row under its own key (a second run copies nothing new: ON CONFLICT DO NOTHING), clients the
 * chamber already has matched on 法人番号 and merged, and the same-named firm without one never
 * guessed: it is listed and the run stops before writing, until the advisor says `--merge` or
 * `--separate`. At the end, per table, the rows are counted and checksummed on both sides.
 */
export interface ClientDecision {
  /** source client id → the chamber's client id it is the same firm as. */
  merge: Map<string, string>;
  /** source client ids to copy as firms of their own even though a same-named one exists. */
  separate: Set<string>;
}

export interface Ambiguous {
  sourceId: string;
  name: string;
  candidates: { id: string; name: string; advisor: string }[];
}

export interface TableReport {
  table: string;
  source: number;
  copied: number;
  alreadyThere: number;
  /** Keys the chamber holds with other content (its rows kept). */
  differing: string[];
  checksumSource: string;
  checksumChamber: string;
}

export interface MigrationReport {
  ambiguous: Ambiguous[];
  mergedClients: { sourceId: string; chamberId: string; name: string; by: '法人番号' | '指定' | 'id' }[];
  tables: TableReport[];
  packs: { id: string; result: 'copied' | 'alreadyThere' | 'differs' }[];
  /** True when every copied row reads back the same (chamber-kept rows aside). */
  ok: boolean;
}

type Row = Record<string, unknown>;

const normName = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/株式会社|有限会社|合同会社|\(株\)|（株）/g, '');
const canon = (v: unknown): unknown => (v instanceof Uint8Array ? `\\x${Buffer.from(v).toString('hex')}` : typeof v === 'bigint' ? Number(v) : v);
const keyOf = (t: CopiedTable, r: Row) => t.key.map((k) => String(r[k])).join('|');
const rowText = (cols: string[], r: Row) => JSON.stringify(cols.map((c) => canon(r[c])));

function checksum(t: CopiedTable, cols: string[], rows: Row[]): string {
  const h = createHash('sha256');
  for (const r of [...rows].sort((a, b) => (keyOf(t, a) < keyOf(t, b) ? -1 : 1))) h.update(rowText(cols, r)).update('\n');
  return h.digest('hex').slice(0, 16);
}

/** Decides, for each client of the file, which chamber client it is (nothing is written). */
export async function matchClients(src: Database, pg: PostgresStore, decision: ClientDecision): Promise<{ map: Map<string, string>; ambiguous: Ambiguous[]; merged: MigrationReport['mergedClients'] }> {
  const srcClients = src.prepare('SELECT id, name, corporate_number, advisor FROM clients ORDER BY name').all() as { id: string; name: string; corporate_number: string; advisor: string }[];
  const chamber = await pg.all<{ id: string; name: string; corporate_number: string; advisor: string }>('SELECT id, name, corporate_number, advisor FROM clients');
  const byId = new Map(chamber.map((c) => [c.id, c]));
  const byNumber = new Map(chamber.filter((c) => c.corporate_number).map((c) => [c.corporate_number, c]));
  const map = new Map<string, string>();
  const ambiguous: Ambiguous[] = [];
  const merged: MigrationReport['mergedClients'] = [];
  for (const c of srcClients) {
    const chosen = decision.merge.get(c.id);
    if (chosen) {
      if (!byId.has(chosen)) throw new Error(`--merge ${c.id}=${chosen}: the chamber database has no client ${chosen}`);
      map.set(c.id, chosen);
      merged.push({ sourceId: c.id, chamberId: chosen, name: c.name, by: '指定' });
      continue;
    }
    if (byId.has(c.id)) {
      map.set(c.id, c.id); // copied before (a second run), or the same firm handed over earlier
      continue;
    }
    const same = c.corporate_number ? byNumber.get(c.corporate_number) : undefined;
    if (same) {
      map.set(c.id, same.id);
      merged.push({ sourceId: c.id, chamberId: same.id, name: c.name, by: '法人番号' });
      continue;
    }
    const alike = chamber.filter((x) => normName(x.name) === normName(c.name));
    if (alike.length > 0 && !decision.separate.has(c.id)) {
      ambiguous.push({ sourceId: c.id, name: c.name, candidates: alike.map((x) => ({ id: x.id, name: x.name, advisor: x.advisor })) });
      continue;
    }
    map.set(c.id, c.id);
  }
  return { map, ambiguous, merged };
}

export async function migrateTo(src: Database, pg: PostgresStore, decision: ClientDecision, packs: RulePack[]): Promise<MigrationReport> {
  const { map, ambiguous, merged } = await matchClients(src, pg, decision);
  const report: MigrationReport = { ambiguous, mergedClients: merged, tables: [], packs: [], ok: ambiguous.length === 0 };
  if (ambiguous.length > 0) return report; // nothing written until the advisor decides

  const remap = (t: CopiedTable, r: Row): Row => {
    if (t.clientColumns.length === 0) return r;
    const out = { ...r };
    for (const c of t.clientColumns) if (typeof out[c] === 'string') out[c] = map.get(out[c] as string) ?? out[c];
    return out;
  };
  const pgColumns = async (table: string) =>
    (await pg.all<{ column_name: string }>('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position', [table])).map((r) => r.column_name);

  await pg.tx(async () => {
    for (const t of COPIED_TABLES) {
      const srcRows = (src.prepare(`SELECT * FROM ${t.name}`).all() as Row[]).map((r) => remap(t, r));
      const target = await pgColumns(t.name);
      const cols = target.filter((c) => srcRows.length === 0 || c in srcRows[0]!);
      let copied = 0;
      for (const r of srcRows) {
        if (t.name === 'clients' && map.get(r.id as string) !== r.id) continue; // merged into the chamber's record
        if (t.name === 'clients' && (await pg.get('SELECT 1 AS x FROM clients WHERE id = ?', [r.id as string]))) continue;
        const res = await pg.run(
          `INSERT INTO ${t.name} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`,
          cols.map((c) => (r[c] === undefined ? null : (r[c] as never))),
        );
        copied += res.changes;
      }
      // Read back what the file holds, by key, and compare.
      const wanted = new Set(srcRows.filter((r) => !(t.name === 'clients' && map.get(r.id as string) !== r.id)).map((r) => keyOf(t, r)));
      const chamberRows = (await pg.all<Row>(`SELECT ${cols.join(', ')} FROM ${t.name}`)).filter((r) => wanted.has(keyOf(t, r)));
      const mine = srcRows.filter((r) => wanted.has(keyOf(t, r)));
      const theirs = new Map(chamberRows.map((r) => [keyOf(t, r), rowText(cols, r)]));
      const differing = mine.filter((r) => theirs.get(keyOf(t, r)) !== rowText(cols, r)).map((r) => keyOf(t, r));
      report.tables.push({
        table: t.name,
        source: srcRows.length,
        copied,
        alreadyThere: wanted.size - copied,
        differing,
        checksumSource: checksum(t, cols, mine),
        checksumChamber: checksum(t, cols, chamberRows),
      });
      if (differing.length > 0 && !t.chamberWins) report.ok = false;
    }
    for (const p of packs) {
      const had = await pg.get<{ checksum: string }>('SELECT checksum FROM rule_packs WHERE template_id = ?', [p.template.id]);
      if (had) {
        report.packs.push({ id: p.template.id, result: had.checksum === p.checksum ? 'alreadyThere' : 'differs' });
        continue;
      }
      await pg.run('INSERT INTO rule_packs (template_id, data, checksum, created_at, created_by) VALUES (?, ?, ?, ?, ?)', [p.template.id, JSON.stringify(p), p.checksum, p.createdAt, pg.user]);
      report.packs.push({ id: p.template.id, result: 'copied' });
    }
  });
  // Fresh statistics and visibility map after a bulk copy, so the dashboard's counts read the index alone (26 → 3 ms at
  // 50,000 applications) before autovacuum gets there. Only the tables' owner may; for anyone else PostgreSQL skips it.
  await pg.run('VACUUM (ANALYZE) clients, applications').catch(() => undefined);
  return report;
}
