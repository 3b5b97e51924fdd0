import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../store/db';
import { acquireDataDirLock } from '../app/instanceLock';
import { DB_FILE_NAME, findAppRoot } from '../app/paths';
import { fileURLToPath } from 'node:url';
import { openPostgres, describeUrl } from '../store/postgres/open';
import { ADVISOR_ROLE, MANAGER_ROLE, GRANTS_SQL } from '../store/postgres/migrations';
import { loadPacks } from '../rounds/packStore';
import { migrateTo } from '../chamber/migrateTo';
import { openServices, type Services } from '../app/services';
import { ApiFailure } from '../../shared/api/errors';
import { formatTable } from './table';

/**
 * Chamber mode from the terminal (see README「商工会議所モード」):
 *   migrate-to <url> [--data-dir DIR] [--merge SRC=DST]… [--separate SRC]… [--json]
 *   chamber init <admin-url>                     roles, schema and privileges (run once, and after an update)
 *   chamber add-user <admin-url> <login> --name 名前 [--manager]   a login for an advisor (password: BANSO_NEW_PASSWORD or typed)
 *   checkout <application-id> <url> [--data-dir DIR]   copies an application to this PC's SQLite to work offline
 *   checkin <application-id> <url> [--data-dir DIR] [--prefer server|laptop]   merges it back (three-way)
 */
export class CliError extends Error {}

const all = (args: string[], name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const one = (args: string[], name: string) => all(args, name)[0];
const positional = (args: string[]) => args.filter((a, i) => !a.startsWith('--') && !(args[i - 1]?.startsWith('--') && !['--json', '--manager'].includes(args[i - 1]!)));
const dataDirOf = (args: string[]) => path.resolve(one(args, '--data-dir') ?? (process.env.BANSO_DATA_DIR?.trim() || path.join(os.homedir(), '.banso')));
const needUrl = (url: string | undefined, what: string) => {
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new CliError(`${what} needs a postgres:// URL`);
  return url;
};
const failureText = (e: unknown) => (e instanceof ApiFailure ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e));

export async function migrateToCommand(args: string[]): Promise<number> {
  const url = needUrl(positional(args)[0], 'migrate-to');
  const dataDir = dataDirOf(args);
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file)) throw new CliError(`No Banso database at ${file} (use --data-dir)`);
  const merge = new Map<string, string>();
  for (const m of all(args, '--merge')) {
    const [a, b] = m.split('=');
    if (!a || !b) throw new CliError('--merge needs SOURCE_CLIENT_ID=CHAMBER_CLIENT_ID');
    merge.set(a, b);
  }
  const lock = acquireDataDirLock(dataDir); // the app must not write the file meanwhile
  const src = openDatabase(file);
  const target = await openPostgres({ connectionString: url, listen: false }).catch((e: unknown) => {
    src.close();
    lock.release();
    throw new CliError(failureText(e));
  });
  try {
    const report = await migrateTo(src, target, { merge, separate: new Set(all(args, '--separate')) }, loadPacks(dataDir).packs);
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return report.ambiguous.length > 0 ? 3 : report.ok ? 0 : 1;
    }
    if (report.ambiguous.length > 0) {
      console.error('Nothing was copied: these clients have the same name as a client in the chamber database and no 法人番号 to tell them apart.');
      console.error('Say for each whether it is the same firm (--merge SOURCE=CHAMBER) or another one (--separate SOURCE), then run again:');
      console.log(formatTable(['source id', 'name', 'chamber client (id, 担当)'], report.ambiguous.map((a) => [a.sourceId, a.name, a.candidates.map((c) => `${c.id} (${c.advisor || '担当なし'})`).join(', ')])));
      return 3;
    }
    console.log(`${file} → ${describeUrl(url)}`);
    for (const m of report.mergedClients) console.log(`merged: ${m.name} (${m.sourceId} → ${m.chamberId}, by ${m.by})`);
    console.log(
      formatTable(
        ['table', 'in file', 'copied now', 'already there', 'checksum file', 'checksum chamber', 'differs'],
        report.tables.map((t) => [t.table, String(t.source), String(t.copied), String(t.alreadyThere), t.checksumSource, t.checksumChamber, t.differing.length ? `${t.differing.length} (${t.differing.slice(0, 3).join(', ')})` : '']),
      ),
    );
    for (const p of report.packs) console.log(`rule pack ${p.id}: ${p.result}`);
    console.log(report.ok ? 'OK: every row of the file reads back the same from the chamber database.' : 'DIFFERENCES: rows above differ in the chamber database (edited there since an earlier copy?). Nothing of the chamber was overwritten.');
    return report.ok ? 0 : 1;
  } finally {
    src.close();
    await target.close();
    lock.release();
  }
}

/** Roles (if this login may create them), the schema, and the privileges: what a chamber runs once. */
async function chamberInit(adminUrl: string): Promise<number> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    for (const role of [ADVISOR_ROLE, MANAGER_ROLE]) {
      const exists = (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
      if (!exists) await c.query(`CREATE ROLE ${role} NOLOGIN`);
    }
    await c.query(`GRANT ${ADVISOR_ROLE} TO ${MANAGER_ROLE}`);
  } finally {
    await c.end();
  }
  const store = await openPostgres({ connectionString: adminUrl, listen: false });
  try {
    await store.run(GRANTS_SQL);
  } finally {
    await store.close();
  }
  console.log(`Chamber database ready at ${describeUrl(adminUrl)}: roles ${ADVISOR_ROLE} and ${MANAGER_ROLE}, schema migrated, privileges granted.`);
  console.log('Next: npm run cli -- chamber add-user <admin-url> <login> --name "氏名" [--manager]');
  return 0;
}

