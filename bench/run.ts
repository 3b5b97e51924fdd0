/** `npm run bench`: the figures each issue asks for. Timings are printed, never asserted in tests. */
import { report, type BenchResult } from './stats';
import { storeBenchmarks } from './store.bench';
import { checkBenchmarks } from './check.bench';
import { exportBenchmarks } from './export.bench';
import { reviewBenchmarks } from './review.bench';
import { zipBenchmarks } from './zip.bench';
import { xlsxBenchmarks } from './xlsx.bench';
import { lokabenBenchmarkBenchmarks } from './lokabenBenchmarks.bench';
import { roundsBenchmarks } from './rounds.bench';
import { similarBenchmarks } from './similar.bench';

const results: BenchResult[] = [];
results.push(...(await storeBenchmarks()));
results.push(...(await checkBenchmarks()));
results.push(...(await reviewBenchmarks()));
results.push(...(await exportBenchmarks()));
results.push(...(await zipBenchmarks()));
results.push(...(await xlsxBenchmarks()));
results.push(...(await lokabenBenchmarkBenchmarks()));
results.push(...(await roundsBenchmarks()));
results.push(...(await similarBenchmarks()));
report(results);
