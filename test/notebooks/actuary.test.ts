import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { reserveCommand } from "../../src/cli/reserve-command.ts";
import { parseDay } from "../../src/policy/dates.ts";
import { triangleFromRecords } from "../../src/reserve/triangle-from-records.ts";
import { withActiveFee } from "../../src/risk/solve-fee.ts";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";
import { notebookContract } from "./notebook-contract.ts";
import { executeCopy, savedNotebook, summaryOf, TEST_PATHS, type Notebook } from "./run-notebook.ts";

interface ReserveTotal {
  latest: number;
  ultimate: number;
  ibnr: number;
  se: number;
}
interface Quantiles {
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  p995: number;
}

interface Summary {
  paths: number;
  years: number;
  seed: number;
  targetRuin: number;
  stressFee: number;
  solvedFee: number | null;
  resolved: boolean;
  pathsNeeded: number;
  breakEvenFee: number | null;
  withoutShocks: { solvedFee: number | null; breakEvenFee: number | null; resolved: boolean };
  reserve: {
    valuation: string;
    held: number;
    latestDiagonal: number;
    mack: ReserveTotal & { factors: number[]; quantiles: Quantiles; probabilityCovered: number };
    bootstrap: ReserveTotal & { quantiles: Quantiles; probabilityCovered: number };
  };
  curve: { fee: number; ruinProbability: number; low: number; high: number; meanResult: number }[];
  stresses: { label: string; ruin: number; lossRatioLastYear: number; claimsYearOne: number }[];
}

