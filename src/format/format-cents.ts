import { formatDecimal } from "./format-number.ts";
import { type Language, MISSING } from "./language.ts";

/**
 * Yuan to the cent, grouped, for payouts and explanation lines; "–" when not finite.
 * @example formatCents(5400, "en")
 * // → "5,400.00"
 * @example formatCents(1234.5, "zh")
 * // → "1,234.50"
 */
export function formatCents(value: number, language: Language): string {
  return Number.isFinite(value) ? formatDecimal(value, language, 2, 2) : MISSING;
}
