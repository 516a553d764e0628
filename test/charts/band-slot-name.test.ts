import { describe, expect, it } from "vitest";
import { benefitBreakdownSpec } from "../../src/charts/benefit-breakdown-spec.ts";
import { bandSlotName } from "../../src/charts/band-slot-name.ts";
import { breakdownRows } from "../../src/charts/chart-rows.ts";
import { withData } from "../../src/charts/with-data.ts";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

describe("bandSlotName", () => {
  it("writes a closed band, an open band and a whole-self-pay band in each language", () => {
    const closed = { table: "inpatient", from: 3_000, upTo: 10_000, rate: 0.45 } as const;
    expect(bandSlotName(closed, "zh")).toBe("3000–1万元 报销45%");
    expect(bandSlotName(closed, "en")).toBe("3k–10k at 45%");
    const open = { table: "inpatient", from: 200_000, upTo: null, rate: 0.9 } as const;
    expect(bandSlotName(open, "zh")).toBe("20万元以上 报销90%");
    expect(bandSlotName(open, "en")).toBe("above 200k at 90%");
    const all = { table: "specialOutpatient", from: 0, upTo: null, rate: 0.125 } as const;
    expect(bandSlotName(all, "zh")).toBe("门诊特殊病 全部自付 报销12.5%");
    expect(bandSlotName(all, "en")).toBe("Special outpatient all self-pay at 12.5%");
  });
});

describe("a run's band slots, named by the chart", () => {
  // Inner Mongolia 2025 with special-outpatient bands of its own, so that the run has both kinds of slot.
  const base = loadScenario("scenarios/inner-mongolia-2025.json");
  const scenario: Scenario = {
    ...base,
    policy: {
      ...base.policy,
      specialOutpatient: { ...base.policy.specialOutpatient, bands: [{ from: 0, upTo: null, rate: 0.5 }] },
    },
  };

  it("carries numbers from the simulation, and the Chinese chart shows only Chinese band names", async () => {
    const run = await runSimulation({ scenario, paths: 2, years: 1, seed: 1 }, createInlinePool());
    const slots = run.outcomes[0]!.bandSlots;
    // The simulation's slots are the policy's bands, then the special-outpatient band: no text.
    expect(slots).toEqual([
      ...base.policy.inpatient.bands.map(({ from, upTo, rate }) => ({
        table: "inpatient",
        from,
        upTo,
        rate,
      })),
      { table: "specialOutpatient", from: 0, upTo: null, rate: 0.5 },
    ]);
    const summary = summarizeRun(run);
    const spec = withData(benefitBreakdownSpec({ locale: "zh" }), {
      breakdown: breakdownRows(summary.breakdown, "A", "zh"),
    });
    const rows = (spec.datasets as { breakdown: { component: string }[] }).breakdown;
    const bands = [...new Set(rows.map((row) => row.component))].slice(0, slots.length);
    expect(bands).toHaveLength(slots.length);
    expect(bands.at(-1)).toBe("门诊特殊病 全部自付 报销50%");
    // An English label (a word of Latin letters: "at", "above", "Special outpatient") would fail here.
    for (const band of bands) expect(band).toMatch(/^[^A-Za-z]*元?[^A-Za-z]*报销[\d.]+%$/);
    expect(JSON.stringify(spec)).not.toMatch(/\bat \d|above \d|Special outpatient|all self-pay/);
  });
});
