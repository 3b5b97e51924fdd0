/** Small timing helpers for `npm run bench` (never used in tests). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export async function timeIt(runs: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
  note?: string;
}

export function report(results: BenchResult[]): void {
  const pad = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    // A target of 0 (saves lost, overwrites) is met by exactly 0; any other is an upper bound.
    const met = r.target === 0 ? r.value === 0 : r.target !== undefined && r.value < r.target;
    const rule = r.target === 0 ? '= 0' : `< ${r.target} ${r.unit}`;
    const ok = r.target === undefined || Number.isNaN(r.value) ? '' : `  ${met ? '✓' : '✗'} target ${rule}`;
    console.log(`${r.name.padEnd(pad)}  ${r.value.toFixed(r.value < 10 ? 2 : 1).padStart(9)} ${r.unit}${ok}${r.note ? `  (${r.note})` : ''}`);
  }
}
