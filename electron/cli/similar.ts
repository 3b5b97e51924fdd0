/**
 * `npm run cli -- similar <dir|banso.sqlite> [--json]`: every pair of applications (of different
 * clients) with passages that read alike, and every application that copies a template's 記載例.
 * Information for the advisor: the exit code is 0 whatever is found.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SimilarSide } from '../../shared/api/similarContract';
import type { ApplicationContent } from '../../shared/schemas/application';
import type { ApplicationFile } from '../../shared/schemas/applicationFile';
import type { ProgramId } from '../../shared/schemas/common';
import type { Template } from '../../shared/templates/template';
import { SimilarCorpus } from '../../shared/similar/corpus';
import { describeMatch, sectionName, type ApplicationMeta } from '../../shared/similar/describe';
import { applicationDoc, exampleSources } from '../../shared/similar/sources';
import type { SimilarDoc } from '../../shared/similar/types';
import { SCHEMA_VERSION } from '../store/migrations/index';

export interface PortfolioEntry extends ApplicationMeta {
  clientId: string;
  content: ApplicationContent;
  /** The file it was read from (a directory), if any. */
  file?: string;
}

export interface SimilarPairPassage {
  similarity: number;
  chars: number;
  a: SimilarSide;
  b: SimilarSide;
}

export interface SimilarPair {
  a: { id: string; title: string; clientName: string; templateId: string; file?: string };
  b: { kind: 'application'; id: string; title: string; clientName: string; templateId: string; file?: string } | { kind: 'example'; templateId: string; templateName: string };
  maxSimilarity: number;
  passages: SimilarPairPassage[];
}

class SimilarCliError extends Error {}

