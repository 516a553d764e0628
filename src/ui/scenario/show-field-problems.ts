import type { ChartLocale } from "../../charts/locale.ts";
import { type MessageText, renderMessage } from "../../messages.ts";
import type { FieldProblem } from "./check-scenario.ts";
import type { BoundField } from "../common/field-input.ts";
import { placeProblems } from "./place-problems.ts";

/** Shows each field the problems at its path (see `placeProblems`); returns those no field shows. */
export function showFieldProblems(
  problems: readonly FieldProblem[],
  fields: readonly BoundField[],
  locale: ChartLocale,
): readonly string[] {
  const placed = placeProblems(problems, new Set(fields.map((field) => field.key)));
  const text = (items: readonly MessageText[] = []) => items.map((item) => renderMessage(item, locale));
  for (const field of fields) field.showProblems(text(placed.byField.get(field.key)));
  return text(placed.elsewhere);
}
