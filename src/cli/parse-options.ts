import { numberInRange, wholeNumberInRange } from "../check/range-check.ts";
import { InputError, message } from "../messages.ts";
import { EXPLANATION_LOCALES, type ExplanationLocale } from "../policy/explanation-text.ts";

/** Options of one command: each `--name value` (repeatable ones collect every value). */
export interface ParsedOptions {
  values: Map<string, string[]>;
}

/**
 * Parses `--name value` pairs against the options a command accepts; flags listed in `flags` take no
 * value. @throws InputError naming an unknown option or one missing its value.
 */
export function parseOptions(
  args: readonly string[],
  accepted: readonly string[],
  flags: readonly string[] = [],
): ParsedOptions {
  const values = new Map<string, string[]>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (!accepted.includes(name) && !flags.includes(name)) throw new InputError([message.optionUnknown(arg)]);
    if (flags.includes(name)) {
      values.set(name, ["true"]);
      continue;
    }
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new InputError([message.optionValue(name, "", message.optionNeedsValue())]);
    }
    if (inline === undefined) index++;
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { values };
}

/** The single value of an option, or `fallback`. */
export function optionText(options: ParsedOptions, name: string, fallback?: string): string {
  const value = options.values.get(name)?.at(-1) ?? fallback;
  if (value === undefined) throw new InputError([message.optionMissing(name)]);
  return value;
}

/** Reads a number option within [min, max], a whole number with `whole`, or `fallback` when not given. */
type NumberOption = (
  options: ParsedOptions,
  name: string,
  fallback: number,
  min: number,
  max: number,
  whole?: boolean,
) => number;

/** A number option within [min, max] (a whole number with `whole`), or `fallback` when it is not given. */
export const optionNumber: NumberOption = (options, name, fallback, min, max, whole = false) => {
  const text = options.values.get(name)?.at(-1);
  if (text === undefined) return fallback;
  return whole ? wholeNumberInRange(name, text, min, max) : numberInRange(name, text, min, max);
};

/** A whole-number option within [min, max]. */
export const optionInteger: NumberOption = (options, name, fallback, min, max) =>
  optionNumber(options, name, fallback, min, max, true);

/** The `--lang` option: the language of explanation lines and reasons, `en` (default) or `zh`. */
export function optionLocale(options: ParsedOptions): ExplanationLocale {
  const value = optionText(options, "--lang", "en");
  if (!EXPLANATION_LOCALES.includes(value as ExplanationLocale)) {
    throw new InputError([message.optionValue("--lang", value, message.optionOneOf(EXPLANATION_LOCALES))]);
  }
  return value as ExplanationLocale;
}
