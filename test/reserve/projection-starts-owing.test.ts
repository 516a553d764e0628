import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { metricColumn } from "../../src/risk/summarize-run.ts";
import { estimateReserve } from "../../src/reserve/estimate-reserve.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";
import { GEN_INS } from "./classic-triangles.ts";

describe("the projection starts from the reserve's opening liability", () => {
  it("pays the estimated outstanding claims in year one (sd 0: exactly the mean, on the same draws)", async () => {
    const estimate = estimateReserve(GEN_INS, {
      method: "mack",
      tail: { kind: "none" },
      simulations: 1,
      seed: 1,
    });
    if (!estimate.ok) throw new Error(renderMessage(estimate.reason, "en"));
    const { mean, standardDeviation } = estimate.value.openingLiability;
    expect(Math.round(mean)).toBe(18680856);
    expect(Math.round(standardDeviation)).toBe(2447095);
    const base = loadScenario("scenarios/inner-mongolia-2021.json");
    const withLiability = (value: number) => ({
      ...base,
      assumptions: {
        ...base.assumptions,
        fund: { ...base.assumptions.fund, openingLiability: { mean: value, standardDeviation: 0 } },
      },
    });
    const paths = 2;
    const run = await runSimulation(
      { scenario: withLiability(0), compare: withLiability(mean), paths, years: 1, seed: 5 },
      createInlinePool(),
    );
    const paid = (index: number) =>
      Array.from(metricColumn(run.outcomes[index]!, paths, 1, 1, METRIC.benefitsPaid));
    const owing = paid(1);
    paid(0).forEach((value, path) => expect(owing[path]! - value).toBeCloseTo(mean, 2));
  });
});
