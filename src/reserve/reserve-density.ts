import { reserveQuantiles, type ReserveDistribution } from "./assess-adequacy.ts";

/**
 * Points of the density of a reserve distribution for a chart: a histogram of simulated values (`bins`
 * equal bins from the smallest to the largest, density = share ÷ bin width, at each bin's middle), or the
 * lognormal's density on `bins` points from its 0.05% to its 99.95% quantile.
 * @example
 * // Bins [0, 1) and [1, 2] of width 1 hold one and three of the four values.
 * reserveDensity({ kind: "sample", values: [0, 1, 1, 2] }, 2)
 * // → [{ amount: 0.5, density: 0.25 }, { amount: 1.5, density: 0.75 }]
 */
export function reserveDensity(
  distribution: ReserveDistribution,
  bins = 60,
): { amount: number; density: number }[] {
  if (distribution.kind === "sample") {
    const values = Array.from(distribution.values);
    if (values.length === 0) return [];
    const low = Math.min(...values);
    const high = Math.max(...values);
    const width = (high - low) / bins || 1;
    const counts = Array<number>(bins).fill(0);
    for (const value of values) counts[Math.min(bins - 1, Math.floor((value - low) / width))]!++;
    return counts.map((count, bin) => ({
      amount: low + (bin + 0.5) * width,
      density: count / values.length / width,
    }));
  }
  const { mean, standardDeviation } = distribution;
  if (!(mean > 0) || !(standardDeviation > 0)) return [];
  const sigma2 = Math.log(1 + (standardDeviation / mean) ** 2);
  const mu = Math.log(mean) - sigma2 / 2;
  const { quantile } = reserveQuantiles(distribution);
  const from = quantile(0.0005);
  const to = quantile(0.9995);
  return Array.from({ length: bins }, (_, index) => {
    const amount = from + ((to - from) * index) / (bins - 1);
    const z = (Math.log(amount) - mu) ** 2 / (2 * sigma2);
    return { amount, density: Math.exp(-z) / (amount * Math.sqrt(2 * Math.PI * sigma2)) };
  });
}
