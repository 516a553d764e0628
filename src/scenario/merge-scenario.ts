import { isPlainObject } from "../check/is-plain-object.ts";

type Json = unknown;

/**
 * Lays `override` over `base` the way `extends` works: objects merge field by field, everything else
 * (numbers, strings, `null`, and arrays such as `bands`) is replaced whole. Neither input is changed.
 * Cost: proportional to the size of the two documents.
 * @example mergeScenario({ policy: { fees: { active: 100, retiree: 400 } } }, { policy: { fees: { active: 90 } } })
 * // → { policy: { fees: { active: 90, retiree: 400 } } }
 */
export function mergeScenario(base: Json, override: Json): Json {
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const merged: Record<string, Json> = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    merged[key] = key in merged ? mergeScenario(merged[key], value) : structuredClone(value);
  }
  return merged;
}
