import type { DocumentPath } from "./document-path.ts";
import { jsonEqual } from "./scenario-diff.ts";

/** One field that differs between two scenario documents. */
export interface ScenarioChange {
  readonly path: DocumentPath;
  /** The value in the first document (`undefined` when it has none). */
  readonly from: unknown;
  readonly to: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The fields that differ between `before` and `after`, as a list of leaves in document order: objects
 * are walked, everything else (numbers, text, `null`, whole arrays such as `bands`) is one change.
 * `ignore` names top-level fields left out (e.g. `name`).
 * Cost: proportional to the size of the documents.
 * @example scenarioChanges({ fees: { active: 100, retiree: 400 } }, { fees: { active: 90, retiree: 400 } })
 * // → [{ path: ["fees", "active"], from: 100, to: 90 }]
 */
export function scenarioChanges(
  before: unknown,
  after: unknown,
  ignore: readonly string[] = [],
): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  const walk = (path: (string | number)[], a: unknown, b: unknown) => {
    if (jsonEqual(a, b)) return;
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = [...Object.keys(a), ...Object.keys(b).filter((key) => !(key in a))];
      for (const key of keys) {
        if (path.length === 0 && ignore.includes(key)) continue;
        walk([...path, key], a[key], b[key]);
      }
      return;
    }
    changes.push({ path, from: a, to: b });
  };
  walk([], before, after);
  return changes;
}
