import type { FieldProblem } from "./check-scenario.ts";
import type { BoundField } from "./field-input.ts";
import { placeProblems } from "./place-problems.ts";

/** Shows each field the problems at its path (see `placeProblems`); returns those no field shows. */
export function showFieldProblems(
  problems: readonly FieldProblem[],
  fields: readonly BoundField[],
): readonly string[] {
  const placed = placeProblems(problems, new Set(fields.map((field) => field.key)));
  for (const field of fields) field.showProblems(placed.byField.get(field.key) ?? []);
  return placed.elsewhere;
}
