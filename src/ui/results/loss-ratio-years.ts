/** The key of the loss-ratio years in `state.shareExtensions` (and so in a shared link's `x=`). */
export const LOSS_RATIO_YEARS_KEY = "lossRatioYears";

/**
 * The years whose loss-ratio distribution is drawn by default: the first and the last of the horizon.
 * @example defaultLossRatioYears(10)
 * // → [1, 10]
 * @example defaultLossRatioYears(1)
 * // → [1]
 */
export function defaultLossRatioYears(horizon: number): number[] {
  return horizon > 1 ? [1, horizon] : [1];
}

/**
 * The years chosen for the loss-ratio histograms, from the view's setting (`shareExtensions.lossRatioYears`,
 * as a link may carry anything): the whole years 1…`horizon` it lists, once each, in order; the default
 * (first and last) when it lists none of them or is not a list.
 * @example chosenLossRatioYears([5, 2, 5, 40, "x"], 10)
 * // → [2, 5]
 * @example chosenLossRatioYears(undefined, 10)
 * // → [1, 10]
 * @example chosenLossRatioYears([12], 10)
 * // → [1, 10]
 */
export function chosenLossRatioYears(setting: unknown, horizon: number): number[] {
  if (!Array.isArray(setting)) return defaultLossRatioYears(horizon);
  const years = [
    ...new Set(
      setting.filter(
        (year): year is number =>
          Number.isInteger(year) && (year as number) >= 1 && (year as number) <= horizon,
      ),
    ),
  ].sort((a, b) => a - b);
  return years.length > 0 ? years : defaultLossRatioYears(horizon);
}

/**
 * The choice after clicking `year`: added when not chosen, removed when chosen, except the last one left
 * (a histogram always shows).
 * @example toggleLossRatioYear([1, 10], 4)
 * // → [1, 4, 10]
 * @example toggleLossRatioYear([1, 10], 10)
 * // → [1]
 * @example toggleLossRatioYear([3], 3)
 * // → [3]
 */
export function toggleLossRatioYear(chosen: readonly number[], year: number): number[] {
  if (!chosen.includes(year)) return [...chosen, year].sort((a, b) => a - b);
  return chosen.length > 1 ? chosen.filter((other) => other !== year) : [...chosen];
}

/**
 * The view setting after choosing `years` of a `horizon`-year run: kept under `lossRatioYears` in
 * `shareExtensions` (so the link carries it), or left out when it is the default (first and last year).
 * @example withLossRatioYears({ stress: ["epidemic"] }, [2, 5], 10)
 * // → { stress: ["epidemic"], lossRatioYears: [2, 5] }
 * @example withLossRatioYears({ lossRatioYears: [2, 5] }, [1, 10], 10)
 * // → {}
 */
export function withLossRatioYears(
  extensions: Readonly<Record<string, unknown>>,
  years: readonly number[],
  horizon: number,
): Readonly<Record<string, unknown>> {
  const rest = Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== LOSS_RATIO_YEARS_KEY));
  const isDefault = defaultLossRatioYears(horizon).join(",") === years.join(",");
  return isDefault ? rest : { ...rest, [LOSS_RATIO_YEARS_KEY]: [...years] };
}
