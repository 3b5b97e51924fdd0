/**
 * Browser mode: `npm run serve [-- --port N] [--empty] [--demo] [--database-url postgres://…]`. Prints the
 * URL to open (token included) as its first line of output, then serves until stopped.
 * BANSO_DATABASE_URL (or --database-url) serves the chamber's PostgreSQL database instead of this
 * PC's SQLite file; a chamber's database gets the demo cases only with --demo.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openServicesOrFailure } from './app/services';
import { findAppRoot, resolveDataDir } from './app/paths';
import { startBridge } from './bridge/server';
import { ApiFailure } from '../shared/api/errors';

function parseArgs(argv: string[]): { port: number; empty: boolean; demo: boolean; databaseUrl: string | undefined } {
  let port = 0;
  let empty = process.env.BANSO_EMPTY === '1';
  let demo = false;
  let databaseUrl = process.env.BANSO_DATABASE_URL?.trim() || undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number between 0 and 65535, got ${argv[i]}`);
    } else if (a?.startsWith('--port=')) port = Number(a.slice(7));
    else if (a === '--empty') empty = true;
    else if (a === '--demo') demo = true;
    else if (a === '--database-url') databaseUrl = argv[++i];
    else throw new Error(`Unknown option: ${a}. Usage: npm run serve -- [--port N] [--empty] [--demo] [--database-url postgres://user@host/db]`);
  }
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('--database-url (BANSO_DATABASE_URL) must start with postgres://');
  return { port, empty, demo, databaseUrl };
}

async function main(): Promise<void> {
  const { port, empty, demo, databaseUrl } = parseArgs(process.argv.slice(2));
  const appRoot = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));
  const version = (JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = resolveDataDir(path.join(os.homedir(), '.banso'));
  const seed = empty ? 'empty' : databaseUrl && !demo ? 'empty' : 'demo';
  const opened = await openServicesOrFailure({ dataDir, appRoot, version, transport: 'http', seed, ...(databaseUrl ? { databaseUrl } : {}) });
  // BANSO_RENDERER_DIR: a renderer built elsewhere (parallel test runs build into their own folder).
  const rendererDir = process.env.BANSO_RENDERER_DIR?.trim() || path.join(appRoot, 'dist', 'renderer');
  const bridge = await startBridge({ handlers: opened.handlers, rendererDir, port });
  process.stdout.write(`${bridge.url}\n`);
  if (opened.failure) console.error(`Banso cannot open its database (${opened.failure.code}): it was left untouched.`);
  console.error(`Banso browser mode. Data: ${opened.dbPath}. Open the printed URL in a browser on this machine; Ctrl+C stops.`);
  const stop = () => {
    void bridge
      .close()
      .then(() => opened.services?.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  const msg = e instanceof ApiFailure ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  console.error(`Banso could not start: ${msg}`);
  process.exit(1);
});
