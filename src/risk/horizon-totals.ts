import { METRIC } from "../sim/metrics.ts";
import type { ScenarioOutcome } from "../sim/run-simulation.ts";

/** Per path, over the whole horizon: what an attribution or a stress comparison measures. */
export interface HorizonTotals {
  /** Benefits of all claims incurred in the horizon's years, yuan. */
  benefitsIncurred: Float64Array;
  /** Sum of the yearly results (contributions − expenses − benefits incurred + interest), yuan. */
  result: Float64Array;
  /** 1 if the path was ruined in any year of the horizon, else 0. */
  ruined: Float64Array;
}

/**
 * Sums each path's benefits incurred and results over the years, and reads whether it was ruined by the
 * last year. Cost: O(paths × years).
 */
export function horizonTotals(outcome: ScenarioOutcome, paths: number, years: number): HorizonTotals {
  const totals: HorizonTotals = {
    benefitsIncurred: new Float64Array(paths),
    result: new Float64Array(paths),
    ruined: new Float64Array(paths),
  };
  const { metrics, width } = outcome;
  for (let path = 0; path < paths; path++) {
    let benefits = 0;
    let result = 0;
    for (let year = 0; year < years; year++) {
      const row = (path * years + year) * width;
      benefits += metrics[row + METRIC.benefitsIncurred]!;
      result += metrics[row + METRIC.result]!;
    }
    totals.benefitsIncurred[path] = benefits;
    totals.result[path] = result;
    totals.ruined[path] = metrics[(path * years + years - 1) * width + METRIC.ruined]!;
  }
  return totals;
}