/** Application files (.json) and packages (.zip) in a directory; other files are skipped with a warning. */
export function entriesFromDir(dir: string, read: (file: string) => ApplicationFile, warn: (m: string) => void): PortfolioEntry[] {
  const out: PortfolioEntry[] = [];
  const seen = new Set<string>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.(json|zip)$/i.test(name)) continue;
    const file = path.join(dir, name);
    let data: ApplicationFile;
    try {
      data = read(file);
    } catch (e) {
      warn(`skipped ${name}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const a = data.application;
    if (seen.has(a.id)) {
      warn(`skipped ${name}: the same application as an earlier file`);
      continue;
    }
    seen.add(a.id);
    out.push({ id: a.id, title: a.title, clientId: data.client.id, clientName: data.client.name, programId: a.programId, templateId: a.templateId, content: a.content, file: name });
  }
  return out;
}

/** Every application of a Banso database, read-only (the file is not changed). */
export function entriesFromDb(file: string): PortfolioEntry[] {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new SimilarCliError(`${file}: cannot open (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const version = Number(db.pragma('user_version', { simple: true }));
    const isBanso = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'banso_meta'").get() !== undefined;
    if (!isBanso || version === 0) throw new SimilarCliError(`${file} is not a Banso database`);
    if (version > SCHEMA_VERSION) throw new SimilarCliError(`${file} was written by a newer Banso (schema ${version}; this one knows ${SCHEMA_VERSION})`);
    const rows = db
      .prepare('SELECT a.id, a.title, a.client_id, a.program_id, a.template_id, a.content, c.name AS client_name FROM applications a JOIN clients c ON c.id = a.client_id ORDER BY c.name, a.title, a.id')
      .all() as { id: string; title: string; client_id: string; program_id: ProgramId; template_id: string; content: string; client_name: string }[];
    return rows.map((r) => ({ id: r.id, title: r.title, clientId: r.client_id, clientName: r.client_name, programId: r.program_id, templateId: r.template_id, content: JSON.parse(r.content) as ApplicationContent }));
  } catch (e) {
    if (e instanceof SimilarCliError) throw e;
    throw new SimilarCliError(`${file} is not a Banso database (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    db.close();
  }
}

/** Each pair once (from the earlier application's side), strongest first. */
export function similarPairs(entries: PortfolioEntry[], templates: readonly Template[]): SimilarPair[] {
  const docs = new Map<string, SimilarDoc>();
  const examples = new Map(exampleSources(templates).map((e) => [e.doc.id, e]));
  const corpus = new SimilarCorpus((id) => docs.get(id) ?? examples.get(id)?.doc);
  for (const e of examples.values()) corpus.upsert(e.doc);
  const order = new Map(entries.map((e, i) => [e.id, i]));
  for (const e of entries) {
    const doc = applicationDoc(e);
    docs.set(e.id, doc);
    corpus.upsert(doc);
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const templateById = new Map(templates.map((t) => [t.id, t]));
  const lookup = { template: (id: string) => templateById.get(id), application: (id: string) => byId.get(id), example: (id: string) => examples.get(id) };
  const ref = (e: PortfolioEntry) => ({ id: e.id, title: e.title, clientName: e.clientName, templateId: e.templateId, ...(e.file ? { file: e.file } : {}) });
  const pairs: SimilarPair[] = [];
  for (const e of entries) {
    const grouped = new Map<string, SimilarPair>();
    for (const m of corpus.find(docs.get(e.id)!)) {
      if (m.otherKind === 'application' && order.get(m.otherId)! < order.get(e.id)!) continue;
      const d = describeMatch(m, e, lookup);
      if (!d) continue;
      const key = d.kind === 'example' ? `example:${d.templateId}` : d.applicationId!;
      let pair = grouped.get(key);
      if (!pair) {
        const other = d.kind === 'example' ? { kind: 'example' as const, templateId: d.templateId, templateName: d.templateName } : { kind: 'application' as const, ...ref(byId.get(d.applicationId!)!) };
        grouped.set(key, (pair = { a: ref(e), b: other, maxSimilarity: 0, passages: [] }));
      }
      pair.passages.push({ similarity: d.similarity, chars: d.chars, a: d.here, b: d.there });
      pair.maxSimilarity = Math.max(pair.maxSimilarity, d.similarity);
    }
    pairs.push(...grouped.values());
  }
  const weight = (p: SimilarPair) => p.passages.reduce((n, x) => n + x.similarity * x.chars, 0);
  return pairs.sort((x, y) => Number(x.b.kind === 'example') - Number(y.b.kind === 'example') || weight(y) - weight(x));
}

const clip = (s: string, n = 100) => {
  const flat = s.replace(/\s+/g, ' ');
  return [...flat].length > n ? `${[...flat].slice(0, n).join('')}…` : flat;
};

function formatPairs(pairs: SimilarPair[], count: number): string {
  const lines: string[] = [];
  const name = (x: SimilarPair['b']) => (x.kind === 'example' ? `記載例（${x.templateName}）` : `${x.clientName}『${x.title}』`);
  for (const p of pairs) {
    lines.push(`${name({ ...p.a, kind: 'application' })} ↔ ${name(p.b)}  最大 ${p.maxSimilarity}%（${p.passages.length} 箇所）`);
    for (const x of p.passages) {
      lines.push(`  ${String(x.similarity).padStart(3)}%  ${sectionName(x.a)} ↔ ${sectionName(x.b)}（${x.chars}字）`);
      lines.push(`        「${clip(x.a.text)}」`);
      lines.push(`        「${clip(x.b.text)}」`);
    }
    lines.push('');
  }
  const withOthers = pairs.filter((p) => p.b.kind === 'application').length;
  lines.push(`${count} applications; ${withOthers} pairs of different clients read alike; ${pairs.length - withOthers} copy a template example`);
  return lines.join('\n');
}

export function similarCommand(args: string[], deps: { read: (file: string) => ApplicationFile; templates: () => Template[] }): number {
  const target = args.find((a) => !a.startsWith('--'));
  if (!target) throw new SimilarCliError('similar needs a directory of application files or a banso.sqlite file');
  if (!fs.existsSync(target)) throw new SimilarCliError(`Not found: ${target}`);
  const warn = (m: string) => console.error(`warning: ${m}`);
  const entries = fs.statSync(target).isDirectory() ? entriesFromDir(target, deps.read, warn) : entriesFromDb(target);
  const pairs = similarPairs(entries, deps.templates());
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ applications: entries.length, pairs }, null, 2)}\n`);
  else console.log(formatPairs(pairs, entries.length));
  return 0;
}
