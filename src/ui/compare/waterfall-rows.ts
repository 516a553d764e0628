import type { WaterfallRow } from "../../charts/waterfall-spec.ts";
import type { Attribution } from "../../risk/run-attribution.ts";

const MEASURES = ["benefitsIncurred", "result", "ruinProbability"] as const;

/**
 * The rows of the waterfall chart for an attribution: each step, then the total, for every measure.
 * Rows are ordered steps first, the total last (order = its position), for each of benefitsIncurred,
 * result and ruinProbability.
 */
export function waterfallRows(attribution: Attribution): WaterfallRow[] {
  const entries = [
    ...attribution.steps.map((step) => [step.name, step] as const),
    ["total", attribution.total] as const,
  ];
  return MEASURES.flatMap((measure) =>
    entries.map(([step, change], order) => ({
      order,
      step,
      measure,
      change: change[measure],
      low: change.interval[measure][0],
      high: change.interval[measure][1],
    })),
  );
}
