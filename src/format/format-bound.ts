import { formatNumber } from "./format-number.ts";
import type { Language } from "./language.ts";

/**
 * A band's bound in yuan, grouped, "∞" for a band without an upper bound.
 * @example formatBound(10_000, "en")
 * // → "10,000"
 * @example formatBound(null, "zh")
 * // → "∞"
 */
export function formatBound(value: number | null, language: Language): string {
  return value === null ? "∞" : formatNumber(value, language);
}
