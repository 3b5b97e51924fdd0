/**
 * Run by lokabenBenchmarks.spec.ts in a child process (with tsx, as the server runs): the totals of
 * 工務店A社's demo periods against the official table read from the given file, by the app's own code.
 * Prints JSON: { "<小分類>:<size>": ["19点／30点 B", …] } for the choices the spec makes.
 */
import fs from 'node:fs';
import { readOfficialBenchmarks } from '../../electron/lokaben/benchmarkImport';
import { DEMO_KOMUTEN_A } from '../../shared/lokaben/demo';
import { builtinBenchmarks } from '../../shared/lokaben/industries';
import { resolveOfficial } from '../../shared/lokaben/officialBenchmark';
import type { KiboId, ShobunruiId } from '../../shared/lokaben/officialIndustries';
import { evaluateWith } from '../../shared/lokaben/scoring';

const CHOICES: [ShobunruiId, KiboId][] = [
  ['0201', 'shokibo'],
  ['0201', 'chukibo'],
  ['1005', 'chukibo'],
];

async function main(file: string) {
  const r = await readOfficialBenchmarks(new Uint8Array(fs.readFileSync(file)), 'x.xlsx');
  if (!r.ok) throw new Error(r.message);
  const out: Record<string, string[]> = {};
  for (const [id, size] of CHOICES) {
    const e = evaluateWith(DEMO_KOMUTEN_A.financials, resolveOfficial(r.table, id, size, builtinBenchmarks().grading));
    out[`${id}:${size}`] = e.periods.map((p) => (p.grade ? `${p.total}点／30点 ${p.grade}` : `${p.total}点（${p.scoredCount}指標）・評価なし`));
  }
  process.stdout.write(JSON.stringify(out));
}

void main(process.argv[2] ?? '');
