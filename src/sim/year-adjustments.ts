import type { YearOverride } from "../scenario/stresses/year-override.ts";

/** The year overrides resolved year by year (index year − 1); `NaN` where a value is not replaced. */
export interface YearAdjustments {
  /** Whether any override applies at all (the unstressed engine skips them). */
  readonly any: boolean;
  readonly frequency: Float64Array;
  /** The epidemic factor that replaces the year's draw, or NaN. */
  readonly epidemic: Float64Array;
  readonly selfPay: Float64Array;
  /** Applied to the members at the start of the year. */
  readonly membership: Float64Array;
  /** The interest rate that replaces the fund's, or NaN. */
  readonly interest: Float64Array;
}

/**
 * Resolves overrides into one value per year: multipliers of overrides covering the same year multiply;
 * replaced values (epidemic factor, interest rate) take the last override given. Years past the horizon
 * are ignored. Cost: O(overrides × years), once per path.
 * @example Array.from(resolveYearAdjustments([{ from: 2, selfPayMultiplier: 1.2 }], 3).selfPay)
 * // → [1, 1.2, 1.2]
 */
export function resolveYearAdjustments(overrides: readonly YearOverride[], years: number): YearAdjustments {
  const frequency = new Float64Array(years).fill(1);
  const epidemic = new Float64Array(years).fill(NaN);
  const selfPay = new Float64Array(years).fill(1);
  const membership = new Float64Array(years).fill(1);
  const interest = new Float64Array(years).fill(NaN);
  for (const override of overrides) {
    const last = Math.min(years, override.to ?? years);
    for (let year = Math.max(1, override.from); year <= last; year++) {
      const i = year - 1;
      if (override.frequencyMultiplier !== undefined)
        frequency[i] = frequency[i]! * override.frequencyMultiplier;
      if (override.epidemicMultiplier !== undefined) epidemic[i] = override.epidemicMultiplier;
      if (override.selfPayMultiplier !== undefined) selfPay[i] = selfPay[i]! * override.selfPayMultiplier;
      if (override.interestRate !== undefined) interest[i] = override.interestRate;
    }
    if (override.membershipMultiplier !== undefined && override.from >= 1 && override.from <= years)
      membership[override.from - 1] = membership[override.from - 1]! * override.membershipMultiplier;
  }
  return { any: overrides.length > 0, frequency, epidemic, selfPay, membership, interest };
}