async function readPassword(): Promise<string> {
  const env = process.env.BANSO_NEW_PASSWORD;
  if (env) return env;
  if (!process.stdin.isTTY) return (await new Response(process.stdin as unknown as ReadableStream).text()).trim();
  process.stdout.write('Password for the new login: ');
  return new Promise((resolve) => process.stdin.once('data', (d) => resolve(String(d).trim())));
}

async function addUser(adminUrl: string, login: string, name: string, manager: boolean): Promise<number> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(login)) throw new CliError('login: lower-case letters, digits and _ (e.g. tanaka_m)');
  const password = await readPassword();
  if (password.length < 10) throw new CliError('The password needs at least 10 characters.');
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const exists = (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login])).rowCount;
    await c.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${c.escapeIdentifier(login)} LOGIN PASSWORD ${c.escapeLiteral(password)}`);
    await c.query(`GRANT ${manager ? MANAGER_ROLE : ADVISOR_ROLE} TO ${c.escapeIdentifier(login)}`);
    if (!manager) await c.query(`REVOKE ${MANAGER_ROLE} FROM ${c.escapeIdentifier(login)}`);
    await c.query(`INSERT INTO people (login, name, role) VALUES ($1, $2, $3) ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = excluded.role`, [login, name, manager ? 'manager' : 'advisor']);
  } finally {
    await c.end();
  }
  console.log(`${login} (${name}) can now sign in as ${manager ? 'manager' : 'advisor'}.`);
  return 0;
}

export async function chamberCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const pos = positional(rest);
  if (sub === 'init') return chamberInit(needUrl(pos[0], 'chamber init'));
  if (sub === 'add-user') {
    const name = one(rest, '--name');
    if (!pos[1] || !name) throw new CliError('chamber add-user <admin-url> <login> --name 氏名 [--manager]');
    return addUser(needUrl(pos[0], 'chamber add-user'), pos[1], name, rest.includes('--manager'));
  }
  throw new CliError('chamber init <admin-url> | chamber add-user <admin-url> <login> --name 氏名 [--manager]');
}

async function both<T>(args: string[], fn: (server: Services, laptop: Services) => Promise<T>): Promise<T> {
  const [, url] = positional(args);
  const common = { appRoot: findAppRoot(path.dirname(fileURLToPath(import.meta.url))), version: 'cli', transport: 'http' as const, seed: 'empty' as const };
  const server = await openServices({ ...common, dataDir: os.tmpdir(), databaseUrl: needUrl(url, 'checkout/checkin') }).catch((e: unknown) => {
    throw new CliError(failureText(e));
  });
  try {
    const laptop = await openServices({ ...common, dataDir: dataDirOf(args) }).catch((e: unknown) => {
      throw new CliError(failureText(e));
    });
    try {
      return await fn(server, laptop);
    } finally {
      await laptop.close();
    }
  } finally {
    await server.close();
  }
}

/** 持ち出し: the application (with its client) into this PC's SQLite, with the version it left as the base. */
export async function checkoutCommand(args: string[]): Promise<number> {
  const [id] = positional(args);
  if (!id) throw new CliError('checkout <application-id> <url> [--data-dir DIR]');
  return both(args, async (server, laptop) => {
    const file = await server.handlers.exportReviewFile({ applicationId: id, role: 'advisor', purpose: 'checkout' });
    const app = await laptop.handlers.openReviewFile({ base64: file.base64 });
    console.log(`Checked out 「${app.title}」 (revision ${app.revision}) to ${laptop.dbPath}. Edit it there, then: npm run cli -- checkin ${id} <url>`);
    return 0;
  });
}

/** 持ち帰り: merges the laptop's version into the server's (three-way, from the version checked out). */
export async function checkinCommand(args: string[]): Promise<number> {
  const [id] = positional(args);
  const prefer = one(args, '--prefer');
  if (!id || (prefer !== undefined && prefer !== 'server' && prefer !== 'laptop')) throw new CliError('checkin <application-id> <url> [--data-dir DIR] [--prefer server|laptop]');
  return both(args, async (server, laptop) => {
    const file = await laptop.handlers.exportReviewFile({ applicationId: id, role: 'owner', purpose: 'checkout' });
    const current = await server.handlers.getApplication({ id });
    const first = await server.handlers.importReviewFile({ applicationId: id, base64: file.base64, resolutions: {}, baseRevision: current.revision });
    if (first.applied) {
      console.log(`Checked in: ${first.appliedChanges} change(s) from this PC merged into the chamber's 「${current.title}」.`);
      return 0;
    }
    if (!prefer) {
      const out = path.resolve(file.fileName);
      fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
      console.error(`${first.conflicts.length} part(s) were changed both here and on the server. Nothing was merged.`);
      console.error(`Choose per part in the app (申請 →「事業者確認を取り込む」with ${out}), or run again with --prefer server|laptop.`);
      return 1;
    }
    const choice: 'advisor' | 'owner' = prefer === 'server' ? 'advisor' : 'owner';
    const resolutions = Object.fromEntries(first.conflicts.map((c: { id: string }) => [c.id, choice]));
    const done = await server.handlers.importReviewFile({ applicationId: id, base64: file.base64, resolutions, baseRevision: current.revision });
    console.log(`Checked in: ${done.appliedChanges} change(s) merged; ${first.conflicts.length} conflicting part(s) kept from the ${prefer}.`);
    return 0;
  });
}
