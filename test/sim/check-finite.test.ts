// A run whose figures are not finite is an error, never a ruin probability (NaN < 0 is false).
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/messages.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { METRIC, metricCount } from "../../src/sim/metrics.ts";
import { checkFinite } from "../../src/sim/run-simulation.ts";

const width = metricCount(1);
const outcome = (metrics: Float64Array) => ({
  scenario: { name: "S" } as Scenario,
  width,
  metrics,
  bandSlots: [{ table: "inpatient" as const, from: 0, upTo: null, rate: 0.5 }],
});

describe("checkFinite", () => {
  it("passes finite figures", () => {
    expect(() => checkFinite(outcome(new Float64Array(2 * 3 * width)), 3)).not.toThrow();
  });

  it("names the path, year and metric of a NaN balance", () => {
    const metrics = new Float64Array(2 * 3 * width);
    metrics[(1 * 3 + 2) * width + METRIC.balance] = NaN; // path 2, year 3
    expect(() => checkFinite(outcome(metrics), 3)).toThrow(InputError);
    expect(() => checkFinite(outcome(metrics), 3)).toThrow(
      "the run produced a figure that is not a finite number (S, path 2, year 3, balance = NaN)",
    );
  });

  it("refuses Infinity too", () => {
    const metrics = new Float64Array(width);
    metrics[METRIC.contributions] = Infinity;
    expect(() => checkFinite(outcome(metrics), 1)).toThrow("contributions = Infinity");
  });
});
