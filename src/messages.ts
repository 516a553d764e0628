/**
 * The message catalogue: every error and warning a user can see (command line, workbench, notebook) is a
 * {@link Message} — a code and its parameters — made by `message.<code>(…)` and turned into text only
 * where it is shown, by {@link renderMessage} in the user's language. The texts live in one catalogue per
 * language, `src/messages/en.ts` and `src/messages/zh.ts`, with the same codes and parameters (a code
 * missing from either is a type error). Each message names the file, row, field or option that is wrong
 * and says what was expected.
 *
 * @example renderMessage(message.optionMissing("--claims"), "zh")
 * // → "缺少选项 --claims"
 */
import { formatNumber } from "./format/format-number.ts";
import { en, type Catalogue } from "./messages/en.ts";
import { zh } from "./messages/zh.ts";

/** The languages of the catalogue: Simplified Chinese and English. */
export type Lang = "zh" | "en";

/** The languages, for option checks. */
export const LANGS: readonly Lang[] = ["zh", "en"];

/** What a view shows: a message, or a text made elsewhere (e.g. an unexpected error's own text). */
export type MessageText = Message | string;

/** A message code: a key of the catalogues. */
export type MessageCode = keyof Catalogue;

/** A message to show: its code and parameters (plain data, so it can sit in state or cross a worker). */
export interface Message {
  readonly code: MessageCode;
  readonly params: readonly MessageParam[];
}

/** A parameter: a value, a list of texts, or another message (rendered in the same language). */
export type MessageParam = string | number | readonly string[] | Message;

type Arg<T> = T extends string ? string | Message : T;
type Args<F> = F extends (...params: infer P) => string ? { [I in keyof P]: Arg<P[I]> } : never;

/** Makes messages: `message.badDate("admission_date", "2024-13-01")` is `{ code: "badDate", params: […] }`. */
export type MessageFactory = { readonly [K in MessageCode]: (...params: Args<Catalogue[K]>) => Message };

export const message = new Proxy({} as MessageFactory, {
  get:
    (_target, code) =>
    (...params: MessageParam[]): Message => ({ code: code as MessageCode, params }),
});

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, zh };

/** Whether a value is a message (and not a text or a number). */
export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && "code" in value && "params" in value;
}

/**
 * The text of a message in a language; a plain string passes through unchanged (text made elsewhere).
 * @example renderMessage(message.csvRow("c.csv", 3, message.badCount("shares", "x")), "en")
 * // → 'c.csv row 3: shares "x" is not a whole number of 1 or more'
 */
export function renderMessage(item: Message | string, lang: Lang): string {
  if (typeof item === "string") return item;
  const params = item.params.map((param) => (isMessage(param) ? renderMessage(param, lang) : param));
  const render = CATALOGUES[lang][item.code] as (...values: unknown[]) => string;
  return render(...params);
}

/** The message with every text parameter (also in nested messages) passed through `change`. */
export function mapMessageText(item: Message, change: (text: string) => string): Message {
  const params = item.params.map((param) =>
    typeof param === "string"
      ? change(param)
      : isMessage(param)
        ? mapMessageText(param, change)
        : Array.isArray(param)
          ? (param as readonly string[]).map(change)
          : param,
  );
  return { code: item.code, params };
}

/** A problem with the user's input: the command exits with code 2 and prints the problems. */
export class InputError extends Error {
  /** Each problem, e.g. `scenarios/x.json: policy.inpatient.bands[2].from: …` once rendered. */
  readonly problems: Message[];
  constructor(problems: Message[]) {
    super(problems.map((problem) => renderMessage(problem, "en")).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
  /** The problems as text in `lang`, one per entry. */
  texts(lang: Lang): string[] {
    return this.problems.map((problem) => renderMessage(problem, lang));
  }
}

/**
 * An amount in messages, with thousands separators.
 * @example yuan(3500)
 * // → "3,500"
 */
export const yuan = (value: number): string => formatNumber(value, "en");
