// Progressive results: the chunks a run reports assemble into the same run, bit for bit.
import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { mergeScenario } from "../../src/scenario/merge-scenario.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { createInlinePool } from "../../src/sim/inline-pool.ts";
import { partialRun } from "../../src/sim/partial-run.ts";
import type { ChunkResult } from "../../src/sim/run-paths.ts";
import { runSimulation } from "../../src/sim/run-simulation.ts";

const scenario = loadScenario("scenarios/inner-mongolia-2025.json");
const compare = mergeScenario(scenario, { policy: { inpatient: { cap: 250_000 } } }) as Scenario;

describe("partialRun", () => {
  it("assembles every reported chunk into the finished run's metrics, and a prefix into a smaller run", async () => {
    const request = { scenario, compare, paths: 12, years: 2, seed: 3 };
    const chunks: ChunkResult[] = [];
    const run = await runSimulation(request, createInlinePool(), { onChunk: (chunk) => chunks.push(chunk) });
    const plain = await runSimulation(request, createInlinePool());
    // Listening for chunks does not change the run.
    expect(JSON.stringify(summarizeRun(run))).toBe(JSON.stringify(summarizeRun(plain)));
    expect(chunks.length).toBeGreaterThan(1);

    // Chunks arrive in any order: the partial run sorts them by path.
    const whole = partialRun(request, [...chunks].reverse())!;
    expect(whole.request.paths).toBe(12);
    whole.outcomes.forEach((outcome, index) => {
      expect(outcome.width).toBe(run.outcomes[index]!.width);
      expect(outcome.metrics).toEqual(run.outcomes[index]!.metrics);
    });
    expect(JSON.stringify(summarizeRun(whole))).toBe(JSON.stringify(summarizeRun(run)));

    // The first chunk alone is the run of its paths.
    const first = chunks.find((chunk) => chunk.pathStart === 0)!;
    const part = partialRun(request, [first])!;
    const size = first.pathEnd - first.pathStart;
    expect(part.request.paths).toBe(size);
    const width = run.outcomes[0]!.width;
    expect(part.outcomes[0]!.metrics).toEqual(run.outcomes[0]!.metrics.subarray(0, size * 2 * width));
    expect(partialRun(request, [])).toBeNull();
  });
});
