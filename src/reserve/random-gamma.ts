import { inverseNormal } from "../model/inverse-normal.ts";
import { log, pow } from "../model/portable-math.ts";

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** A uniform in (0, 1): never exactly 0, so logs and normal quantiles stay finite. */
const open = (uniform: Uniform): number => {
  const u = uniform();
  return u > 0 ? u : 2 ** -53;
};

/**
 * A gamma draw with `shape` > 0 and scale 1, by Marsaglia & Tsang (2000) with normals from the inverse
 * normal of a uniform, and shape < 1 boosted by U^(1/shape). Uses the portable log and pow, so a seed
 * gives the same bits in Node and in the browser.
 * @example
 * // u = 0.5 gives the normal x = 0, so v = 1 and the draw is d = shape − 1/3 (accepted at once),
 * // close to Gamma(2)'s median 1.678.
 * randomGamma(2, () => 0.5)
 * // ≈ 1.6667
 */
export function randomGamma(shape: number, uniform: Uniform): number {
  if (shape < 1) return randomGamma(shape + 1, uniform) * pow(open(uniform), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = inverseNormal(open(uniform));
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = open(uniform);
    if (log(u) < 0.5 * x * x + d - d * v + d * log(v)) return d * v;
  }
}
