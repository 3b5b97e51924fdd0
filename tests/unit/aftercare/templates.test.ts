import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/templates/loadTemplates';
import { buildRulePack, parseRulePack } from '../../../shared/rounds/rulePack';
import { templateOf, templates } from './fixtures';

/** templates/<id>/aftercare.json: loaded with the template, refused with its path when wrong, carried by rule packs. */
const realDir = path.resolve(__dirname, '../../../templates');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function copy(ids: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-aftercare-'));
  dirs.push(root);
  const dir = path.join(root, 'templates');
  fs.mkdirSync(dir);
  for (const id of ids) fs.cpSync(path.join(realDir, id), path.join(dir, id), { recursive: true });
  return dir;
}
const edit = (file: string, f: (j: Record<string, unknown>) => void) => {
  const j = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  f(j);
  fs.writeFileSync(file, JSON.stringify(j));
};

describe('aftercare.json', () => {
  it('the rounds advisors follow after 採択 have one, every rule with a source', () => {
    const withData = templates.filter((t) => t.aftercare).map((t) => t.id).sort();
    expect(withData).toEqual(['jizokuka-17', 'jizokuka-20', 'keiei-kakushin-h28', 'keiei-kakushin-r2', 'keiei-kakushin-r3', 'monozukuri-18', 'monozukuri-20', 'shinmono-1']);
    for (const t of templates) for (const r of t.aftercare?.henkan ?? []) expect(r.source.note.length).toBeGreaterThan(10);
  });
  it('第20次 is confirmed from the 公募要領 and FAQ; 第18次, 新もの and 持続化 第20回 are marked 未確認 where no source gives the rule', () => {
    expect(templateOf('monozukuri-20').aftercare?.henkan.map((r) => [r.kind, r.source.unconfirmed])).toEqual([['wageShortfall', false], ['minWageYears', false], ['upliftShortfall', false]]);
    expect(templateOf('monozukuri-18').aftercare?.henkan.every((r) => r.source.unconfirmed)).toBe(true);
    expect(templateOf('shinmono-1').aftercare?.henkan.every((r) => r.source.unconfirmed)).toBe(true);
    expect(templateOf('jizokuka-20').aftercare?.henkan.map((r) => r.kind)).toEqual(['unknown', 'unknown']);
    expect(templateOf('jizokuka-17').aftercare?.henkan.map((r) => [r.kind, r.source.page])).toEqual([['wholeGrant', 'P.9'], ['wholeGrant', 'P.33']]);
    expect(templateOf('keiei-kakushin-r3').aftercare?.henkan).toEqual([]);
  });
  it('a bad value is refused with the file and its path; the other folders load', () => {
    const dir = copy(['monozukuri-20', 'jizokuka-17']);
    edit(path.join(dir, 'monozukuri-20', 'aftercare.json'), (j) => {
      const h = j.henkan as { paths?: { groups: { target: string }[] }[] }[];
      h[0]!.paths![0]!.groups[0]!.target = 'nope';
    });
    const r = loadTemplates(dir);
    expect(r.templates.map((t) => t.id)).toEqual(['jizokuka-17']);
    expect(r.errors).toEqual([{ file: path.join('templates', 'monozukuri-20', 'aftercare.json'), path: 'henkan[0].paths[0].groups[0].target', message: 'no target "nope"' }]);
  });
  it('a condition naming an option the template does not have is refused (cross-check with template.json)', () => {
    const dir = copy(['monozukuri-20']);
    edit(path.join(dir, 'monozukuri-20', 'aftercare.json'), (j) => {
      const h = j.henkan as { when: { value: string }[] }[];
      h[2]!.when[0]!.value = 'oohaba';
    });
    const r = loadTemplates(dir);
    expect(r.templates).toEqual([]);
    expect(r.errors[0]).toMatchObject({ file: path.join('templates', 'monozukuri-20', 'aftercare.json'), path: 'henkan[2].when[0].value' });
  });
  it('a file that is not JSON is refused', () => {
    const dir = copy(['jizokuka-17']);
    fs.writeFileSync(path.join(dir, 'jizokuka-17', 'aftercare.json'), '{ not json');
    const r = loadTemplates(dir);
    expect(r.templates).toEqual([]);
    expect(r.errors[0]?.file).toBe(path.join('templates', 'jizokuka-17', 'aftercare.json'));
  });
  it('a folder without aftercare.json still loads (sogyo-4 has none)', () => {
    expect(templateOf('jizokuka-sogyo-4').aftercare).toBeUndefined();
  });
  it('a round made in the app (rule pack) carries the aftercare data of the round it was made from', () => {
    const base = templateOf('monozukuri-20');
    const pack = buildRulePack({ base, id: 'pack-monozukuri-21-test', edits: [], createdAt: '2026-11-30T00:00:00.000Z', appVersion: 'test' });
    expect(pack.ok).toBe(true);
    if (!pack.ok) return;
    expect(pack.value.template.aftercare?.henkan).toHaveLength(3);
    const back = parseRulePack(JSON.parse(JSON.stringify(pack.value)));
    expect(back.ok && back.value.template.aftercare?.reports[0]?.dueDays).toBe(60);
  });
});
