import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTemplateSet, loadTemplates } from '../electron/templates/loadTemplates';
import { writePack } from '../electron/rounds/packStore';
import { buildRulePack } from '../shared/rounds/rulePack';
import { diffRounds } from '../shared/rounds/diff';
import { median, timeIt, type BenchResult } from './stats';

/** Issue 「公募回」: loading 20 rule packs at start (< 100 ms) and one round diff (< 10 ms). */
export async function roundsBenchmarks(): Promise<BenchResult[]> {
  const root = process.cwd();
  const shipped = loadTemplates(path.join(root, 'templates')).templates;
  const base = shipped.find((t) => t.id === 'monozukuri-20') ?? shipped[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banso-bench-packs-'));
  for (let i = 0; i < 20; i++) {
    const r = buildRulePack({ base, id: `pack-bench-${i}`, edits: [{ key: 'koboKai', value: `第${30 + i}回`, source: { edition: '第1版', page: 'P.1', note: '' } }], createdAt: new Date().toISOString(), appVersion: 'bench' });
    if (!r.ok) throw new Error(r.message);
    writePack(dir, r.value);
  }
  const load = await timeIt(10, () => loadTemplateSet(root, dir));
  const shippedOnly = await timeIt(10, () => loadTemplates(path.join(root, 'templates')));
  const all = loadTemplateSet(root, dir).templates;
  const a = all.find((t) => t.id === 'jizokuka-17') ?? all[0]!;
  const b = all.find((t) => t.programId === a.programId && t.id !== a.id) ?? all[1]!;
  const diff = await timeIt(50, () => diffRounds(a, b));
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    { name: `start-up: load the shipped rounds + 20 rule packs (${all.length} rounds)`, value: median(load), unit: 'ms', target: 100, note: `median of 10; shipped alone ${median(shippedOnly).toFixed(1)} ms` },
    { name: `round diff (${a.id} → ${b.id})`, value: median(diff), unit: 'ms', target: 10, note: 'median of 50' },
  ];
}
