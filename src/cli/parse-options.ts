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
      throw new InputError([message.optionValue(name, "", "given (the option needs a value)")]);
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

/** A whole-number option within [min, max]. */
export function optionInteger(
  options: ParsedOptions,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = options.values.get(name)?.at(-1);
  return text === undefined ? fallback : wholeNumberInRange(name, text, min, max);
}

/** A number option within [min, max]. */
export function optionNumber(
  options: ParsedOptions,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = options.values.get(name)?.at(-1);
  return text === undefined ? fallback : numberInRange(name, text, min, max);
}

/** The `--lang` option: the language of explanation lines and reasons, `en` (default) or `zh`. */
export function optionLocale(options: ParsedOptions): ExplanationLocale {
  const value = optionText(options, "--lang", "en");
  if (!EXPLANATION_LOCALES.includes(value as ExplanationLocale)) {
    throw new InputError([message.optionValue("--lang", value, EXPLANATION_LOCALES.join(" or "))]);
  }
  return value as ExplanationLocale;
}
