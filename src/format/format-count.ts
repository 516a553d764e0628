import { formatNumber } from "./format-number.ts";
import type { Language } from "./language.ts";

/**
 * A count (members, claims, paths), rounded to a whole number with the language's grouping; "–" when
 * not finite.
 * @example formatCount(1_157_110.4, "en")
 * // → "1,157,110"
 */
export function formatCount(value: number, language: Language): string {
  return formatNumber(value, language, 0);
}
