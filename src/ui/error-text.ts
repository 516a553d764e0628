import { InputError } from "../messages.ts";
import { CancelledError } from "../sim/run-simulation.ts";
import type { Outcome } from "./app-state.ts";

/** The text of an error for the page: an input error's messages (one a line), or the error's message. */
export function errorText(error: unknown): string {
  if (error instanceof InputError) return error.problems.join("\n");
  return error instanceof Error ? error.message : String(error);
}

/** The outcome of work that threw: `cancelled` for a cancellation, otherwise `failed` with the message. */
export function failure(error: unknown): Outcome<never> {
  return error instanceof CancelledError
    ? { status: "cancelled" }
    : { status: "failed", message: errorText(error) };
}
