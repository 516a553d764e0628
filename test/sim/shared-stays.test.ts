import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { applyStresses } from "../../src/scenario/stresses/apply-stresses.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { type ChunkRequest, modelFor, runPaths } from "../../src/sim/run-paths.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";
import { sameStayDraws } from "../../src/sim/same-stay-draws.ts";

// Draw once, pay twice: a comparison whose scenarios hold the same members in a cell in a year pays the
// cell's stays, drawn once, under each policy. The claim is that nothing changes but the time: every
// figure of both scenarios must be the one two separate runs give, to the bit. These tests run each
// pair three ways (shared draws, each scenario drawn on its own in the same chunk, each scenario alone)
// and compare the bytes of every figure; they also check that the shared path was taken (or not), so
// that a pass is not a pass of the old path twice.

const im2025 = loadScenario("scenarios/inner-mongolia-2025.json");
const cap250k = loadScenario("scenarios/inner-mongolia-2025-cap-250k.json");

function withPolicy(scenario: Scenario, policy: Partial<Scenario["policy"]>, name: string): Scenario {
  return { ...scenario, name, policy: { ...scenario.policy, ...policy } };
}

/** The index of the first value whose bytes differ, or -1 when the two arrays are equal to the bit. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return 0;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let index = 0; index < x.length; index++) if (x[index] !== y[index]) return index >> 3;
  return -1;
}

/** Runs `pair` with shared draws, drawn each, and each alone; expects the same bytes; returns the sharing. */
function runThreeWays(pair: [Scenario, Scenario], seed: number, years: number, paths: number) {
  const request: ChunkRequest = { scenarios: pair, seed, years, pathStart: 0, pathEnd: paths };
  const shared = runPaths(request);
  const each = runPaths({ ...request, drawEachScenario: true });
  pair.forEach((scenario, index) => {
    const alone = runPaths({ ...request, scenarios: [scenario] });
    expect(shared.metrics[index]!.length).toBeGreaterThan(0);
    expect(firstDifference(shared.metrics[index]!, each.metrics[index]!)).toBe(-1);
    expect(firstDifference(shared.metrics[index]!, alone.metrics[0]!)).toBe(-1);
  });
  return shared.sharing;
}

