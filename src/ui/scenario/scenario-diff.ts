import { isPlainObject } from "../../check/is-plain-object.ts";

type Json = unknown;

/** Whether two JSON values are equal, field by field. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => jsonEqual(value, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}

/**
 * The overrides that turn `base` into `edited` the way a scenario's `extends` works (`mergeScenario`):
 * objects hold only the fields that differ, everything else (numbers, text, `null`, whole arrays such as
 * `bands`) is the edited value. `undefined` when nothing differs. `mergeScenario(base, diff)` gives back
 * `edited` whenever `edited` has every field `base` has (true of two resolved scenarios).
 * Cost: proportional to the size of the documents.
 * @example scenarioDiff({ fees: { active: 100, retiree: 400 } }, { fees: { active: 90, retiree: 400 } })
 * // → { fees: { active: 90 } }
 */
export function scenarioDiff(base: Json, edited: Json): Json {
  if (jsonEqual(base, edited)) return undefined;
  if (!isPlainObject(base) || !isPlainObject(edited)) return edited;
  const diff: Record<string, Json> = {};
  for (const [key, value] of Object.entries(edited)) {
    const child = key in base ? scenarioDiff(base[key], value) : value;
    if (child !== undefined) diff[key] = child;
  }
  return diff;
}
