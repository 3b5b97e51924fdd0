import { checkApplication } from '../shared/checks/index';
import { buildLargestApplication } from '../shared/checks/fixtures/largest';
import { benchTemplates } from './templates';
import { median, percentile, timeIt, type BenchResult } from './stats';

/** Full check of the largest application of each template: every text field at its limit, 5-year plan, 50 expense lines. */
export async function checkBenchmarks(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const t of benchTemplates()) {
    const app = buildLargestApplication(t);
    await timeIt(30, () => checkApplication(t, app));
    const times = await timeIt(200, () => checkApplication(t, app));
    out.push({ name: `full check, largest ${t.id}`, value: median(times), unit: 'ms', target: 5, note: `p95 ${percentile(times, 95).toFixed(2)} ms` });
  }
  return out;
}
