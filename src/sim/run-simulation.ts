import { InputError } from "../messages.ts";
import { formatBound } from "../format/format-bound.ts";
import { formatPercent } from "../format/format-percent.ts";
import type { Scenario } from "../scenario/types.ts";
import { metricCount } from "./metrics.ts";
import { type ChunkResult, modelFor } from "./run-paths.ts";
import { replayFund, sameDraws } from "./replay-fund.ts";
import type { WorkerPool } from "./worker-pool.ts";

/** What to simulate. */
export interface SimulationRequest {
  scenario: Scenario;
  /** A second scenario run on the same random numbers, for a comparison. */
  compare?: Scenario;
  paths: number;
  years: number;
  seed: number;
}

/** The raw result of a run: every metric of every path and year, for each scenario. */
export interface SimulationRun {
  request: SimulationRequest;
  /** One entry per scenario (the second is the comparison). */
  outcomes: ScenarioOutcome[];
  /** The paths run, `[start, end)` of `request.paths` (absent or all of them unless a block was asked for). */
  block?: PathBlock;
}

/** A block of path indices `[start, end)`: a shard of a run (paths are keyed by (seed, path)). */
export interface PathBlock {
  start: number;
  end: number;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  /** Values per path-year (see `METRIC`). */
  width: number;
  /** `paths × years × width` values, path-major (the block's paths only, for a block). */
  metrics: Float64Array;
  /** Labels of the band-attribution slots, e.g. "0–3,000 at 40%". */
  bandLabels: string[];
}

/** Thrown when a run is cancelled: no results are presented. */
export class CancelledError extends Error {
  constructor() {
    super("the simulation was cancelled");
    this.name = "CancelledError";
  }
}

export const MAX_PATHS = 1_000_000;
export const MAX_YEARS = 50;

/** Refuses a request out of range before anything runs (messages name the option and the range). */
export function checkSimulationRequest(request: SimulationRequest): void {
  const problems: string[] = [];
  if (!Number.isInteger(request.paths) || request.paths < 1 || request.paths > MAX_PATHS) {
    problems.push(`paths: ${request.paths} is out of range; expected a whole number from 1 to 1,000,000`);
  }
  if (!Number.isInteger(request.years) || request.years < 1 || request.years > MAX_YEARS) {
    problems.push(`years: ${request.years} is out of range; expected a whole number from 1 to ${MAX_YEARS}`);
  }
  if (!Number.isInteger(request.seed) || request.seed < 0) {
    problems.push(`seed: ${request.seed} is out of range; expected a whole number of 0 or more`);
  }
  if (problems.length > 0) throw new InputError(problems);
}

/** The English labels of a scenario's band-attribution slots, for exports (views name the slots themselves). */
export function bandSlotLabels(scenario: Scenario): string[] {
  const label = (prefix: string) => (band: { from: number; upTo: number | null; rate: number }) =>
    `${prefix}${formatBound(band.from, "en")}–${formatBound(band.upTo, "en")} at ${formatPercent(band.rate, "en", 4)}`;
  const labels = scenario.policy.inpatient.bands.map(label(""));
  const special = scenario.policy.specialOutpatient.bands;
  return special ? [...labels, ...special.map(label("special outpatient "))] : labels;
}

/**
 * Runs a simulation on a pool of threads: splits the paths into chunks, runs them (both scenarios of a
 * comparison in the same chunk, on the same streams), reports progress, and assembles the metrics in path
 * order. Because every path's streams are keyed by (seed, path, year), the result is bit-identical for any
 * pool size. When the comparison differs only in the fund step (`sameDraws`: opening balance, reserve,
 * interest, expenses, ruin basis), membership and claims are simulated once and the second scenario's
 * fund is replayed on them, with the same figures as simulating it. Aborting `signal` terminates the pool and rejects with `CancelledError`. With `block`, only
 * the paths `[block.start, block.end)` run (a shard of the whole run): their figures are the same as in a
 * run of all the paths, so shards merge exactly.
 */
export async function runSimulation(
  request: SimulationRequest,
  pool: WorkerPool,
  options: {
    onProgress?: (pathsDone: number, paths: number) => void;
    signal?: AbortSignal;
    block?: PathBlock;
  } = {},
): Promise<SimulationRun> {
  checkSimulationRequest(request);
  const block = options.block ?? { start: 0, end: request.paths };
  if (
    !Number.isInteger(block.start) ||
    !Number.isInteger(block.end) ||
    block.start < 0 ||
    block.end > request.paths ||
    block.start >= block.end
  )
    throw new RangeError(`path block ${block.start}–${block.end} is not inside 0–${request.paths}`);
  const count = block.end - block.start;
  const scenarios = request.compare ? [request.scenario, request.compare] : [request.scenario];
  const shared = request.compare !== undefined && sameDraws(request.scenario, request.compare);
  const simulated = shared ? [request.scenario] : scenarios;
  const widths = scenarios.map((scenario) => metricCount(modelFor(scenario).bandSlots));
  const outcomes: ScenarioOutcome[] = scenarios.map((scenario, index) => ({
    scenario,
    width: widths[index]!,
    metrics: new Float64Array(count * request.years * widths[index]!),
    bandLabels: bandSlotLabels(scenario),
  }));
  const chunkSize = Math.max(1, Math.min(25, Math.ceil(count / (pool.size * 8))));
  const chunks: [number, number][] = [];
  for (let start = block.start; start < block.end; start += chunkSize)
    chunks.push([start, Math.min(block.end, start + chunkSize)]);
  let done = 0;
  let cancelled = false;
  const onAbort = () => {
    cancelled = true;
    pool.terminate();
  };
  if (options.signal?.aborted) throw new CancelledError();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const place = (chunk: ChunkResult) => {
    chunk.metrics.forEach((metrics, index) => {
      outcomes[index]!.metrics.set(metrics, (chunk.pathStart - block.start) * request.years * widths[index]!);
    });
  };
  try {
    await Promise.all(
      chunks.map(async ([pathStart, pathEnd]) => {
        const result = await pool.run(
          { scenarios: simulated, seed: request.seed, years: request.years, pathStart, pathEnd },
          () => {
            done++;
            options.onProgress?.(done, count);
          },
        );
        if (!cancelled) place(result);
      }),
    );
  } catch (error) {
    if (cancelled) throw new CancelledError();
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
  if (cancelled) throw new CancelledError();
  if (shared)
    outcomes[1] = replayFund(outcomes[0]!, request.compare!, count, request.years, outcomes[1]!.bandLabels);
  return { request, outcomes, block };
}
