/**
 * Batch work from the terminal: `npm run cli -- <command>`.
 *   check <file> [--json]                         findings of an application file; exit 1 on any error
 *   demo --out DIR                                writes the demo applications as application files
 *   export <file> --format docx|pdf|package --out PATH
 *   rounds [--json] [--today YYYY-MM-DD]          every 公募回 with its dates and open/closed as of today
 *   rounds diff <templateId> <templateId> [--json] 「前回からの変更点」 between two rounds
 *   similar <dir|banso.sqlite> [--json]          pairs of applications (of different clients) that read alike
 *   migrate-to, chamber init|add-user, checkout, checkin: chamber mode (see ./chamber.ts)
 * An application file is the JSON the app exports (format banso.application, with a schema version),
 * or an application package (.zip).
 */
import { checkContextOf } from '../../shared/checks/clientContext';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkApplication } from '../../shared/checks/index';
import { parseApplicationFile, type ApplicationFile } from '../../shared/schemas/applicationFile';
import { SEVERITY_NAMES } from '../../shared/export/checkReport';
import { CRITERION_STATUS_NAMES } from '../../shared/checks/types';
import { findAppRoot } from '../app/paths';
import { loadTemplateSet } from '../templates/loadTemplates';
import os from 'node:os';
import { deadlineLabel, ROUND_STATE_NAMES, sortRounds, summarizeRound } from '../../shared/rounds/state';
import { diffRounds } from '../../shared/rounds/diff';
import { PROGRAM_NAMES } from '../../shared/schemas/common';
import { readPackage } from '../export/applicationPackage';
import { exportApplication } from '../export/exportApplication';
import { ExportFormat } from '../../shared/api/contract';
import { formatTable } from './table';
import { ApiFailure } from '../../shared/api/errors';
import { demoApplicationFiles } from './demoFiles';
import { similarCommand } from './similar';
import { chamberCommand, checkinCommand, checkoutCommand, CliError, migrateToCommand } from './chamber';

const USAGE = `Usage:
  npm run cli -- check <file.json|package.zip> [--json]
  npm run cli -- demo --out DIR
  npm run cli -- export <file.json|package.zip> --format docx|pdf|package --out PATH
  npm run cli -- rounds [--json] [--today YYYY-MM-DD]
  npm run cli -- rounds diff <templateId> <templateId> [--json]
  npm run cli -- similar <dir|banso.sqlite> [--json]
  npm run cli -- migrate-to <postgres-url> [--data-dir DIR] [--merge SRC=DST]... [--separate SRC]... [--json]
  npm run cli -- chamber init <admin-postgres-url>
  npm run cli -- chamber add-user <admin-postgres-url> <login> --name 氏名 [--manager]
  npm run cli -- checkout <application-id> <postgres-url> [--data-dir DIR]
  npm run cli -- checkin <application-id> <postgres-url> [--data-dir DIR] [--prefer server|laptop]`;


function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new CliError(`${name} needs a value`);
  return v;
}

function readApplicationFile(file: string): ApplicationFile {
  if (!fs.existsSync(file)) throw new CliError(`File not found: ${file}`);
  const bytes = fs.readFileSync(file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const r = readPackage(new Uint8Array(bytes));
    if (!r.ok) throw new CliError(`${file}: ${r.message}`);
    return r.data;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CliError(`${file} is neither an application file (JSON) nor a package (.zip)`);
  }
  const r = parseApplicationFile(raw);
  if (!r.ok) throw new CliError(`${file}: ${r.message}`);
  return r.file;
}

/** The shipped rounds and those made in the app (rule packs in the data folder: BANSO_DATA_DIR or ~/.banso). */
function context() {
  const appRoot = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));
  const dataDir = process.env.BANSO_DATA_DIR?.trim() || path.join(os.homedir(), '.banso');
  const loaded = loadTemplateSet(appRoot, dataDir);
  for (const e of loaded.errors) console.error(`warning: template refused: ${e.file} at ${e.path || '(file)'}: ${e.message}`);
  const version = (JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return { appRoot, templates: loaded.templates, packs: loaded.packs ?? new Map(), version };
}

function templateFor(templates: ReturnType<typeof context>['templates'], data: ApplicationFile) {
  const t = templates.find((x) => x.id === data.application.templateId);
  if (!t) throw new CliError(`Unknown template "${data.application.templateId}" (this version knows: ${templates.map((x) => x.id).join(', ')})`);
  return t;
}

