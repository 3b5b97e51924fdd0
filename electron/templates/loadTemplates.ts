import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { Template } from '../../shared/templates/template';
import { formatIssuePath } from '../../shared/format/issuePath';
import { loadPacks, PACK_DIR, packFileName } from '../rounds/packStore';
import type { TemplateSet } from '../api/handlers';

/**
 * Reads every templates/<id>/ folder (template.json + rules.json, and aftercare.json when present) and validates it as a `Template`.
 * A bad folder is refused with errors naming its file and the path of the bad value; the others load.
 * Folders holding neither file (other data kept under templates/) are skipped.
 */
export interface TemplateLoadError {
  /** e.g. templates/monozukuri-20/rules.json */
  file: string;
  /** e.g. numeric[2].target.percent ('' for the whole file) */
  path: string;
  message: string;
}

export interface LoadedTemplates {
  templates: Template[];
  errors: TemplateLoadError[];
}

const MAX_ISSUES_PER_FOLDER = 20;


type ReadResult = { ok: true; value: unknown } | { ok: false; error: TemplateLoadError };

function readJson(file: string, shownAs: string): ReadResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { ok: false, error: { file: shownAs, path: '', message: 'ファイルがありません' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: { file: shownAs, path: '', message: `JSONとして読めません: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

function issuesToErrors(issues: readonly z.core.$ZodIssue[], templateFile: string, rulesFile: string, aftercareFile = ''): TemplateLoadError[] {
  return issues.slice(0, MAX_ISSUES_PER_FOLDER).map((issue) => {
    const own = issue.path[0] === 'rules' ? rulesFile : issue.path[0] === 'aftercare' ? aftercareFile : null;
    return {
      file: own ?? templateFile,
      path: formatIssuePath(own !== null ? issue.path.slice(1) : issue.path),
      message: issue.message,
    };
  });
}

export function loadTemplates(dir: string): LoadedTemplates {
  const templates: Template[] = [];
  const errors: TemplateLoadError[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return { templates, errors: [{ file: dir, path: '', message: '様式フォルダが読めません' }] };
  }
  const shown = (folder: string, name: string) => path.join(path.basename(dir), folder, name);
  const seen = new Set<string>();

  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = entry.name;
    const templateFile = shown(folder, 'template.json');
    const rulesFile = shown(folder, 'rules.json');
    // Other data may live beside the templates (e.g. templates/lokaben/): a folder with neither file is not a template.
    if (!fs.existsSync(path.join(dir, folder, 'template.json')) && !fs.existsSync(path.join(dir, folder, 'rules.json'))) continue;
    const t = readJson(path.join(dir, folder, 'template.json'), templateFile);
    const r = readJson(path.join(dir, folder, 'rules.json'), rulesFile);
    if (!t.ok || !r.ok) {
      if (!t.ok) errors.push(t.error);
      if (!r.ok) errors.push(r.error);
      continue;
    }
    if (typeof t.value !== 'object' || t.value === null || Array.isArray(t.value)) {
      errors.push({ file: templateFile, path: '', message: 'オブジェクトではありません' });
      continue;
    }
    // aftercare.json (optional): after 採択 — targets, 返還 rules, reports (shared/aftercare/schema.ts).
    const aftercareFile = shown(folder, 'aftercare.json');
    const a = fs.existsSync(path.join(dir, folder, 'aftercare.json')) ? readJson(path.join(dir, folder, 'aftercare.json'), aftercareFile) : null;
    if (a && !a.ok) {
      errors.push(a.error);
      continue;
    }
    const parsed = Template.safeParse({ ...t.value, rules: r.value, ...(a ? { aftercare: a.value } : {}) });
    if (!parsed.success) {
      errors.push(...issuesToErrors(parsed.error.issues, templateFile, rulesFile, aftercareFile));
      continue;
    }
    if (parsed.data.id !== folder) {
      errors.push({ file: templateFile, path: 'id', message: `id "${parsed.data.id}" がフォルダ名 "${folder}" と一致しません` });
      continue;
    }
    if (seen.has(parsed.data.id)) continue;
    seen.add(parsed.data.id);
    templates.push(parsed.data);
  }
  return { templates, errors };
}

/**
 * The shipped rounds (appRoot/templates) and the rounds made in the app (dataDir/rulepacks): one set.
 * A pack whose id a release now ships is left out (the shipped one wins) and listed as an error.
 * `dataDir` null: the shipped rounds only (the chamber's packs come from its database, rounds/packSource.ts).
 */
export function loadTemplateSet(appRoot: string, dataDir: string | null): TemplateSet {
  const shipped = loadTemplates(path.join(appRoot, 'templates'));
  const { packs, errors } = dataDir === null ? { packs: [], errors: [] } : loadPacks(dataDir);
  const ids = new Set(shipped.templates.map((t) => t.id));
  const kept = packs.filter((p) => {
    if (!ids.has(p.template.id)) return true;
    errors.push({ file: path.join(PACK_DIR, packFileName(p.template.id)), path: 'template.id', message: '同梱の公募回と同じIDのため読み込みませんでした' });
    return false;
  });
  return { templates: [...shipped.templates, ...kept.map((p) => p.template)], errors: [...shipped.errors, ...errors], packs: new Map(kept.map((p) => [p.template.id, p])) };
}
