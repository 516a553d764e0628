import { formatAmount } from "../../format/format-amount.ts";
import type { ChartLocale } from "../../charts/locale.ts";
import { jsonPath } from "../../scenario/json-path.ts";
import { translate } from "../shell/i18n.ts";
import type { ScenarioChange } from "./scenario-changes.ts";
import {
  ALLOWANCE_FIELDS,
  assumptionGroups,
  BENEFIT_FIELDS,
  FEE_FIELDS,
  RUN_FIELDS,
  type FieldSpec,
  type Label,
} from "./scenario-fields.ts";

/** The form's fields by JSON path (`policy.fees.active`), for naming a change as the form does. */
function fieldsByPath(document: unknown): Map<string, FieldSpec> {
  const specs = [
    ...FEE_FIELDS,
    ...BENEFIT_FIELDS,
    ...ALLOWANCE_FIELDS,
    ...RUN_FIELDS,
    ...assumptionGroups(document).flatMap((group) => [...(group.compact?.fields ?? []), ...group.fields]),
  ];
  return new Map(specs.map((spec) => [jsonPath(spec.path), spec]));
}

const labelText = (label: Label, locale: ChartLocale) =>
  typeof label === "string" ? translate(locale, label) : translate(locale, label[0], label[1]);

/** A value as a change shows it: numbers as typed, `null` as "none", lists and objects compactly. */
export function changeValue(value: unknown, locale: ChartLocale): string {
  if (value === null || value === undefined) return translate(locale, "change.none");
  if (typeof value === "boolean") return translate(locale, value ? "change.yes" : "change.no");
  if (Array.isArray(value) && value.every((item) => typeof item === "number")) return value.join(", ");
  if (typeof value === "object") return translate(locale, "change.edited");
  return String(value);
}

/**
 * One change in words, named as the form names the field: "在职会员缴费 100 → 60",
 * "Cap per member per period 150000 → 100000". Fields the form does not show are named by their
 * JSON path. `document` is the edited scenario (the stay-rate fields depend on it).
 */
export function changeText(change: ScenarioChange, locale: ChartLocale, document: unknown): string {
  const path = jsonPath(change.path);
  const spec = fieldsByPath(document).get(path);
  const name = spec ? labelText(spec.label, locale) : path;
  return `${name} ${changeValue(change.from, locale)} → ${changeValue(change.to, locale)}`;
}

/** The short tag a scenario name gets for a change of a headline field, or `null` for other fields. */
function headlineTag(change: ScenarioChange, locale: ChartLocale): string | null {
  const path = jsonPath(change.path);
  const value = change.to;
  if (path === "policy.fees.active" && typeof value === "number")
    return translate(locale, "name.fee", { value: formatAmount(value, locale) });
  if (path === "policy.fees.retiree" && typeof value === "number")
    return translate(locale, "name.retireeFee", { value: formatAmount(value, locale) });
  if (path === "policy.inpatient.cap") {
    return typeof value === "number"
      ? translate(locale, "name.cap", { value: formatAmount(value, locale) })
      : translate(locale, "name.noCap");
  }
  return null;
}

/**
 * The name of an edited scenario, made from its base's title and its changes: the fee and the cap as
 * short tags, any other change counted, run settings (paths, years, seed) left out since they are not
 * part of the scenario. The base title alone when nothing else changed.
 * @example derivedScenarioName("内蒙古 2025（第七期）", [{ path: ["policy", "inpatient", "cap"], from: 150000, to: 250000 }], "zh")
 * // → "内蒙古 2025（第七期） · 封顶 25万"
 */
export function derivedScenarioName(
  baseTitle: string,
  changes: readonly ScenarioChange[],
  locale: ChartLocale,
): string {
  const relevant = changes.filter((change) => change.path[0] !== "simulation" && change.path[0] !== "name");
  const tags: string[] = [];
  let others = 0;
  for (const change of relevant) {
    const tag = headlineTag(change, locale);
    if (tag) tags.push(tag);
    else others++;
  }
  if (others > 0)
    tags.push(translate(locale, others === 1 ? "name.otherChange" : "name.otherChanges", { n: others }));
  return [baseTitle, ...tags].join(" · ");
}
