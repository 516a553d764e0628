import type { WaterfallRow } from "../charts/waterfall-spec.ts";
import type { Attribution } from "../risk/run-attribution.ts";

const MEASURES = ["benefitsIncurred", "result", "ruinProbability"] as const;

/**
 * The rows of the waterfall chart for an attribution: each step, then the total, for every measure.
 * @example waterfallRows(attribution).filter((row) => row.measure === "result").at(-1)?.step // "total"
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
