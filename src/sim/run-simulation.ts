import { InputError, type Message, message } from "../messages.ts";
import type { Scenario } from "../scenario/types.ts";
import { type BandSlot, bandSlots } from "./band-slots.ts";
import { METRIC, metricCount } from "./metrics.ts";
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
  /** The band-attribution slots, in the order of the band metrics (views name them). */
  bandSlots: BandSlot[];
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
  const problems: Message[] = [];
  const outOfRange = (setting: string, value: number, expected: Message) =>
    problems.push(message.simulationOutOfRange(setting, String(value), expected));
  if (!Number.isInteger(request.paths) || request.paths < 1 || request.paths > MAX_PATHS) {
    outOfRange("paths", request.paths, message.wholeNumberRange(1, MAX_PATHS));
  }
  if (!Number.isInteger(request.years) || request.years < 1 || request.years > MAX_YEARS) {
    outOfRange("years", request.years, message.wholeNumberRange(1, MAX_YEARS));
  }
  if (!Number.isInteger(request.seed) || request.seed < 0) {
    outOfRange("seed", request.seed, message.wholeNumberFrom(0));
  }
  if (problems.length > 0) throw new InputError(problems);
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
    /** Called with each finished chunk (for progressive results, see `partialRun`); never changes the result. */
    onChunk?: (chunk: ChunkResult) => void;
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
    bandSlots: bandSlots(scenario.policy),
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
        if (!cancelled) {
          place(result);
          options.onChunk?.(result);
        }
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
    outcomes[1] = replayFund(outcomes[0]!, request.compare!, count, request.years, outcomes[1]!.bandSlots);
  for (const outcome of outcomes) checkFinite(outcome, request.years);
  return { request, outcomes, block };
}

/**
 * Refuses a run with a figure that is not a finite number: NaN or ±Infinity would otherwise pass for a
 * result (`NaN < 0` is false, so a NaN balance would read as "never ruined").
 * @throws InputError naming the scenario, path, year and metric
 */
export function checkFinite(outcome: ScenarioOutcome, years: number): void {
  const { metrics, width } = outcome;
  for (let index = 0; index < metrics.length; index++) {
    if (Number.isFinite(metrics[index]!)) continue;
    const cell = Math.floor(index / width);
    const slot = index % width;
    const name =
      Object.entries(METRIC).find(([, value]) => value === slot)?.[0] ?? `band slot ${slot - METRIC.bands}`;
    const where = `${outcome.scenario.name}, path ${Math.floor(cell / years) + 1}, year ${(cell % years) + 1}, ${name} = ${metrics[index]}`;
    throw new InputError([message.notFinite(where)]);
  }
}
