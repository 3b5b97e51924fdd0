import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildRulePack, parseRulePack, type RoundEdit } from '../../../shared/rounds/rulePack';
import { roundParameters } from '../../../shared/rounds/parameters';
import { diffRounds } from '../../../shared/rounds/diff';
import { loadPacks, writePack } from '../../../electron/rounds/packStore';
import { templates } from '../demoFixtures';
import { tempDir } from '../helpers';

const base = templates.find((t) => t.id === 'jizokuka-17')!;
const src = { edition: '第1版', page: 'P.12', note: '' };
const cagrBase = templates.find((t) => t.id === 'monozukuri-20')!;

function pack(edits: RoundEdit[], from = base) {
  return buildRulePack({ base: from, id: 'pack-test-21-abc123', edits, createdAt: '2026-11-30T00:00:00.000Z', appVersion: 'test' });
}

describe('a new round made from an earlier one (rule pack)', () => {
  it('changes exactly the values edited, each with its source, and passes the template schemas', () => {
    const cap = roundParameters(base).find((p) => p.key === 'subsidy.baseCap')!;
    const r = pack([
      { key: 'subsidy.baseCap', value: 600_000, source: src },
      { key: 'round.deadline', value: '2027-03-31', source: { edition: '第1版', page: 'P.1', note: '' } },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.value.template;
    expect(t.id).toBe('pack-test-21-abc123');
    expect(t.rules.subsidy?.method === 'jizokukaYoshiki3' && t.rules.subsidy.baseCapYen).toBe(600_000);
    expect(t.round?.deadline).toBe('2027-03-31');
    expect(r.value.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      [cap.label, '500,000円', '600,000円'],
      ['締切日', base.round?.deadline ?? '（なし）', '2027-03-31'],
    ]);
    // The rule's source now cites the edition and page the value came from.
    expect(t.rules.subsidy?.source).toMatchObject({ edition: '第1版', page: 'P.12', unconfirmed: false });
    // Nothing else moved.
    const changes = diffRounds(base, t).map((c) => c.key);
    expect(changes).toEqual(expect.arrayContaining(['subsidy.baseCap', 'round.deadline']));
    expect(changes.filter((k) => !['subsidy.baseCap', 'round.deadline', 'round.source'].includes(k))).toEqual([]);
  });

  it('a CAGR threshold changed in the pack is the one the checks use', () => {
    const key = roundParameters(cagrBase).find((p) => p.key.endsWith('.percent') && p.area === 'requirement')!.key;
    const r = pack([{ key, value: 4, source: src }], cagrBase);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rule = r.value.template.rules.numeric.find((x) => `rule:${x.id}.percent` === key);
    expect(rule?.kind === 'cagr' && rule.target.kind === 'fixed' && rule.target.percent).toBe(4);
  });

  it.each([
    [{ key: 'subsidy.baseCap', value: 600_000, source: { edition: '', page: 'P.1', note: '' } }, 'edits[0].source', '版'],
    [{ key: 'subsidy.baseCap', value: 600_000, source: { edition: '第1版', page: ' ', note: '' } }, 'edits[0].source', 'ページ'],
    [{ key: 'subsidy.baseCap', value: -1, source: src }, 'edits[0].value', '0以上の整数'],
    [{ key: 'subsidy.defaultRate', value: { num: 5, den: 3 }, source: src }, 'edits[0].value', '分子が分母以下'],
    [{ key: 'no.such.thing', value: 1, source: src }, 'edits[0].key', '変更できる項目ではありません'],
  ])('refuses %j with its path', (edit, path, words) => {
    const r = pack([edit as RoundEdit]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path, message: expect.stringContaining(words) });
  });

  it('a value the template schema refuses is named by its schema path', () => {
    const limit = roundParameters(base).find((p) => p.area === 'limit')!;
    const r = pack([{ key: limit.key, value: 0, source: src }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toMatch(/^sections\[\d+\]\.fields\[\d+\]\.maxChars$/);
  });
});

describe('rule pack files', () => {
  const good = () => {
    const r = pack([{ key: 'subsidy.baseCap', value: 600_000, source: src }]);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  it('round-trip through a file and the loader', () => {
    const dir = tempDir();
    writePack(dir, good());
    const { packs, errors } = loadPacks(dir);
    expect(errors).toEqual([]);
    expect(packs.map((p) => p.template.id)).toEqual(['pack-test-21-abc123']);
    expect(packs[0]!.template).toEqual(good().template);
  });

  it.each([
    ['not a pack', (p: object) => ({ ...p, format: 'something.else' }), 'ルールパック）ではありません'],
    ['newer', (p: object) => ({ ...p, version: 9 }), '新しいバージョン'],
    ['edited by hand', (p: { template: { name: string } }) => ({ ...p, template: { ...p.template, name: '書き換え' } }), 'チェックサム'],
  ])('refuses a pack that is %s, whole', (_n, change, words) => {
    const r = parseRulePack(change(structuredClone(good()) as never));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining(words) });
  });

  it('a damaged file in the data folder is listed as refused; the good ones load', () => {
    const dir = tempDir();
    writePack(dir, good());
    fs.writeFileSync(path.join(dir, 'rulepacks', 'pack-broken.banso-rules.json'), '{"format":"banso.rulepack",');
    const { packs, errors } = loadPacks(dir);
    expect(packs).toHaveLength(1);
    expect(errors).toEqual([{ file: path.join('rulepacks', 'pack-broken.banso-rules.json'), path: '', message: expect.stringContaining('壊れて') }]);
  });
});
