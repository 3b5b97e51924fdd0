import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseRulePack, type RulePack } from '../../shared/rounds/rulePack';
import type { TemplateLoadError } from '../templates/loadTemplates';

/**
 * Rule packs in the data folder (rulepacks/<id>.banso-rules.json), loaded at start beside the shipped
 * templates. Each file is read whole or refused whole, with its reason listed where template errors are
 * (設定・情報). Written atomically (temporary file, then rename), so a crash never leaves half a pack.
 */
export const PACK_DIR = 'rulepacks';
export const PACK_SUFFIX = '.banso-rules.json';

export const packFileName = (id: string) => `${id}${PACK_SUFFIX}`;

/** The same SHA-256 as shared/review/sha256, natively. */
export const nodeSha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function loadPacks(dataDir: string): { packs: RulePack[]; errors: TemplateLoadError[] } {
  const dir = path.join(dataDir, PACK_DIR);
  const packs: RulePack[] = [];
  const errors: TemplateLoadError[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith(PACK_SUFFIX)).sort();
  } catch {
    return { packs, errors }; // no folder yet: no packs
  }
  const ids = new Set<string>();
  for (const name of names) {
    const shown = path.join(PACK_DIR, name);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch {
      errors.push({ file: shown, path: '', message: 'JSONとして読めません（ファイルが壊れています）' });
      continue;
    }
    const r = parseRulePack(raw, nodeSha256Hex);
    if (!r.ok) {
      errors.push(...(r.errors.length > 0 ? r.errors.slice(0, 5).map((e) => ({ file: shown, path: e.path, message: `${r.message} ${e.message}` })) : [{ file: shown, path: '', message: r.message }]));
      continue;
    }
    if (ids.has(r.value.template.id)) continue;
    ids.add(r.value.template.id);
    packs.push(r.value);
  }
  return { packs, errors };
}

/**
 * Writes a pack under its id, never over another: rule packs are added, not edited (a new round gets a new
 * id), so a window working from an older list can never replace what another saved. Returns the checksum
 * of the pack already there under that id, if any (nothing is written then).
 */
export function writePack(dataDir: string, pack: RulePack): { file: string; existing?: string } {
  const dir = path.join(dataDir, PACK_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, packFileName(pack.template.id));
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(pack, null, 1));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, file); // atomic, and refused when the name is taken (rename would replace it)
    return { file };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return { file, existing: checksumOf(file) };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function checksumOf(file: string): string {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { checksum?: unknown };
    return typeof raw.checksum === 'string' ? raw.checksum : '';
  } catch {
    return ''; // damaged: not the same pack
  }
}
