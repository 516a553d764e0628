import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { sameDraws } from "../../src/sim/replay-fund.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";
import type { WorkerPool } from "../../src/sim/worker-pool.ts";

const im2025 = loadScenario("scenarios/inner-mongolia-2025.json");
const withFund = (
  scenario: Scenario,
  fund: Partial<Scenario["assumptions"]["fund"]>,
  name = "other fund",
): Scenario => ({
  ...scenario,
  name,
  assumptions: { ...scenario.assumptions, fund: { ...scenario.assumptions.fund, ...fund } },
});

/** An inline pool that records how many scenarios each chunk simulated. */
function countingPool(): WorkerPool & { scenariosPerChunk: number[] } {
  const inner = createInlinePool();
  const scenariosPerChunk: number[] = [];
  return {
    size: 1,
    scenariosPerChunk,
    run: (request, onPathDone) => {
      scenariosPerChunk.push(request.scenarios.length);
      return inner.run(request, onPathDone);
    },
    terminate: () => inner.terminate(),
  };
}

describe("a comparison that differs only in the fund step", () => {
  it("tells which scenarios share their membership and claims", () => {
    expect(sameDraws(im2025, withFund(im2025, { openingBalance: 0, interestRate: 0.03 }))).toBe(true);
    expect(
      sameDraws(im2025, { ...im2025, description: "x", simulation: { paths: 5, years: 2, seed: 9 } }),
    ).toBe(true);
    // The reporting lag moves payments between years: not the fund step only.
    expect(sameDraws(im2025, withFund(im2025, { meanReportingLagDays: 90 }))).toBe(false);
    expect(sameDraws(im2025, loadScenario("scenarios/inner-mongolia-2025-cap-250k.json"))).toBe(false);
    // With an interest-rate path each path's rates are drawn around the fund's rate: simulated, not replayed.
    const ratePath = {
      ...im2025,
      assumptions: {
        ...im2025.assumptions,
        shocks: { ...im2025.assumptions.shocks, interestVolatility: 0.01 },
      },
    };
    expect(sameDraws(ratePath, withFund(ratePath, { openingBalance: 0 }))).toBe(false);
  });

  it("is simulated once and gives the second scenario's figures bit for bit as its own run", async () => {
    // Low reserve, high expenses and a ruin basis net of liabilities, so that some paths are ruined.
    const compare = withFund(im2025, {
      openingBalance: 0,
      riskReserve: 0,
      interestRate: 0.03,
      expenseRatio: 0.95,
      ruinBasis: "balanceLessLiabilities",
    });
    const settings = { paths: 5, years: 3, seed: 11 };
    const pool = countingPool();
    const pair = await runSimulation({ scenario: im2025, compare, ...settings }, pool);
    expect(pool.scenariosPerChunk.every((count) => count === 1)).toBe(true);
    const alone = await runSimulation({ scenario: compare, ...settings }, createInlinePool());
    const replayed = pair.outcomes[1]!;
    expect(replayed.scenario.name).toBe("other fund");
    expect(replayed.width).toBe(alone.outcomes[0]!.width);
    expect(Array.from(replayed.metrics)).toEqual(Array.from(alone.outcomes[0]!.metrics));
    // And the first scenario is the same as its own run too.
    const first = await runSimulation({ scenario: im2025, ...settings }, createInlinePool());
    expect(Array.from(pair.outcomes[0]!.metrics)).toEqual(Array.from(first.outcomes[0]!.metrics));
    // The fund change shows: balances differ, and the thin fund is ruined on some path.
    expect(replayed.metrics.filter((_, index) => index % replayed.width === METRIC.ruined)).toContain(1);
    expect(replayed.metrics.some((value, index) => value !== pair.outcomes[0]!.metrics[index])).toBe(true);
  });
});
