import { METRIC } from "../sim/metrics.ts";
import { type ScenarioOutcome, runSimulation } from "../sim/run-simulation.ts";
import type { WorkerPool } from "../sim/worker-pool.ts";
import type { Scenario } from "../scenario/types.ts";
import { meanAndStandardError } from "./mean-and-standard-error.ts";
import { pathsToResolve } from "./paths-to-resolve.ts";
import { proportionEstimate } from "./proportion-estimate.ts";
import { feeMovesOnlyContributions, replayFee } from "./replay-fee.ts";

/** One evaluated fee: the ruin probability over the horizon and the mean yearly result. */
export interface FeePoint {
  fee: number;
  ruinProbability: number;
  low: number;
  high: number;
  /** Mean yearly result (contributions − expenses − benefits + interest), yuan. */
  meanResult: number;
}

export interface FeeSolution {
  targetRuin: number;
  /**
   * Lowest active fee with ruin probability ≤ target (null if none up to the search's ceiling, or if the
   * paths cannot resolve the target: see `resolved`).
   */
  solvedFee: number | null;
  /**
   * Monte Carlo 95% interval of `solvedFee`: from the lowest fee whose ruin interval reaches down to the
   * target (it might meet it) to the lowest whose ruin interval lies under it (it surely does).
   */
  solvedFeeLow: number | null;
  solvedFeeHigh: number | null;
  /** Whether the paths can resolve the target ruin probability (see `pathsToResolve`). */
  resolved: boolean;
  /** Paths needed to resolve the target. */
  pathsNeeded: number;
  /**
   * True when the ruin-target fee is below the break-even fee: the target is met only because the
   * opening fund absorbs the expected yearly losses within the horizon; a longer horizon would ruin it.
   */
  belowBreakEven: boolean;
  /** Active fee at which the mean yearly result is zero. */
  breakEvenFee: number | null;
  /** Every fee evaluated, sorted by fee: the fee–ruin curve. */
  curve: FeePoint[];
  /**
   * How many full simulations the search ran: one when the fee moves only contributions (no price
   * elasticity) and every other fee was replayed from that run's cash flows, else one per fee.
   */
  simulations?: number;
}

/** The scenario with the active fee set to `fee` and the retiree fee moved in proportion. */
export function withActiveFee(scenario: Scenario, fee: number): Scenario {
  const fees = scenario.policy.fees;
  const ratio = fees.active > 0 ? fees.retiree / fees.active : 1;
  return {
    ...scenario,
    policy: { ...scenario.policy, fees: { ...fees, active: fee, retiree: fee * ratio } },
  };
}

/**
 * Finds the lowest active-member fee (retiree fee in proportion) that keeps the probability of ruin over
 * the horizon at or under `targetRuin`, and the break-even fee (mean yearly result zero), by bisection on
 * common random numbers: every fee is simulated with the same seed, so the ruin probability is a smooth,
 * nearly monotone function of the fee and the search does not chase noise. Precision: 0.5 yuan.
 * The ruin-target fee comes with its Monte Carlo interval (the same bisection on the Wilson bounds of the
 * ruin probability), and is not named when the paths cannot resolve the target: with fewer than
 * `pathsToResolve(target)` paths (1,791 for 0.5%), any fee whose few paths happen not to be ruined would
 * "meet" it.
 * Cost: about 4 × log2(fee range / 0.5) fee evaluations. When the fee moves only contributions (price
 * elasticity 0: membership and claims are then the same at every fee), one simulation serves them all:
 * each other fee is replayed from that run's per-path cash flows (`replayFee`), and a fee whose replay
 * comes within rounding of a decision is simulated in full, so the search takes the same steps and
 * finds the same fees as one simulation per fee. With a price elasticity the fee changes take-up, hence
 * membership and claims, and every fee is simulated. Aborting `options.signal` stops the search with
 * `CancelledError`.
 */
