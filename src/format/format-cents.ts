import { withoutNegativeZero } from "./format-number.ts";
import { type Language, LANGUAGE_TAG, MISSING } from "./language.ts";

/**
 * Yuan to the cent, grouped, for payouts and explanation lines; "–" when not finite.
 * @example formatCents(5400, "en")
 * // → "5,400.00"
 * @example formatCents(1234.5, "zh")
 * // → "1,234.50"
 */
export function formatCents(value: number, language: Language): string {
  if (!Number.isFinite(value)) return MISSING;
  return withoutNegativeZero(
    new Intl.NumberFormat(LANGUAGE_TAG[language], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(value),
  );
}
