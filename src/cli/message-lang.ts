import { LANGS, type Lang } from "../messages.ts";

/**
 * The language of messages: `--lang zh|en` (or `--lang=…`) anywhere in the arguments, else English.
 * @example messageLang(["--paths", "9", "--lang=zh"])
 * // → "zh"
 */
export function messageLang(args: readonly string[]): Lang {
  let value: string | undefined;
  args.forEach((arg, index) => {
    if (arg === "--lang") value = args[index + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  return LANGS.includes(value as Lang) ? (value as Lang) : "en";
}
