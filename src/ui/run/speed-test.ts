import { expectedClaimDraws } from "../../model/expected-claim-draws.ts";
import type { Scenario } from "../../scenario/types.ts";
import { runSimulation } from "../../sim/run-simulation.ts";
import type { WorkerPool } from "../../sim/worker-pool.ts";

/**
 * The speed test's own seed: its paths are thrown away, so they never touch the user's seed, paths or
 * results (every run draws from streams keyed by its own seed, path and year).
 */
export const SPEED_TEST_SEED = 20261129;
/** Timed paths per thread (one year each): about 0.1–0.5 s of work on the default scenario. */
const PATHS_PER_THREAD = 4;

/**
 * Measures how many claims a second this machine simulates on `pool` (all its threads), on `scenario`
 * (the default one): one year of one path per thread first, untimed, so every worker has loaded the
 * kernel and built the model, then {@link PATHS_PER_THREAD} paths per thread of one year, timed with
 * `now` (milliseconds). The rate is the expected claims drawn (`expectedClaimDraws` × paths) ÷ the seconds,
 * the same measure the estimate multiplies back, so an estimate of this very run gives its time.
 * Runs on the pool like any job: call it when the pool is idle (see `calibratingJobRunner`).
 * @returns claims per second, or `null` when the clock did not move
 */
export async function measureClaimRate(
  pool: WorkerPool,
  scenario: Scenario,
  signal: AbortSignal,
  now: () => number,
): Promise<number | null> {
  const run = (paths: number) =>
    runSimulation({ scenario, paths, years: 1, seed: SPEED_TEST_SEED }, pool, { signal });
  await run(pool.size);
  const paths = pool.size * PATHS_PER_THREAD;
  const started = now();
  await run(paths);
  const seconds = (now() - started) / 1000;
  const claims = expectedClaimDraws(scenario) * paths;
  return seconds > 0 && claims > 0 ? claims / seconds : null;
}
