import { type Language, LANGUAGE_TAG, MISSING } from "./language.ts";

/**
 * A number with the language's digit grouping and at most `decimals` decimals (trailing zeros
 * dropped), never "-0"; "–" when not finite. Band bounds, option ranges and message amounts use it.
 * @example formatNumber(10_000, "en")
 * // → "10,000"
 * @example formatNumber(1234.567, "zh")
 * // → "1,234.57"
 * @example formatNumber(-0.001, "en")
 * // → "0"
 */
export function formatNumber(value: number, language: Language, decimals = 2): string {
  return formatWithIntl(value, language, { maximumFractionDigits: decimals });
}

/**
 * `value` through `Intl.NumberFormat` with `options` in the language's conventions, never "-0", and "–"
 * when not finite: the common ground of the formatters of src/format.
 * @example formatWithIntl(0.125, "zh", { style: "percent", maximumFractionDigits: 1 })
 * // → "12.5%"
 */
export function formatWithIntl(value: number, language: Language, options: Intl.NumberFormatOptions): string {
  if (!Number.isFinite(value)) return MISSING;
  return withoutNegativeZero(numberFormat(language, options).format(value));
}

// Making an Intl.NumberFormat costs some 50 µs, formatting with one about 1 µs: a year's adjudication
// explanations format hundreds of thousands of amounts, so the formatters are made once per options.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LANGUAGE_TAG[language], options);
    formats.set(key, format);
  }
  return format;
}

/**
 * Drops the sign of a formatted number that shows as zero ("-0", "-0.00", "-0%"): a value that rounds
 * to zero is written "0", as the charts write it.
 * @example withoutNegativeZero("-0.00")
 * // → "0.00"
 * @example withoutNegativeZero("-0.5%")
 * // → "-0.5%"
 */
export function withoutNegativeZero(text: string): string {
  return /^-[0.,%]*$/.test(text) ? text.slice(1) : text;
}
