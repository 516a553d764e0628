import { type AliasTable, createAliasTable } from "./discrete-alias-table.ts";
import { standardNormalCdf } from "./standard-normal-cdf.ts";
import { log } from "./portable-math.ts";

/** Log-sd of length of stay (E): most stays last a few days to two weeks, a few several months. */
export const LENGTH_OF_STAY_SIGMA = 0.75;

/**
 * Days of a stay, 1 to 180: a lognormal with log-sd 0.75 discretised by rounding to whole days and scaled
 * so its mean is `meanDays` (9.8, NHSA 2023). Drawn with an alias table: one uniform a stay.
 */
export function createLengthOfStay(meanDays: number): AliasTable {
  const values: number[] = [];
  const weights: number[] = [];
  const sigma = LENGTH_OF_STAY_SIGMA;
  // Find mu so the discretised mean matches meanDays (bisection on a monotone function).
  const meanFor = (mu: number) => {
    let total = 0;
    let weighted = 0;
    for (let day = 1; day <= 180; day++) {
      const low = day === 1 ? 0 : standardNormalCdf((log(day - 0.5) - mu) / sigma);
      const high = day === 180 ? 1 : standardNormalCdf((log(day + 0.5) - mu) / sigma);
      total += high - low;
      weighted += (high - low) * day;
    }
    return weighted / total;
  };
  let low = -2;
  let high = 6;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (meanFor(mid) < meanDays) low = mid;
    else high = mid;
  }
  const mu = (low + high) / 2;
  for (let day = 1; day <= 180; day++) {
    const lower = day === 1 ? 0 : standardNormalCdf((log(day - 0.5) - mu) / sigma);
    const upper = day === 180 ? 1 : standardNormalCdf((log(day + 0.5) - mu) / sigma);
    values.push(day);
    weights.push(upper - lower);
  }
  return createAliasTable(values, weights);
}
