import { formatNumber } from "../format/format-number.ts";
import { InputError, message } from "../messages.ts";

/**
 * Reads `text` as a whole number within [min, max], for an option or form field called `name`; the
 * command line's options and the page's settings check their numbers here, so both say the same thing.
 * @throws InputError naming the field, the text and the range expected.
 * @example wholeNumberInRange("--paths", "40", 1, 100)
 * // → 40
 */
export function wholeNumberInRange(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError([
      message.optionValue(
        name,
        text,
        `a whole number from ${formatNumber(min, "en")} to ${formatNumber(max, "en")}`,
      ),
    ]);
  }
  return value;
}

/**
 * Reads `text` as a finite number within [min, max], for an option or form field called `name`.
 * @throws InputError naming the field, the text and the range expected.
 * @example numberInRange("--target-ruin", "0.005", 0, 1)
 * // → 0.005
 */
export function numberInRange(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InputError([message.optionValue(name, text, `a number from ${min} to ${max}`)]);
  }
  return value;
}