describe("a comparison drawn once and paid twice", () => {
  it("knows which models draw stays alike (same cells and tables) whatever the policy", () => {
    expect(sameStayDraws(modelFor(im2025), modelFor(cap250k))).toBe(true);
    const noSpecial = withPolicy(
      im2025,
      { specialOutpatient: { ...im2025.policy.specialOutpatient, covered: false } },
      "no special outpatients",
    );
    expect(sameStayDraws(modelFor(im2025), modelFor(noSpecial))).toBe(true);
    // A longer mean stay changes the length-of-stay table: every stay would be drawn differently.
    const longerStays: Scenario = {
      ...im2025,
      assumptions: {
        ...im2025.assumptions,
        hospitalisation: { ...im2025.assumptions.hospitalisation, meanLengthOfStay: 12 },
      },
    };
    expect(sameStayDraws(modelFor(im2025), modelFor(longerStays))).toBe(false);
    expect(sameStayDraws(modelFor(im2025), modelFor(loadScenario("scenarios/hangzhou-2016.json")))).toBe(
      false,
    );
  });

  it("gives the cap comparison (500,000 vs 250,000) the figures of two runs, to the bit, sharing most cells", () => {
    // Common shocks and parameter uncertainty are on in this scenario (the defaults): frailty and
    // inflation move every path-year, the same for both scenarios.
    expect(im2025.assumptions.shocks.frequencyCv).toBeGreaterThan(0);
    expect(im2025.assumptions.shocks.parameterUncertainty.enabled).toBe(true);
    const sharing = runThreeWays([im2025, cap250k], 7, 8, 3)!;
    // Both scenarios start with the same members; the lower cap moves a few members between allowance
    // cells (an allowance not paid under the cap), so a few cell-years are drawn twice, most once.
    expect(sharing.sharedCells).toBeGreaterThan(0.9 * (sharing.sharedCells + sharing.drawnCells));
    expect(sharing.drawnCells).toBeGreaterThan(0);
    // The other order too: the 250,000 scenario draws, the 500,000 one pays from its draws.
    expect(runThreeWays([cap250k, im2025], 8, 5, 2)!.sharedCells).toBeGreaterThan(0);
  });

  it("falls back to drawing each cell twice when the fees differ under a price elasticity", () => {
    expect(im2025.assumptions.membership.priceElasticity).toBeLessThan(0);
    const dearer = withPolicy(im2025, { fees: { ...im2025.policy.fees, active: 130 } }, "fee 130");
    // The fee moves take-up: the two start with different members in almost every cell that has any.
    const [cheap, dear] = [im2025, dearer].map((scenario) => modelFor(scenario).initialCounts);
    const occupied = cheap!.filter((count) => count > 0).length;
    const alike = cheap!.filter((count, cell) => count > 0 && count === dear![cell]).length;
    expect(alike).toBeLessThan(0.1 * occupied);
    const sharing = runThreeWays([im2025, dearer], 9, 4, 2)!;
    expect(sharing.drawnCells).toBeGreaterThan(0.9 * (sharing.sharedCells + sharing.drawnCells));
    // With anti-selection the fee moves the claim rate of every member too: no year's frailty agrees.
    const withAntiSelection = (scenario: Scenario): Scenario => ({
      ...scenario,
      assumptions: {
        ...scenario.assumptions,
        membership: { ...scenario.assumptions.membership, antiSelection: 0.5 },
      },
    });
    const frail = [im2025, dearer].map(withAntiSelection) as [Scenario, Scenario];
    expect(modelFor(frail[1]).takeUp.frailty).not.toBe(modelFor(frail[0]).takeUp.frailty);
    const none = runThreeWays(frail, 9, 3, 2)!;
    expect(none.sharedCells).toBe(0);
    expect(none.drawnCells).toBeGreaterThan(0);
  });

  it("draws each cell twice for two funds with the same tables but different members (IM 2021 and 2025)", () => {
    const im2021 = loadScenario("scenarios/inner-mongolia-2021.json");
    expect(sameStayDraws(modelFor(im2021), modelFor(im2025))).toBe(true);
    const sharing = runThreeWays([im2021, im2025], 14, 3, 2)!;
    expect(sharing.drawnCells).toBeGreaterThan(0.9 * (sharing.sharedCells + sharing.drawnCells));
  });

  it("shares the stays of a pair where one covers special outpatients and a lump-sum product the other lacks", () => {
    const bare = withPolicy(
      im2025,
      { specialOutpatient: { ...im2025.policy.specialOutpatient, covered: false }, lumpSums: [] },
      "no special outpatients, no lump sums",
    );
    expect(im2025.policy.specialOutpatient.covered).toBe(true);
    expect(im2025.policy.lumpSums.length).toBeGreaterThan(0);
    // The women's product's fee moves no take-up (the elasticity acts on the active fee): same members.
    const sharing = runThreeWays([im2025, bare], 10, 6, 2)!;
    expect(sharing.sharedCells).toBeGreaterThan(0);
    const capAndBare = runThreeWays([bare, cap250k], 11, 4, 2)!;
    expect(capAndBare.sharedCells).toBeGreaterThan(0);
  });

  it("shares the years before a stress starts and draws its years twice", () => {
    // The cost shock raises self-pay from its first year: inflation differs there, so every cell is drawn.
    const stressed = applyStresses(im2025, ["cost-shock"]);
    const sharing = runThreeWays([im2025, stressed], 12, 6, 2)!;
    expect(sharing.sharedCells).toBeGreaterThan(0);
    expect(sharing.drawnCells).toBeGreaterThan(0);
  });

  it("leaves every figure of a comparison's results the same: byte-equal summaries", async () => {
    const request = { scenario: im2025, compare: cap250k, paths: 4, years: 5, seed: 13 };
    const pair = await runSimulation(request, createInlinePool());
    const alone = await Promise.all(
      [im2025, cap250k].map((scenario) =>
        runSimulation({ scenario, paths: 4, years: 5, seed: 13 }, createInlinePool()),
      ),
    );
    const separate = { ...pair, outcomes: alone.map((run) => run.outcomes[0]!) };
    expect(JSON.stringify(summarizeRun(pair))).toBe(JSON.stringify(summarizeRun(separate)));
  });
});
