import { InputError } from "../messages.ts";
import { formatBound, formatRate } from "../policy/format-yuan.ts";
import type { Scenario } from "../scenario/types.ts";
import { metricCount } from "./metrics.ts";
import { type ChunkResult, modelFor } from "./run-paths.ts";
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
}

export interface ScenarioOutcome {
  scenario: Scenario;
  /** Values per path-year (see `METRIC`). */
  width: number;
  /** `paths × years × width` values, path-major. */
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

/** The band labels of a scenario's attribution slots. */
export function bandLabels(scenario: Scenario): string[] {
  const label = (prefix: string) => (band: { from: number; upTo: number | null; rate: number }) =>
    `${prefix}${formatBound(band.from)}–${formatBound(band.upTo)} at ${formatRate(band.rate)}`;
  const labels = scenario.policy.inpatient.bands.map(label(""));
  const special = scenario.policy.specialOutpatient.bands;
  return special ? [...labels, ...special.map(label("special outpatient "))] : labels;
}

/**
 * Runs a simulation on a pool of threads: splits the paths into chunks, runs them (both scenarios of a
 * comparison in the same chunk, on the same streams), reports progress, and assembles the metrics in path
 * order. Because every path's streams are keyed by (seed, path, year), the result is bit-identical for any
 * pool size. Aborting `signal` terminates the pool and rejects with `CancelledError`.
 */
export async function runSimulation(
  request: SimulationRequest,
  pool: WorkerPool,
  options: {
    onProgress?: (pathsDone: number, paths: number) => void;
    /** Called with each finished chunk (for progressive results, see `partialRun`); never changes the result. */
    onChunk?: (chunk: ChunkResult) => void;
    signal?: AbortSignal;
  } = {},
): Promise<SimulationRun> {
  checkSimulationRequest(request);
  const scenarios = request.compare ? [request.scenario, request.compare] : [request.scenario];
  const widths = scenarios.map((scenario) => metricCount(modelFor(scenario).bandSlots));
  const outcomes: ScenarioOutcome[] = scenarios.map((scenario, index) => ({
    scenario,
    width: widths[index]!,
    metrics: new Float64Array(request.paths * request.years * widths[index]!),
    bandLabels: bandLabels(scenario),
  }));
  const chunkSize = Math.max(1, Math.min(25, Math.ceil(request.paths / (pool.size * 8))));
  const chunks: [number, number][] = [];
  for (let start = 0; start < request.paths; start += chunkSize)
    chunks.push([start, Math.min(request.paths, start + chunkSize)]);
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
      outcomes[index]!.metrics.set(metrics, chunk.pathStart * request.years * widths[index]!);
    });
  };
  try {
    await Promise.all(
      chunks.map(async ([pathStart, pathEnd]) => {
        const result = await pool.run(
          { scenarios, seed: request.seed, years: request.years, pathStart, pathEnd },
          () => {
            done++;
            options.onProgress?.(done, request.paths);
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
  return { request, outcomes };
}
