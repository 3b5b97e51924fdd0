/** `npm run bench`: the figures each issue asks for. Timings are printed, never asserted in tests. */
import { report, type BenchResult } from './stats';
import { storeBenchmarks } from './store.bench';

const results: BenchResult[] = [];
results.push(...(await storeBenchmarks()));
report(results);
