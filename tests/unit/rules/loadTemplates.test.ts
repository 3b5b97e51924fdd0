import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/templates/loadTemplates';
import { formatIssuePath } from '../../../shared/format/issuePath';

/** The loader: every real template loads; a broken folder is refused with its file and the bad value's path. */

const realDir = path.resolve(__dirname, '../../../templates');
const tmpDirs: string[] = [];

function copyTemplates(ids: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-templates-'));
  tmpDirs.push(root);
  const dir = path.join(root, 'templates');
  fs.mkdirSync(dir);
  for (const id of ids) fs.cpSync(path.join(realDir, id), path.join(dir, id), { recursive: true });
  return dir;
}

function editJson(file: string, edit: (j: Record<string, unknown>) => void): void {
  const j = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(j);
  fs.writeFileSync(file, JSON.stringify(j));
}

afterEach(() => {
  for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('loadTemplates', () => {
  it('loads all nine real templates without errors', () => {
    const r = loadTemplates(realDir);
    expect(r.errors).toEqual([]);
    expect(r.templates.map((t) => t.id).sort()).toEqual([
      'jizokuka-17',
      'jizokuka-20',
      'jizokuka-sogyo-4',
      'keiei-kakushin-h28',
      'keiei-kakushin-r2',
      'keiei-kakushin-r3',
      'monozukuri-18',
      'monozukuri-20',
      'shinmono-1',
    ]);
  });

  it('keeps one current rule set per program line and the 2025 rounds as reference, with their dates', () => {
    const byId = new Map(loadTemplates(realDir).templates.map((t) => [t.id, t]));
    const current = [...byId.values()].filter((t) => t.current).map((t) => t.id).sort();
    expect(current).toEqual(['jizokuka-20', 'jizokuka-sogyo-4', 'keiei-kakushin-r3', 'shinmono-1']);
    expect(byId.get('jizokuka-20')?.round).toMatchObject({ openFrom: '2026-11-05', deadline: '2026-12-15', deadlineTime: '17:00', yoshiki4Deadline: '2026-12-04' });
    expect(byId.get('jizokuka-17')?.round).toMatchObject({ openFrom: '2025-05-01', deadline: '2025-06-13', deadlineTime: '17:00', yoshiki4Deadline: '2025-06-03' });
    expect(byId.get('monozukuri-20')?.round).toMatchObject({ deadline: '2025-07-25', deadlineTime: '17:00' });
    expect(byId.get('monozukuri-18')?.round).toMatchObject({ deadline: '2024-03-27', source: { unconfirmed: true, confidence: 'L' } });
    expect(byId.get('shinmono-1')).toMatchObject({ programId: 'shinMonozukuri', successorOf: 'monozukuri', round: { openFrom: '2026-09-30', deadline: '2026-10-30', deadlineTime: '18:00' } });
    expect(byId.get('keiei-kakushin-r3')?.round).toBeUndefined(); // 経営革新 is approved on a rolling basis
  });

  it('refuses a folder whose rules.json has a bad value, naming the file and the path; the others load', () => {
    const dir = copyTemplates(['monozukuri-20', 'jizokuka-17']);
    editJson(path.join(dir, 'monozukuri-20', 'rules.json'), (j) => {
      const numeric = j.numeric as { target?: { percent?: unknown } }[];
      const rule = numeric[1];
      if (rule?.target) rule.target.percent = 'three';
    });
    const r = loadTemplates(dir);
    expect(r.templates.map((t) => t.id)).toEqual(['jizokuka-17']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: path.join('templates', 'monozukuri-20', 'rules.json'), path: 'numeric[1].target.percent' });
  });

  it('refuses a condition naming an option the template does not have (cross-reference), with its path', () => {
    const dir = copyTemplates(['jizokuka-17']);
    editJson(path.join(dir, 'jizokuka-17', 'rules.json'), (j) => {
      const subsidy = j.subsidy as { addOns: { when: { value: string }[] }[] };
      const first = subsidy.addOns[0]?.when[0];
      if (first) first.value = 'invoiceTokurei';
    });
    const r = loadTemplates(dir);
    expect(r.templates).toEqual([]);
    expect(r.errors[0]).toMatchObject({ file: path.join('templates', 'jizokuka-17', 'rules.json'), path: 'subsidy.addOns[0].when[0].value' });
    expect(r.errors[0]?.message).toContain('invoiceTokurei');
  });

  it('attributes template.json problems to template.json', () => {
    const dir = copyTemplates(['keiei-kakushin-r2', 'keiei-kakushin-h28']);
    editJson(path.join(dir, 'keiei-kakushin-r2', 'template.json'), (j) => {
      const sections = j.sections as { fields: { kind: string }[] }[];
      const f = sections[0]?.fields[0];
      if (f) f.kind = 'slider';
    });
    const r = loadTemplates(dir);
    expect(r.templates.map((t) => t.id)).toEqual(['keiei-kakushin-h28']);
    expect(r.errors[0]?.file).toBe(path.join('templates', 'keiei-kakushin-r2', 'template.json'));
    expect(r.errors[0]?.path).toBe('sections[0].fields[0].kind');
  });

  it('refuses unreadable JSON, a missing rules.json, and an id that differs from its folder', () => {
    const dir = copyTemplates(['monozukuri-18', 'monozukuri-20', 'keiei-kakushin-r2']);
    fs.writeFileSync(path.join(dir, 'monozukuri-18', 'rules.json'), '{ "numeric": [');
    fs.rmSync(path.join(dir, 'monozukuri-20', 'rules.json'));
    editJson(path.join(dir, 'keiei-kakushin-r2', 'template.json'), (j) => {
      j.id = 'keiei-kakushin-r3';
    });
    const r = loadTemplates(dir);
    expect(r.templates).toEqual([]);
    expect(r.errors.map((e) => [e.file, e.path])).toEqual([
      [path.join('templates', 'keiei-kakushin-r2', 'template.json'), 'id'],
      [path.join('templates', 'monozukuri-18', 'rules.json'), ''],
      [path.join('templates', 'monozukuri-20', 'rules.json'), ''],
    ]);
  });

  it('skips a folder that holds neither template.json nor rules.json (other data under templates/)', () => {
    const dir = copyTemplates(['jizokuka-17']);
    fs.mkdirSync(path.join(dir, 'lokaben'));
    fs.writeFileSync(path.join(dir, 'lokaben', 'benchmarks.json'), '{}');
    const r = loadTemplates(dir);
    expect(r.errors).toEqual([]);
    expect(r.templates.map((t) => t.id)).toEqual(['jizokuka-17']);
  });

  it('reports a missing templates folder instead of throwing', () => {
    const r = loadTemplates(path.join(os.tmpdir(), 'banso-no-such-dir-xyz'));
    expect(r.templates).toEqual([]);
    expect(r.errors).toHaveLength(1);
  });

  it('formats issue paths', () => {
    expect(formatIssuePath(['numeric', 3, 'when', 0, 'value'])).toBe('numeric[3].when[0].value');
    expect(formatIssuePath([])).toBe('');
  });
});
