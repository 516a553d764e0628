import { formatDecimalPercent } from "./format-number.ts";
import { type Language, MISSING } from "./language.ts";

/**
 * A ratio or probability in percent with at most `decimals` decimals (trailing zeros dropped); "–"
 * when not finite.
 * @example formatPercent(0.42054, "en")
 * // → "42.05%"
 * @example formatPercent(0.4, "zh", 4)
 * // → "40%"
 * @example formatPercent(0.07, "en", 4)
 * // → "7%"
 */
export function formatPercent(value: number, language: Language, decimals = 2): string {
  return Number.isFinite(value) ? formatDecimalPercent(value, language, 0, decimals) : MISSING;
}
