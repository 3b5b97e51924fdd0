/**
 * Run by zip.bench.ts in a fresh Node process, so its peak RSS belongs to the refusal alone:
 * `node --import tsx --expose-gc bench/zipBombChild.ts FILE package|xlsx RUNS`. Reads FILE, takes the
 * baseline RSS, reads it RUNS times, and prints JSON: median ms, first ms, peak RSS over baseline
 * (maxRSS after − RSS before: an upper bound, since maxRSS is a high-water mark of the whole
 * process), the slack of that bound (maxRSS before − RSS before) and the answer's message.
 */
import fs from 'node:fs';
import { readPackage } from '../electron/export/applicationPackage';
import { readKessanExcel } from '../electron/lokaben/kessanExcel';

const [file, kind, runsArg] = process.argv.slice(2);
const bytes = new Uint8Array(fs.readFileSync(file!));
const read = async () => (kind === 'xlsx' ? readKessanExcel(bytes) : readPackage(bytes));
const MB = 1024 * 1024;

(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const maxBefore = process.resourceUsage().maxRSS * 1024;
const times: number[] = [];
let answer: unknown;
for (let i = 0; i < Number(runsArg ?? 5); i++) {
  const t = performance.now();
  answer = await read();
  times.push(performance.now() - t);
}
const maxAfter = process.resourceUsage().maxRSS * 1024;
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    medianMs: sorted[Math.floor(sorted.length / 2)],
    firstMs: times[0],
    peakOverBaselineMb: (maxAfter - rssBefore) / MB,
    slackMb: Math.max(0, maxBefore - rssBefore) / MB,
    ok: (answer as { ok: boolean }).ok,
    message: (answer as { message?: string }).message ?? '',
  }),
);
