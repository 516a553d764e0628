import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, formatDecimalPercent } from "../../src/format/format-number.ts";
import { LANGUAGE_TAG, type Language } from "../../src/format/language.ts";

/** The reference: Intl.NumberFormat itself, with "-0" written "0" as the formatters write it. */
function intl(value: number, language: Language, options: Intl.NumberFormatOptions): string {
  const text = new Intl.NumberFormat(LANGUAGE_TAG[language], options).format(value);
  return /^-[0.,%]*$/.test(text) ? text.slice(1) : text;
}

const languages = fc.constantFrom<Language>("en", "zh");
// Amounts as they come (cents, halves, ties such as 1.005 and 2.675) and any double in range.
const values = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000 + 0.005),
  fc.double({ min: -1e14, max: 1e14, noNaN: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.constantFrom(0, -0, 1.005, 2.675, 999.995, 0.125, 0.07, 1e-6, -0.004),
);
const decimals = fc
  .integer({ min: 0, max: 4 })
  .chain((max) => fc.tuple(fc.integer({ min: 0, max }), fc.constant(max)));

describe("formatDecimal and formatDecimalPercent write what Intl.NumberFormat writes", () => {
  it("grouped decimals: the same text for any number, language and decimals", () => {
    fc.assert(
      fc.property(values, languages, decimals, (value, language, [min, max]) => {
        expect(formatDecimal(value, language, min, max)).toBe(
          intl(value, language, { minimumFractionDigits: min, maximumFractionDigits: max }),
        );
      }),
      { numRuns: 3_000 },
    );
  });

  it("percentages: the decimal point moved, not a product in floating point (0.07 is 7%)", () => {
    fc.assert(
      fc.property(values, languages, fc.integer({ min: 0, max: 4 }), (value, language, max) => {
        expect(formatDecimalPercent(value, language, 0, max)).toBe(
          intl(value, language, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: max }),
        );
      }),
      { numRuns: 3_000 },
    );
    expect(formatDecimalPercent(0.07, "en", 0, 4)).toBe("7%");
  });

  it("rounds ties of the written decimal half away from zero, as Intl does (toFixed would not)", () => {
    // 1.005 is stored as 1.00499999999999989…; Intl rounds its shortest decimal, 1.005.
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(formatDecimal(1.005, "en", 2, 2)).toBe("1.01");
    expect(formatDecimal(-2.675, "zh", 0, 2)).toBe("-2.68");
    expect(formatDecimal(1234567.891, "en", 0, 2)).toBe("1,234,567.89");
  });
});