export async function solveFee(
  scenario: Scenario,
  options: {
    targetRuin: number;
    paths: number;
    years: number;
    seed: number;
    signal?: AbortSignal;
    /** Replay fees from one run's cash flows when the fee moves only contributions (default true). */
    replay?: boolean;
  },
  pool: WorkerPool,
  onStep?: (point: FeePoint) => void,
): Promise<FeeSolution> {
  const curve: FeePoint[] = [];
  const cache = new Map<number, FeePoint>();
  let simulations = 0;
  const simulate = async (target: Scenario): Promise<ScenarioOutcome> => {
    simulations++;
    const run = await runSimulation(
      { scenario: target, paths: options.paths, years: options.years, seed: options.seed },
      pool,
      { signal: options.signal },
    );
    return run.outcomes[0]!;
  };
  let base: ScenarioOutcome | undefined;
  const reuse = (options.replay ?? true) && feeMovesOnlyContributions(scenario);
  const evaluate = async (fee: number): Promise<FeePoint> => {
    const key = Math.round(fee * 100) / 100;
    const known = cache.get(key);
    if (known) return known;
    let ruined = 0;
    let results: Float64Array = new Float64Array(options.paths);
    const replay = reuse
      ? replayFee((base ??= await simulate(scenario)), options.paths, options.years, key)
      : null;
    if (replay && !replay.close) ({ ruined, results } = replay);
    else {
      const outcome = await simulate(withActiveFee(scenario, key));
      for (let path = 0; path < options.paths; path++) {
        ruined +=
          outcome.metrics[(path * options.years + options.years - 1) * outcome.width + METRIC.ruined]!;
        let total = 0;
        for (let year = 0; year < options.years; year++)
          total += outcome.metrics[(path * options.years + year) * outcome.width + METRIC.result]!;
        results[path] = total / options.years;
      }
    }
    const estimate = proportionEstimate(ruined, options.paths);
    const point = {
      fee: key,
      ruinProbability: estimate.value,
      low: estimate.wilson.low,
      high: estimate.wilson.high,
      meanResult: meanAndStandardError(results).mean,
    };
    cache.set(key, point);
    curve.push(point);
    onStep?.(point);
    return point;
  };
  const start = Math.max(scenario.policy.fees.active, 1);
  const ceiling = start * 16;

  // Lowest fee at which `meets` holds (it holds from some fee up): bracket, then bisect.
  const lowestFee = async (meets: (point: FeePoint) => boolean): Promise<number | null> => {
    let high = start;
    while (!meets(await evaluate(high)) && high < ceiling) high *= 2;
    if (!meets(await evaluate(high))) return null;
    let low = 0;
    while (high - low > 0.5) {
      const middle = (low + high) / 2;
      if (meets(await evaluate(middle))) high = middle;
      else low = middle;
    }
    return Math.round(high * 100) / 100;
  };
  const target = options.targetRuin;
  const pathsNeeded = pathsToResolve(target);
  const resolved = options.paths >= pathsNeeded;
  let solvedFee: number | null = null;
  let solvedFeeLow: number | null = null;
  let solvedFeeHigh: number | null = null;
  if (resolved) {
    solvedFee = await lowestFee((point) => point.ruinProbability <= target);
    solvedFeeLow = await lowestFee((point) => point.low <= target);
    solvedFeeHigh = await lowestFee((point) => point.high <= target);
  }

  // Break-even fee: the mean result rises with the fee.
  let upper = start;
  while ((await evaluate(upper)).meanResult < 0 && upper < ceiling) upper *= 2;
  let breakEvenFee: number | null = null;
  if ((await evaluate(upper)).meanResult >= 0) {
    let lower = 0;
    while (upper - lower > 0.5) {
      const middle = (lower + upper) / 2;
      if ((await evaluate(middle)).meanResult >= 0) upper = middle;
      else lower = middle;
    }
    breakEvenFee = Math.round(upper * 100) / 100;
  }
  curve.sort((a, b) => a.fee - b.fee);
  const belowBreakEven = solvedFee !== null && breakEvenFee !== null && solvedFee < breakEvenFee;
  return {
    targetRuin: target,
    solvedFee,
    solvedFeeLow,
    solvedFeeHigh,
    resolved,
    pathsNeeded,
    belowBreakEven,
    breakEvenFee,
    curve,
    simulations,
  };
}
