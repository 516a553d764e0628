import { inverseNormal } from "../model/inverse-normal.ts";
import { exp, log } from "../model/portable-math.ts";
import type { OpeningLiability } from "../scenario/assumption-types.ts";
import type { RandomStream } from "./random-stream.ts";

/**
 * One path's outstanding claims at the start of the projection: a lognormal draw with the liability's
 * mean and standard deviation (σ² = ln(1 + sd²/mean²), μ = ln mean − σ²/2), or exactly the mean when the
 * sd is 0. Draws one uniform from `stream` only when there is something to draw, so a scenario without an
 * opening liability keeps its results bit for bit.
 * @example drawOpeningLiability({ mean: 1000, standardDeviation: 0 }, stream) // 1000
 */
export function drawOpeningLiability(liability: OpeningLiability, stream: RandomStream): number {
  const { mean, standardDeviation } = liability;
  if (!(mean > 0)) return 0;
  if (!(standardDeviation > 0)) return mean;
  const sigma2 = log(1 + (standardDeviation / mean) ** 2);
  const u = stream.uniform();
  return exp(log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * inverseNormal(u > 0 ? u : 2 ** -33));
}
