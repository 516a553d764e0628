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
  return Number.isFinite(value) ? formatDecimal(value, language, 0, decimals) : MISSING;
}

/**
 * A number grouped by thousands with `minDecimals` to `maxDecimals` decimals, exactly as
 * `Intl.NumberFormat` writes it in the product's languages (both group by three with "," and use "."):
 * the shortest decimal of the number, rounded half away from zero. Written here for the common case
 * (a year's adjudication formats a million amounts, and `Intl` takes a microsecond or two each); any
 * other number goes through `Intl`.
 * @example [formatDecimal(1234.5, "en", 2, 2), formatDecimal(1.005, "zh", 0, 2), formatDecimal(-0.001, "en", 0, 2)]
 * // → ["1,234.50", "1.01", "0"]
 */
export function formatDecimal(
  value: number,
  language: Language,
  minDecimals: number,
  maxDecimals: number,
): string {
  return formatShortest(value, language, minDecimals, maxDecimals, false);
}

/**
 * As `formatDecimal`, in percent as `Intl.NumberFormat`'s percent style writes it (the shortest decimal
 * of the number with its point moved two places, so 0.07 is "7%", not 7.000000000000001).
 * @example [formatDecimalPercent(0.42054, "en", 0, 2), formatDecimalPercent(0.07, "zh", 0, 4)]
 * // → ["42.05%", "7%"]
 */
export function formatDecimalPercent(
  value: number,
  language: Language,
  minDecimals: number,
  maxDecimals: number,
): string {
  return formatShortest(value, language, minDecimals, maxDecimals, true);
}

function formatShortest(
  value: number,
  language: Language,
  minDecimals: number,
  maxDecimals: number,
  percent: boolean,
): string {
  const magnitude = Math.abs(value);
  if (
    !(magnitude < 1e15) ||
    (magnitude !== 0 && magnitude < 1e-6) ||
    !Number.isInteger(maxDecimals) ||
    maxDecimals < 0 ||
    maxDecimals > 12 ||
    !Number.isInteger(minDecimals) ||
    minDecimals < 0 ||
    minDecimals > maxDecimals
  )
    return formatWithIntl(value, language, {
      ...(percent ? { style: "percent" } : {}),
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
  const shortest = String(magnitude);
  const point = shortest.indexOf(".");
  let whole = point < 0 ? shortest : shortest.slice(0, point);
  let fraction = point < 0 ? "" : shortest.slice(point + 1);
  if (percent) {
    // × 100 in decimal: two digits move from the fraction to the whole part.
    const moved = fraction.padEnd(2, "0");
    whole = (whole + moved.slice(0, 2)).replace(/^0+(?=\d)/, "");
    fraction = moved.slice(2);
  }
  // Digits kept, as one string of whole and fraction digits, then rounded half up on the next digit.
  let digits = whole + fraction.slice(0, maxDecimals).padEnd(maxDecimals, "0");
  if (fraction.length > maxDecimals && fraction.charCodeAt(maxDecimals) >= 53) {
    const chars = digits.split("");
    let at = chars.length - 1;
    while (at >= 0 && chars[at] === "9") chars[at--] = "0";
    if (at < 0) chars.unshift("1");
    else chars[at] = String.fromCharCode(chars[at]!.charCodeAt(0) + 1);
    digits = chars.join("");
  }
  let wholeDigits = digits.slice(0, digits.length - maxDecimals);
  let decimals = digits.slice(digits.length - maxDecimals);
  let keep = decimals.length;
  while (keep > minDecimals && decimals.charCodeAt(keep - 1) === 48) keep--;
  decimals = decimals.slice(0, keep);
  if (wholeDigits.length > 3) {
    let grouped = wholeDigits.slice(0, ((wholeDigits.length - 1) % 3) + 1);
    for (let at = grouped.length; at < wholeDigits.length; at += 3)
      grouped += `,${wholeDigits.slice(at, at + 3)}`;
    wholeDigits = grouped;
  }
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return withoutNegativeZero(
    `${sign}${wholeDigits}${decimals === "" ? "" : `.${decimals}`}${percent ? "%" : ""}`,
  );
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
  let key: string = language;
  for (const name in options) key += ` ${name}=${String(options[name as keyof Intl.NumberFormatOptions])}`;
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
