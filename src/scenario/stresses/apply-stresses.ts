import { InputError, message } from "../../messages.ts";
import type { Scenario } from "../types.ts";
import { antiSelectionStress } from "./anti-selection.ts";
import { costShockStress } from "./cost-shock.ts";
import { epidemicStress } from "./epidemic.ts";
import { lowInterestStress } from "./low-interest.ts";
import { membershipDropStress } from "./membership-drop.ts";
import type { Stress } from "./stress.ts";
import type { StressedScenario } from "./year-override.ts";

/** The named stresses, in the order the workbench lists them. */
export const STRESSES: readonly Stress[] = [
  epidemicStress,
  costShockStress,
  membershipDropStress,
  antiSelectionStress,
  lowInterestStress,
];

/** The names of the stresses, e.g. for `--stress`. */
export const STRESS_NAMES: readonly string[] = STRESSES.map((stress) => stress.name);

/**
 * Reads a comma-separated list of stress names (`epidemic,cost-shock`).
 * @throws InputError naming `option` and the names expected when one is unknown or the list is empty.
 * @example parseStressNames("epidemic, cost-shock")
 * // → ["epidemic", "cost-shock"]
 */
export function parseStressNames(text: string, option = "--stress"): string[] {
  const names = text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const unknown = names.filter((name) => !STRESS_NAMES.includes(name));
  if (names.length === 0 || unknown.length > 0)
    throw new InputError([
      message.optionValue(option, unknown.join(",") || text, message.optionListOf(STRESS_NAMES)),
    ]);
  return names;
}

/**
 * The scenario under the named stresses: a copy with their year overrides appended (after any it already
 * carries) and their names recorded; its name gains " + stress…". Policy and assumptions are unchanged, so
 * the base and the stressed scenario share their random numbers. Multipliers of several stresses in the
 * same year multiply; a replaced value (epidemic factor, interest rate) is the last one given.
 * @example
 * import { loadScenario } from "../load-scenario.ts";
 * applyStresses(loadScenario("scenarios/inner-mongolia-2025.json"), ["cost-shock"]).yearOverrides
 * // → [{ from: 2, selfPayMultiplier: 1.2 }]
 */
export function applyStresses(scenario: Scenario, names: readonly string[]): StressedScenario {
  const stressed = structuredClone(scenario) as StressedScenario;
  if (names.length === 0) return stressed;
  const overrides = [...(stressed.yearOverrides ?? [])];
  for (const name of names) {
    const stress = STRESSES.find((candidate) => candidate.name === name);
    if (!stress)
      throw new InputError([message.optionValue("--stress", name, message.optionOneOf(STRESS_NAMES))]);
    overrides.push(...stress.overrides(scenario));
  }
  stressed.yearOverrides = overrides;
  stressed.stresses = [...(stressed.stresses ?? []), ...names];
  stressed.name = `${scenario.name} + ${names.join(" + ")}`;
  return stressed;
}