describe("notebooks/actuary.ipynb: the fee for a ruin target, stresses", () => {
  let notebook: Notebook;
  let summary: Summary;
  beforeAll(() => {
    notebook = executeCopy("actuary");
    summary = summaryOf(notebook) as Summary;
  }, 600_000);

  notebookContract("actuary", () => notebook);

  const scenario = loadScenario("scenarios/inner-mongolia-2025.json");
  /** Ruin probability and mean yearly result at an active fee, simulated here in Node. */
  const atFee = async (fee: number) => {
    const { paths, years, seed } = summary;
    const run = await runSimulation(
      { scenario: withActiveFee(scenario, fee), paths, years, seed },
      createInlinePool(),
    );
    const { metrics, width } = run.outcomes[0]!;
    let result = 0;
    for (let row = 0; row < paths * years; row++) result += metrics[row * width + METRIC.result]!;
    return { ruin: summarizeRun(run).ruinProbability.value, meanResult: result / (paths * years) };
  };

  it("names a ruin-target fee only when the paths resolve the target (9 (1 − p)/p of them)", async () => {
    expect(summary.paths).toBe(TEST_PATHS);
    // 9 × 0.95 / 0.05 = 171 paths resolve a 5% target; CI's few paths do not, so no fee is named.
    expect(summary.pathsNeeded).toBe(Math.ceil((9 * (1 - summary.targetRuin)) / summary.targetRuin));
    expect(summary.resolved).toBe(summary.paths >= summary.pathsNeeded);
    expect(summary.withoutShocks.resolved).toBe(summary.resolved);
    if (!summary.resolved) {
      expect(summary.solvedFee).toBeNull();
      expect(summary.withoutShocks.solvedFee).toBeNull();
      return;
    }
    // With enough paths (the saved notebook): the solved fee meets the target, half a yuan less does not.
    const solved = summary.solvedFee!;
    expect((await atFee(solved)).ruin).toBeLessThanOrEqual(summary.targetRuin);
    expect((await atFee(solved - 0.5)).ruin).toBeGreaterThan(summary.targetRuin);
  });

  it("finds the break-even fee where the mean yearly result turns positive (re-simulated in Node)", async () => {
    expect(summary.breakEvenFee).not.toBeNull();
    const breakEven = summary.breakEvenFee!;
    expect((await atFee(breakEven)).meanResult).toBeGreaterThanOrEqual(0);
    expect((await atFee(breakEven - 0.5)).meanResult).toBeLessThan(0);
  });

  it("draws the fee–ruin curve in fee order with intervals around each estimate", () => {
    const fees = summary.curve.map((point) => point.fee);
    expect(fees).toEqual([...fees].sort((a, b) => a - b));
    for (const point of summary.curve) {
      expect(point.low).toBeLessThanOrEqual(point.ruinProbability);
      expect(point.high).toBeGreaterThanOrEqual(point.ruinProbability);
    }
  });

  it("stresses the solved fee: 20% more claims, and every stress raises the loss ratio and never lowers ruin", () => {
    expect(summary.stressFee).toBe(summary.solvedFee ?? scenario.policy.fees.active);
    const [base, ...stresses] = summary.stresses;
    const frequency = stresses.find((stress) => stress.label === "claims +20%")!;
    // The claim propensity scales the paid claims: 1.2 times as many, up to sampling noise.
    expect(frequency.claimsYearOne / base!.claimsYearOne).toBeCloseTo(1.2, 1);
    // Same random numbers, more or dearer claims: a higher loss ratio, and no path ruined in the base survives.
    for (const stress of stresses) {
      expect(stress.lossRatioLastYear).toBeGreaterThan(base!.lossRatioLastYear);
      expect(stress.ruin).toBeGreaterThanOrEqual(base!.ruin);
    }
  });

  it("finds a break-even fee without the common shocks too, close to the one with them (the shocks have mean 1)", () => {
    expect(summary.withoutShocks.breakEvenFee).not.toBeNull();
    expect(Math.abs(summary.withoutShocks.breakEvenFee! - summary.breakEvenFee!)).toBeLessThan(
      0.1 * summary.breakEvenFee!,
    );
  });

  describe("reserve adequacy on data/sample", () => {
    const files = (kind: string) =>
      [2022, 2023, 2024].map((year) => {
        const name = `data/sample/${kind}-${year}.csv`;
        return { name, text: readFileSync(name, "utf8") };
      });

    /** The chain ladder of the sample's paid triangle as at `valuation`, worked here by hand. */
    const byHand = (valuation: string) => {
      const { paidAmount } = triangleFromRecords({
        members: files("members"),
        claims: files("claims"),
        policy: loadScenario("scenarios/inner-mongolia-2021.json").policy,
        valuationDay: parseDay(valuation),
        grain: "quarter",
        originBy: "admission",
      });
      const rows = paidAmount.cells;
      const width = rows[0]!.length;
      // Volume-weighted factors: f_k = Σ C(i, k+1) / Σ C(i, k) over the origins known at k + 1.
      const factors: number[] = [];
      for (let k = 0; k + 1 < width; k++) {
        let above = 0;
        let below = 0;
        for (const row of rows)
          if (row[k + 1] !== null) {
            above += row[k + 1]!;
            below += row[k]!;
          }
        factors.push(below > 0 ? above / below : 1);
      }
      let latest = 0;
      let ultimate = 0;
      for (const row of rows) {
        const known = row.filter((value) => value !== null).length;
        let value = row[known - 1]!;
        latest += value;
        for (let k = known - 1; k < width - 1; k++) value *= factors[k]!;
        ultimate += value;
      }
      return { latest, ibnr: ultimate - latest, factors };
    };

    it("has the chain-ladder reserve of the paid triangle, worked here by hand", () => {
      const { latest, ibnr, factors } = byHand(summary.reserve.valuation);
      expect(summary.reserve.latestDiagonal).toBeCloseTo(latest, 4);
      expect(summary.reserve.mack.ibnr).toBeCloseTo(ibnr, 4);
      summary.reserve.mack.factors
        .slice(0, factors.length)
        .forEach((factor, k) => expect(factor).toBeCloseTo(factors[k]!, 10));
    });

    it("was saved with the reserve of the committed files (re-execute it when data/sample changes)", () => {
      // The saved outputs are what a reader sees on a Git host: they must be those of data/sample as it is.
      const saved = (summaryOf(savedNotebook("actuary")) as Summary).reserve;
      const { latest, ibnr } = byHand(saved.valuation);
      expect(saved.latestDiagonal).toBeCloseTo(latest, 4);
      expect(saved.mack.ibnr).toBeCloseTo(ibnr, 4);
    });

    it("agrees with huzhu reserve on the same files (the README's command)", () => {
      let out = "";
      const io = {
        stdout: { write: (text: string) => (out += text) },
        stderr: { write: () => true },
        cwd: process.cwd(),
      };
      const args = [
        ...[2022, 2023, 2024].flatMap((year) => ["--members", `data/sample/members-${year}.csv`]),
        ...[2022, 2023, 2024].flatMap((year) => ["--claims", `data/sample/claims-${year}.csv`]),
        ...["--scenario", "scenarios/inner-mongolia-2021.json", "--valuation", summary.reserve.valuation],
        ...["--grain", "quarter", "--held", String(summary.reserve.held), "--format", "json"],
      ];
      expect(reserveCommand(args, io)).toBe(0);
      const cli = JSON.parse(out) as {
        total: ReserveTotal;
        adequacy: { probabilityCovered: number; p995: number };
      };
      expect(Math.round(summary.reserve.mack.ibnr)).toBe(cli.total.ibnr);
      expect(Math.round(summary.reserve.mack.se)).toBe(cli.total.se);
      expect(summary.reserve.mack.probabilityCovered).toBeCloseTo(cli.adequacy.probabilityCovered, 10);
      expect(Math.round(summary.reserve.mack.quantiles.p995)).toBe(cli.adequacy.p995);
    });

    it("reads Mack's reserve as a lognormal: the held reserve's cover and the 99.5% level by hand", () => {
      const { ibnr, se, quantiles, probabilityCovered } = summary.reserve.mack;
      const sigma = Math.sqrt(Math.log(1 + (se / ibnr) ** 2));
      const mu = Math.log(ibnr) - (sigma * sigma) / 2;
      // z of 99.5% is 2.5758293035489; Φ by Abramowitz & Stegun 26.2.17 (error under 7.5e-8).
      expect(quantiles.p995).toBeCloseTo(Math.exp(mu + 2.5758293035489 * sigma), 0);
      const z = (Math.log(summary.reserve.held) - mu) / sigma;
      const t = 1 / (1 + 0.2316419 * Math.abs(z));
      const tail =
        (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) *
        t *
        (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
      expect(probabilityCovered).toBeCloseTo(z >= 0 ? 1 - tail : tail, 6);
    });

    it("has an ODP bootstrap whose mean is near the chain ladder's and whose quantiles rise", () => {
      const { bootstrap, mack } = summary.reserve;
      expect(Math.abs(bootstrap.ibnr / mack.ibnr - 1)).toBeLessThan(0.1);
      const q = bootstrap.quantiles;
      expect(q.p50).toBeLessThanOrEqual(q.p75);
      expect(q.p75).toBeLessThanOrEqual(q.p90);
      expect(q.p90).toBeLessThanOrEqual(q.p995);
    });
  });
});
