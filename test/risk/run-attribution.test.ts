import { describe, expect, it } from "vitest";
import { horizonLevels } from "../../src/risk/attribute-change.ts";
import { horizonTotals } from "../../src/risk/horizon-totals.ts";
import { runAttribution, type Attribution } from "../../src/risk/run-attribution.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

const im2021 = loadScenario("scenarios/inner-mongolia-2021.json");
const im2025 = loadScenario("scenarios/inner-mongolia-2025.json");
const cap250 = loadScenario("scenarios/inner-mongolia-2025-cap-250k.json");
const settings = { paths: 4, years: 2, seed: 5 };

const sumOf = (attribution: Attribution, key: "benefitsIncurred" | "result" | "ruinProbability") =>
  attribution.steps.reduce((sum, step) => sum + step[key], 0);

describe("attribution (waterfall) on common random numbers", () => {
  it("steps sum exactly to the total in two different orders, and the total is B − A of a direct comparison", async () => {
    const pool = createInlinePool();
    const forward = await runAttribution({ from: im2021, to: im2025, ...settings }, pool);
    const reversed = await runAttribution(
      {
        from: im2021,
        to: im2025,
        ...settings,
        order: ["assumptions", "fees", "allowance", "deductible", "cap", "bands"],
      },
      pool,
    );
    expect(forward.steps.map((step) => step.name)).toEqual([
      "bands",
      "cap",
      "deductible",
      "allowance",
      "fees",
      "assumptions",
      "other",
    ]);
    expect(reversed.steps.at(-1)!.name).toBe("other");
    for (const attribution of [forward, reversed])
      for (const key of ["benefitsIncurred", "result", "ruinProbability"] as const)
        expect(sumOf(attribution, key)).toBe(attribution.total[key]);
    // The same A and B give the same total whatever the order.
    expect(reversed.total).toEqual(forward.total);

    const direct = await runSimulation({ scenario: im2021, compare: im2025, ...settings }, pool);
    const [a, b] = direct.outcomes.map((outcome) =>
      horizonLevels(horizonTotals(outcome, settings.paths, settings.years), settings.paths),
    );
    expect(forward.total.benefitsIncurred).toBe(b!.benefitsIncurred - a!.benefitsIncurred);
    expect(forward.total.result).toBe(b!.result - a!.result);
    expect(forward.total.ruinProbability).toBe(b!.ruinProbability - a!.ruinProbability);
    // 2025's wider bands and higher cap pay more than 2021's: the bands step raises benefits.
    expect(forward.steps[0]!.benefitsIncurred).toBeGreaterThan(0);
    expect(forward.total.interval.benefitsIncurred[0]).toBeLessThanOrEqual(
      forward.total.benefitsIncurred + 1,
    );
  });

  it("a step that changes nothing is exactly 0: 250k cap → 500k cap moves only the cap", async () => {
    const attribution = await runAttribution({ from: cap250, to: im2025, ...settings }, createInlinePool());
    for (const step of attribution.steps) {
      expect(step.changed).toBe(step.name === "cap");
      if (step.name !== "cap") {
        expect(step.benefitsIncurred).toBe(0);
        expect(step.result).toBe(0);
        expect(step.ruinProbability).toBe(0);
      }
    }
    // A higher cap never pays less on the same claims.
    expect(attribution.steps[1]!.benefitsIncurred).toBeGreaterThanOrEqual(0);
    expect(attribution.steps[1]!.benefitsIncurred).toBe(attribution.total.benefitsIncurred);
  });
});
