import type { LokabenRecord } from '../../shared/api/lokabenContract';
import { chooseBenchmark, type BenchmarkChoice } from '../../shared/lokaben/benchmarkChoice';
import { builtinBenchmarks, guessIndustry } from '../../shared/lokaben/industries';
import { guessShobunrui } from '../../shared/lokaben/officialIndustries';
import type { OfficialBenchmarks } from '../../shared/lokaben/officialSchema';
import type { Client } from '../../shared/schemas/client';

/**
 * The benchmark a client's ロカベン is scored against on the Node side (report, plan attachment): the
 * same decision as the page's (shared/lokaben/benchmarkChoice.ts), from the saved record, the client's
 * 業種 and 従業員数, and the table loaded for the data folder.
 */
export function clientBenchmarkChoice(client: Client, record: LokabenRecord, official: OfficialBenchmarks | null): BenchmarkChoice {
  return chooseBenchmark({
    benchmarks: builtinBenchmarks(),
    official,
    industryId: record.industryId,
    suggestedIndustryId: guessIndustry(client.industry),
    shobunruiId: record.shobunruiId,
    suggestedShobunruiId: guessShobunrui(client.industry),
    size: record.size,
    clientEmployeeCount: client.employeeCount,
    financials: record.financials,
  });
}
