import { InputError, message } from "../messages.ts";
import type { Scenario } from "./types.ts";

/** The named steps of an attribution, in their default order. */
export const ATTRIBUTION_STEPS = ["bands", "cap", "deductible", "allowance", "fees", "assumptions"] as const;
export type AttributionStepName = (typeof ATTRIBUTION_STEPS)[number];

/**
 * The scenario fields each named step moves from scenario A to scenario B. Everything else (eligibility,
 * the minimum payout, special outpatient cover, excluded causes, the claim deadline, lump-sum products,
 * straddling stays, a stress's year overrides) moves in the final `other` step, so nothing is lost.
 */
export const ATTRIBUTION_STEP_FIELDS: Readonly<Record<AttributionStepName, readonly (readonly string[])[]>> =
  {
    bands: [
      ["policy", "inpatient", "bands"],
      ["policy", "inpatient", "bandBasis"],
      ["policy", "specialOutpatient", "bands"],
    ],
    cap: [
      ["policy", "inpatient", "cap"],
      ["policy", "inpatient", "allowanceCountsTowardCap"],
    ],
    deductible: [["policy", "inpatient", "additionalStayDeductible"]],
    allowance: [["policy", "inpatient", "dailyAllowance"]],
    fees: [["policy", "fees"]],
    assumptions: [["assumptions"]],
  };

/**
 * Reads `--order`: a comma-separated list of distinct step names. Steps left out move in `other`.
 * @throws InputError naming the option and the names expected.
 * @example parseAttributionOrder("cap,bands")
 * // → ["cap", "bands"]
 */
export function parseAttributionOrder(text: string, option = "--order"): AttributionStepName[] {
  const names = text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const bad = names.filter(
    (name, index) =>
      !ATTRIBUTION_STEPS.includes(name as AttributionStepName) || names.indexOf(name) !== index,
  );
  if (names.length === 0 || bad.length > 0)
    throw new InputError([
      message.optionValue(option, text, message.optionDistinctListOf(ATTRIBUTION_STEPS)),
    ]);
  return names as AttributionStepName[];
}

const get = (document: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined,
    document,
  );

/** Sets (or deletes, for `undefined`) the value at `path` in a plain copy of a scenario. */
function put(document: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = document;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = structuredClone(value);
}

/** Whether B differs from A in any field of a step. */
export function stepChanges(from: Scenario, to: Scenario, step: AttributionStepName): boolean {
  return ATTRIBUTION_STEP_FIELDS[step].some(
    (path) => JSON.stringify(get(from, path)) !== JSON.stringify(get(to, path)),
  );
}

/**
 * The scenarios an attribution runs: A, then A with the fields of the first step taken from B, then the
 * second step's fields too, …, and finally B itself (the `other` step). `steps.length + 2` scenarios.
 * Every path of a step exists in both scenarios (a scenario is resolved over the defaults), apart from
 * optional ones, which are copied or removed with B.
 * @example
 * import { loadScenario } from "./load-scenario.ts";
 * const a = loadScenario("scenarios/inner-mongolia-2021.json");
 * const b = loadScenario("scenarios/inner-mongolia-2025.json");
 * blendScenarios(a, b, ["cap"]).map((s) => s.policy.inpatient.cap)
 * // → [250000, 500000, 500000]
 */
export function blendScenarios(
  from: Scenario,
  to: Scenario,
  steps: readonly AttributionStepName[],
): Scenario[] {
  const scenarios: Scenario[] = [from];
  let current = structuredClone(from) as unknown as Record<string, unknown>;
  for (const step of steps) {
    current = structuredClone(current);
    for (const path of ATTRIBUTION_STEP_FIELDS[step]) put(current, path, get(to, path));
    scenarios.push(current as unknown as Scenario);
  }
  scenarios.push(to);
  return scenarios;
}

const IGNORED = new Set(["name", "description", "sources", "simulation", "$schema", "extends"]);

/**
 * The fields where two scenarios differ, as dotted paths: objects are compared field by field, arrays and
 * other values whole. Names, descriptions, sources and run settings are left out (the engine does not read
 * them). Used to say what an attribution's `other` step moved.
 * @example differingFields({ name: "A", policy: { cap: 1, fee: 2 } }, { name: "B", policy: { cap: 1, fee: 3 } })
 * // → ["policy.fee"]
 */
export function differingFields(from: unknown, to: unknown, prefix = ""): string[] {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === "object" && !Array.isArray(value);
  if (!isObject(from) || !isObject(to)) return JSON.stringify(from) === JSON.stringify(to) ? [] : [prefix];
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys
    .filter((key) => prefix !== "" || !IGNORED.has(key))
    .flatMap((key) => differingFields(from[key], to[key], prefix === "" ? key : `${prefix}.${key}`));
}
