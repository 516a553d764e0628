import { formatAmount } from "./format-amount.ts";
import { type Language, MISSING } from "./language.ts";

/**
 * A compact amount in yuan with its unit: "5098万元" in Chinese, "51M yuan" in English; "–" when not
 * finite. The number is {@link formatAmount}'s, so it reads as the charts do.
 * @example formatYuan(50_976_337, "zh")
 * // → "5098万元"
 * @example formatYuan(50_976_337, "en")
 * // → "51M yuan"
 */
export function formatYuan(value: number, language: Language): string {
  const amount = formatAmount(value, language);
  if (amount === MISSING) return amount;
  return language === "zh" ? `${amount}元` : `${amount} yuan`;
}