function check(args: string[]): number {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new CliError(USAGE);
  const { templates } = context();
  const data = readApplicationFile(file);
  const t = templateFor(templates, data);
  const report = checkApplication(t, data.application, checkContextOf(data.client));
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const title = (id?: string) => t.sections.find((s) => s.id === id)?.title ?? '(全体)';
    console.log(`${data.client.name} / ${data.application.title} (${t.name})`);
    console.log(formatTable(['重要度', '項目', '内容'], report.findings.map((f) => [SEVERITY_NAMES[f.severity], title(f.sectionId), f.message])));
    console.log('');
    console.log(formatTable(['審査項目', '状況'], report.coverage.map((c) => [c.title, CRITERION_STATUS_NAMES[c.status]])));
    const r = report.readiness;
    console.log(`\nerrors ${r.errors}, warnings ${r.warnings}, hints ${r.hints}; criteria ${r.criteriaOk}/${r.criteriaTotal} ok`);
  }
  return report.readiness.errors > 0 ? 1 : 0;
}

function demo(args: string[]): number {
  const out = option(args, '--out');
  if (!out) throw new CliError('demo needs --out DIR');
  const { templates, appRoot, version } = context();
  fs.mkdirSync(out, { recursive: true });
  for (const { name, file } of demoApplicationFiles(templates, appRoot, version)) {
    fs.writeFileSync(path.join(out, name), `${JSON.stringify(file, null, 2)}\n`);
    console.log(path.join(out, name));
  }
  return 0;
}

async function exportCmd(args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const format = ExportFormat.safeParse(option(args, '--format'));
  const out = option(args, '--out');
  if (!file || !out || !format.success || !['docx', 'pdf', 'package'].includes(format.data)) throw new CliError(USAGE);
  const { templates, version } = context();
  const data = readApplicationFile(file);
  const result = await exportApplication({ template: templateFor(templates, data), application: data.application, client: data.client, appVersion: version }, format.data);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, result.bytes);
  for (const w of result.warnings) console.error(`warning: ${w}`);
  console.log(`${out} (${result.bytes.length.toLocaleString('en-US')} bytes)`);
  return 0;
}

function rounds(args: string[]): number {
  const { templates, packs } = context();
  if (args[0] === 'diff') {
    const [a, b] = [args[1], args[2]].map((id) => templates.find((t) => t.id === id));
    if (!a || !b) throw new CliError(`rounds diff needs two template ids (known: ${templates.map((t) => t.id).join(', ')})`);
    const changes = diffRounds(a, b);
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(changes, null, 2)}\n`);
    else {
      console.log(`${a.name} → ${b.name}`);
      console.log(formatTable(['区分', '項目', '変更', '前回', '今回'], changes.map((c) => [c.areaName, c.label, c.change, c.before, c.after])));
    }
    return 0;
  }
  const today = option(args, '--today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError('--today needs YYYY-MM-DD');
  const now = today ? new Date(`${today}T12:00:00+09:00`) : new Date();
  const list = sortRounds(templates.map((t) => summarizeRound(t, now, packs.has(t.id))));
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  console.log(
    formatTable(
      ['制度', '公募回', '状態', '公募開始', '締切', '様式4締切', '採択発表', 'id'],
      list.map((r) => [PROGRAM_NAMES[r.programId], r.name, ROUND_STATE_NAMES[r.state], r.round?.openFrom ?? '—', r.round ? deadlineLabel(r.round) : '—', r.round?.yoshiki4Deadline ?? '—', r.round?.adoptionAnnouncement ?? '—', `${r.templateId}${r.pack ? ' (pack)' : ''}`]),
    ),
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  if (cmd === 'rounds') return rounds(args);
  if (cmd === 'check') return check(args);
  if (cmd === 'demo') return demo(args);
  if (cmd === 'export') return exportCmd(args);
  if (cmd === 'migrate-to') return migrateToCommand(args);
  if (cmd === 'chamber') return chamberCommand(args);
  if (cmd === 'checkout') return checkoutCommand(args);
  if (cmd === 'checkin') return checkinCommand(args);
  if (cmd === 'similar') return similarCommand(args, { read: readApplicationFile, templates: () => context().templates });
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof CliError ? e.message : e instanceof ApiFailure ? `${e.code}: ${e.message}` : `error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
