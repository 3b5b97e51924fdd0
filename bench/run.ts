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
import { chamberBenchmarks } from './chamber.bench';
import { pdfEventLoopBenchmarks } from './pdfEventLoop.bench';
import { stopBenchPostgres } from './benchStore';

// Interrupted (Ctrl+C): the temporary PostgreSQL server goes too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopBenchPostgres();
    process.exit(130);
  });
}

const results: BenchResult[] = [];
try {
  results.push(...(await storeBenchmarks()));
  results.push(...(await checkBenchmarks()));
  results.push(...(await reviewBenchmarks()));
  results.push(...(await exportBenchmarks()));
  results.push(...(await pdfEventLoopBenchmarks()));
  results.push(...(await zipBenchmarks()));
  results.push(...(await xlsxBenchmarks()));
  results.push(...(await lokabenBenchmarkBenchmarks()));
  results.push(...(await roundsBenchmarks()));
  results.push(...(await similarBenchmarks()));
  results.push(...(await chamberBenchmarks()));
} finally {
  stopBenchPostgres(); // the temporary PostgreSQL server, when one was started
}
report(results);
