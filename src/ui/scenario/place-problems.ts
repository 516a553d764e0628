import { jsonPath } from "../../scenario/json-path.ts";
import type { MessageText } from "../../messages.ts";
import type { FieldProblem } from "./check-scenario.ts";

/** Problems sorted by the form field that shows them. */
export interface PlacedProblems {
  /** Messages by field key (`jsonPath` of the field's path, e.g. `policy.inpatient.cap`). */
  readonly byField: ReadonlyMap<string, readonly MessageText[]>;
  /** Messages about a part of the scenario that has no field in the form (shown above the form). */
  readonly elsewhere: readonly MessageText[];
}

/**
 * Places each problem at the form field whose path is the longest prefix of the problem's path: a
 * problem at `policy.inpatient.bands[2].from` goes to that cell of the bands table, one at
 * `policy.inpatient.dailyAllowance.ratePerDayByYears[1]` to the allowance schedule. Problems with no
 * such field are kept in `elsewhere`, so none is lost. Cost: O(problems × path length).
 * @param fieldKeys keys of the fields on the form (`jsonPath` of their paths)
 * @example placeProblems([{ path: ["policy", "inpatient", "cap"], message: "m" }], new Set(["policy.inpatient.cap"]))
 * // → { byField: new Map([["policy.inpatient.cap", ["m"]]]), elsewhere: [] }
 */
export function placeProblems(
  problems: readonly FieldProblem[],
  fieldKeys: ReadonlySet<string>,
): PlacedProblems {
  const byField = new Map<string, MessageText[]>();
  const elsewhere: MessageText[] = [];
  for (const problem of problems) {
    let placed = false;
    for (let length = problem.path.length; length > 0 && !placed; length--) {
      const key = jsonPath(problem.path.slice(0, length));
      if (fieldKeys.has(key)) {
        byField.set(key, [...(byField.get(key) ?? []), problem.message]);
        placed = true;
      }
    }
    if (!placed) elsewhere.push(problem.message);
  }
  return { byField, elsewhere };
}
