import type { Model } from "../model/compile-model.ts";
import { exp, log } from "../model/portable-math.ts";
import { exactYearOne } from "./exact-year-one.ts";
import { pmfMoments } from "./pmf-moments.ts";
import { pmfQuantile } from "./pmf-quantile.ts";

/** Year one's exact benefit distribution mixed over a common frequency multiplier. */
export interface ExactYearOneMixed {
  pmf: Float64Array;
  step: number;
  mean: number;
  standardDeviation: number;
  quantile: (p: number) => number;
  /** Quadrature nodes used (multipliers) and their weights (summing to 1). */
  nodes: { multiplier: number; weight: number }[];
}

/**
 * The exact distribution of year one's benefits when every member's claim rate is multiplied by a common
 * lognormal M with mean 1 and coefficient of variation `cv` (the scenario's `shocks.frequencyCv` in year
 * one): the mixture ∫ f_S|M=m dG(m), with f_S|M=m the FFT compound distribution (`exactYearOne` with
 * `frequencyMultiplier` m), integrated over M = exp(s z − s²/2), s² = ln(1 + cv²), z standard normal, by
 * the trapezoidal rule on z ∈ [−8, 8] (spacing 16 / (points − 1); for a Gaussian integrand the rule
 * converges geometrically, and the weights are renormalised to sum to 1). This is the mixed frequency of
 * Meyers' contagion model and of the `aggregate` package's mixed severity/frequency, here computed
 * directly. Cost: `points` FFT aggregates (41 by default).
 * With `cv` 0 it is `exactYearOne`'s distribution.
 */
export function exactYearOneMixed(
  model: Model,
  options: { step: number; length: number; cv: number; points?: number },
): ExactYearOneMixed {
  const points = options.cv > 0 ? (options.points ?? 41) : 1;
  const s2 = log(1 + options.cv * options.cv);
  const s = Math.sqrt(s2);
  const nodes: { multiplier: number; weight: number }[] = [];
  for (let k = 0; k < points; k++) {
    const z = points === 1 ? 0 : -8 + (16 * k) / (points - 1);
    nodes.push({ multiplier: exp(s * z - s2 / 2), weight: exp(-(z * z) / 2) });
  }
  const total = nodes.reduce((sum, node) => sum + node.weight, 0);
  nodes.forEach((node) => (node.weight /= total));
  const pmf = new Float64Array(options.length);
  for (const node of nodes) {
    if (node.weight < 1e-16) continue;
    const conditional = exactYearOne(model, {
      step: options.step,
      length: options.length,
      frequencyMultiplier: node.multiplier,
    });
    for (let j = 0; j < pmf.length; j++) pmf[j] = pmf[j]! + node.weight * conditional.pmf[j]!;
  }
  const moments = pmfMoments(pmf, options.step);
  return {
    pmf,
    step: options.step,
    mean: moments.mean,
    standardDeviation: moments.standardDeviation,
    quantile: (p: number) => pmfQuantile(pmf, options.step, p),
    nodes,
  };
}
