import { describe, expect, it } from "vitest";
import { metricColumn } from "../../../src/risk/summarize-run.ts";
import { loadScenario } from "../../../src/scenario/load-scenario.ts";
import {
  applyStresses,
  parseStressNames,
  STRESS_NAMES,
} from "../../../src/scenario/stresses/apply-stresses.ts";
import { InputError } from "../../../src/messages.ts";
import { createInlinePool } from "../../../src/sim/inline-pool.ts";
import { METRIC } from "../../../src/sim/metrics.ts";
import { runSimulation, type SimulationRun } from "../../../src/sim/run-simulation.ts";

const base = loadScenario("scenarios/inner-mongolia-2025.json");
const paths = 6;
const years = 3;

async function stressedRun(names: string[]): Promise<SimulationRun> {
  return runSimulation(
    { scenario: base, compare: applyStresses(base, names), paths, years, seed: 11 },
    createInlinePool(),
  );
}

const column = (run: SimulationRun, index: number, year: number, metric: number) =>
  metricColumn(run.outcomes[index]!, paths, years, year, metric);

/** Every metric of every path of `year` (band slots included), base and stressed. */
const rows = (run: SimulationRun, year: number) =>
  [0, 1].map((index) => {
    const { width, metrics } = run.outcomes[index]!;
    return Array.from({ length: paths }, (_, path) =>
      Array.from(metrics.subarray((path * years + year - 1) * width, (path * years + year) * width)),
    );
  });

describe("stresses on common random numbers", () => {
  it("cost-shock: year 1 identical bit for bit; later, members and contributions unchanged, paid claims not fewer, benefits up", async () => {
    const run = await stressedRun(["cost-shock"]);
    const [before, after] = rows(run, 1);
    expect(after).toEqual(before);
    for (const year of [2, 3]) {
      for (const metric of [METRIC.members, METRIC.contributions, METRIC.retireeMembers])
        expect(column(run, 1, year, metric)).toEqual(column(run, 0, year, metric));
      // the same stays are drawn; a dearer stay may now clear the deductible, so paid claims never fall
      const baseClaims = column(run, 0, year, METRIC.claims);
      column(run, 1, year, METRIC.claims).forEach((claims, path) =>
        expect(claims).toBeGreaterThanOrEqual(baseClaims[path]!),
      );
      const baseBenefits = column(run, 0, year, METRIC.benefitsIncurred);
      const stressed = column(run, 1, year, METRIC.benefitsIncurred);
      // +20% self-pay raises each path's benefits, by less than 20% (bands, cap and allowance damp it)
      stressed.forEach((value, path) => {
        expect(value).toBeGreaterThan(baseBenefits[path]!);
        expect(value).toBeLessThan(baseBenefits[path]! * 1.2);
      });
    }
  });

  it("membership-drop: year 1 identical; year 2 starts with 15% fewer members (rounded per cell)", async () => {
    const run = await stressedRun(["membership-drop"]);
    const [before, after] = rows(run, 1);
    expect(after).toEqual(before);
    const baseMembers = column(run, 0, 2, METRIC.members);
    column(run, 1, 2, METRIC.members).forEach((members, path) => {
      // each cell is rounded to whole members: the total is within half a member per cell of 85%
      expect(Math.abs(members / baseMembers[path]! - 0.85)).toBeLessThan(0.001);
    });
    const baseContributions = column(run, 0, 2, METRIC.contributions);
    column(run, 1, 2, METRIC.contributions).forEach((value, path) =>
      expect(value).toBeLessThan(baseContributions[path]!),
    );
  });

  it("low-interest: only interest (and what it feeds) moves; members, claims and benefits are identical", async () => {
    const run = await stressedRun(["low-interest"]);
    for (const year of [1, 2, 3]) {
      for (const metric of [METRIC.members, METRIC.claims, METRIC.benefitsIncurred, METRIC.contributions])
        expect(column(run, 1, year, metric)).toEqual(column(run, 0, year, metric));
      const interest = column(run, 1, year, METRIC.interest);
      const balance = column(run, 1, year, METRIC.balance);
      // interest is 0.1% of the mid-year balance: much smaller than the base's 1%+
      interest.forEach((value, path) =>
        expect(value).toBeLessThan(column(run, 0, year, METRIC.interest)[path]!),
      );
      expect(balance.length).toBe(paths);
    }
  });

  it("epidemic: year 1 has the surge's claims; the membership is untouched", async () => {
    const run = await stressedRun(["epidemic"]);
    expect(column(run, 1, 1, METRIC.members)).toEqual(column(run, 0, 1, METRIC.members));
    const baseClaims = column(run, 0, 1, METRIC.claims);
    const stressed = column(run, 1, 1, METRIC.claims);
    const ratio = stressed.reduce((s, v) => s + v, 0) / baseClaims.reduce((s, v) => s + v, 0);
    // claim frequency × 1.25 (unless a path already drew an epidemic year): about +25% claims
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(1.3);
  });

  it("anti-selection: 10% fewer members but only about 5% fewer claims in year 2", async () => {
    const run = await stressedRun(["anti-selection"]);
    const [before, after] = rows(run, 1);
    expect(after).toEqual(before);
    const sum = (values: Float64Array) => values.reduce((s, v) => s + v, 0);
    const members = sum(column(run, 1, 2, METRIC.members)) / sum(column(run, 0, 2, METRIC.members));
    expect(members).toBeCloseTo(0.9, 3);
    const claims = sum(column(run, 1, 2, METRIC.claims)) / sum(column(run, 0, 2, METRIC.claims));
    // 0.9 × 0.95/0.9 = 0.95 in expectation; the paths' claim noise is small at ~50,000 claims a year
    expect(claims).toBeGreaterThan(0.93);
    expect(claims).toBeLessThan(0.97);
  });

  it("names: parses a list and refuses an unknown name, naming the option and the names expected", () => {
    expect(parseStressNames("epidemic, cost-shock")).toEqual(["epidemic", "cost-shock"]);
    expect(STRESS_NAMES).toEqual([
      "epidemic",
      "cost-shock",
      "membership-drop",
      "anti-selection",
      "low-interest",
    ]);
    expect(() => parseStressNames("plague")).toThrow(InputError);
    expect(() => parseStressNames("plague")).toThrow(
      /--stress: "plague" is not a list of epidemic, cost-shock/,
    );
  });

  it("composes: two stresses' overrides both apply; the base scenario is not changed", () => {
    const stressed = applyStresses(base, ["epidemic", "cost-shock"]);
    expect(stressed.yearOverrides).toEqual([
      { from: 1, to: 1, epidemicMultiplier: 1.25 },
      { from: 2, selfPayMultiplier: 1.2 },
    ]);
    expect(stressed.stresses).toEqual(["epidemic", "cost-shock"]);
    expect((base as { yearOverrides?: unknown }).yearOverrides).toBeUndefined();
    expect(stressed.policy).toEqual(base.policy);
  });
});
