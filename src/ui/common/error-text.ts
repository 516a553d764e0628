import type { ChartLocale } from "../../charts/locale.ts";
import { InputError, type MessageText, renderMessage } from "../../messages.ts";
import { CancelledError } from "../../sim/run-simulation.ts";
import type { Outcome } from "../shell/app-state.ts";

/** The messages of an error, kept as codes for the state: an input error's problems, or the error's text. */
export function errorMessages(error: unknown): MessageText[] {
  if (error instanceof InputError) return error.problems;
  return [error instanceof Error ? error.message : String(error)];
}

/** The text of an error for the page, in the page's language (one message a line). */
export function errorText(error: unknown, locale: ChartLocale): string {
  return messagesText(errorMessages(error), locale);
}

/** Messages as text, one a line. */
export function messagesText(messages: readonly MessageText[], locale: ChartLocale): string {
  return messages.map((item) => renderMessage(item, locale)).join("\n");
}

/** The outcome of work that threw: `cancelled` for a cancellation, otherwise `failed` with the message. */
export function failure(error: unknown): Outcome<never> {
  return error instanceof CancelledError
    ? { status: "cancelled" }
    : { status: "failed", message: errorMessages(error) };
}
