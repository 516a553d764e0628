import { numberInRange, wholeNumberInRange } from "../../check/range-check.ts";
import { InputError, message } from "../../messages.ts";
import { MAX_PATHS, MAX_YEARS } from "../../sim/run-simulation.ts";
import type { FieldProblem } from "../scenario/check-scenario.ts";

/** The fee solver's settings as typed in the form. */
export interface SolveSettingsText {
  readonly targetRuin: string;
  readonly paths: string;
  readonly years: string;
}

/** The fee solver's settings, checked. */
export interface SolveSettings {
  readonly targetRuin: number;
  readonly paths: number;
  readonly years: number;
}

/** The solver's defaults: the command line's target, and few paths so that a solve takes seconds. */
export const DEFAULT_SOLVE_SETTINGS: SolveSettingsText = { targetRuin: "0.005", paths: "40", years: "3" };

const OPTIONS = [
  ["targetRuin", "--target-ruin"],
  ["paths", "--paths"],
  ["years", "--years"],
] as const;

/**
 * Checks the fee solver's settings the way `huzhu solve-fee` checks its options (`--target-ruin` a
 * number from 0 to 1, `--paths` and `--years` whole numbers in range), with its messages; each problem's
 * path is `["solve", setting]`.
 * @example checkSolveSettings({ targetRuin: "0.01", paths: "40", years: "3" })
 * // → { settings: { targetRuin: 0.01, paths: 40, years: 3 }, problems: [] }
 */
export function checkSolveSettings(text: SolveSettingsText): {
  settings?: SolveSettings;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const values: Partial<Record<keyof SolveSettings, number>> = {};
  for (const [setting, option] of OPTIONS) {
    const typed = text[setting].trim();
    try {
      if (typed === "") throw new InputError([message.optionMissing(option)]);
      values[setting] =
        setting === "targetRuin"
          ? numberInRange(option, typed, 0, 1)
          : wholeNumberInRange(option, typed, 1, setting === "paths" ? MAX_PATHS : MAX_YEARS);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const problem of error.problems) problems.push({ path: ["solve", setting], message: problem });
    }
  }
  if (problems.length > 0) return { problems };
  return { settings: values as SolveSettings, problems };
}
