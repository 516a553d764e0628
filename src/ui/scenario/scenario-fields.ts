import type { DocumentPath } from "./document-path.ts";
import { getAt } from "./document-path.ts";
import type { UiKey } from "../shell/i18n.ts";

/**
 * How a form field edits its value:
 * - `number`: a number; text that is not a number is kept as typed, so the validator flags it;
 * - `optionalNumber`: a number, or `null` when left blank (no cap, "and above");
 * - `numberList`: numbers separated by commas (the allowance's yuan per day by years);
 * - `choice`: one of `choices`;
 * - `flag`: true or false (a checkbox);
 * - `presence`: an optional section, `null` when switched off and `whenOn` when switched on.
 */
export type FieldKind = "number" | "optionalNumber" | "numberList" | "choice" | "flag" | "presence";

/** A label: a key of the UI text, or a key with values for its `{placeholders}`. */
export type Label = UiKey | readonly [UiKey, Readonly<Record<string, string | number>>];

/** One field of the scenario form, bound to a path of the scenario document. */
export interface FieldSpec {
  readonly path: DocumentPath;
  readonly label: Label;
  readonly kind: FieldKind;
  /** What the value is counted in, shown after the label (yuan, days, a share 0–1, …). */
  readonly unit?: UiKey;
  readonly choices?: readonly { readonly value: string; readonly label: UiKey }[];
  /** For `presence`: the section's value when switched on (the defaults of a new section). */
  readonly whenOn?: unknown;
}

/** A titled group of fields (a fieldset of the form). */
export interface FieldGroup {
  readonly id: string;
  readonly title: UiKey;
  /** Short fields of one kind, drawn as a grid under a caption (the stay rates by age band). */
  readonly compact?: { readonly caption: UiKey; readonly fields: readonly FieldSpec[] };
  readonly fields: readonly FieldSpec[];
}

const inpatient = ["policy", "inpatient"] as const;
const allowance = [...inpatient, "dailyAllowance"] as const;
const hospitalisation = ["assumptions", "hospitalisation"] as const;
const selfPay = [...hospitalisation, "selfPay"] as const;
const membership = ["assumptions", "membership"] as const;
const fund = ["assumptions", "fund"] as const;

/** The allowance a scenario gets when the user switches it on (Inner Mongolia's: 10/20/30 a day, 30 days). */
export const DEFAULT_ALLOWANCE = {
  ratePerDayByYears: [10, 20, 30],
  maxDays: 30,
  firstStayOnly: true,
  restartAfterPayment: true,
} as const;

/** Fees: by member status, and the union's part. */
export const FEE_FIELDS: readonly FieldSpec[] = [
  { path: ["policy", "fees", "active"], label: "field.feeActive", kind: "number", unit: "unit.yuanPerYear" },
  {
    path: ["policy", "fees", "retiree"],
    label: "field.feeRetiree",
    kind: "number",
    unit: "unit.yuanPerYear",
  },
  {
    path: ["policy", "fees", "unionSubsidy"],
    label: "field.unionSubsidy",
    kind: "number",
    unit: "unit.yuan",
  },
];

/** The inpatient benefit besides the bands table. */
export const BENEFIT_FIELDS: readonly FieldSpec[] = [
  {
    path: [...inpatient, "bandBasis"],
    label: "field.bandBasis",
    kind: "choice",
    choices: [
      { value: "perStay", label: "choice.perStay" },
      { value: "cumulative", label: "choice.cumulative" },
    ],
  },
  { path: [...inpatient, "cap"], label: "field.cap", kind: "optionalNumber", unit: "unit.yuanBlankNone" },
  {
    path: [...inpatient, "additionalStayDeductible", "amount"],
    label: "field.laterStayDeductible",
    kind: "number",
    unit: "unit.yuan",
  },
  { path: [...inpatient, "minimumPayout"], label: "field.minimumPayout", kind: "number", unit: "unit.yuan" },
];

/** The daily allowance: a switch, then its schedule and limits. */
export const ALLOWANCE_FIELDS: readonly FieldSpec[] = [
  { path: allowance, label: "field.allowance", kind: "presence", whenOn: DEFAULT_ALLOWANCE },
  {
    path: [...allowance, "ratePerDayByYears"],
    label: "field.allowanceRates",
    kind: "numberList",
    unit: "unit.yuanPerDayList",
  },
  { path: [...allowance, "maxDays"], label: "field.allowanceMaxDays", kind: "number", unit: "unit.days" },
  { path: [...allowance, "firstStayOnly"], label: "field.allowanceFirstStayOnly", kind: "flag" },
];

/** Stays per active member a year, one field per age band of the scenario. */
export function stayRateFields(document: unknown): FieldSpec[] {
  const bands = getAt(document, [...hospitalisation, "activeStayRateByAgeBand"]);
  if (!Array.isArray(bands)) return [];
  return bands.map((band: unknown, index) => {
    const from = Number(getAt(band, ["from"]));
    return {
      path: [...hospitalisation, "activeStayRateByAgeBand", index, "share"],
      label: ["field.stayRateAgeBand", { from, to: from + 4 }] as const,
      kind: "number" as const,
    };
  });
}

/** Hospital stays, claims and their cost. */
export const HOSPITALISATION_FIELDS: readonly FieldSpec[] = [
  {
    path: [...hospitalisation, "retireeStayRate"],
    label: "field.retireeStayRate",
    kind: "number",
    unit: "unit.perMemberYear",
  },
  {
    path: [...hospitalisation, "claimPropensity"],
    label: "field.claimPropensity",
    kind: "number",
    unit: "unit.share",
  },
  { path: [...selfPay, "median"], label: "field.selfPayMedian", kind: "number", unit: "unit.yuan" },
  { path: [...selfPay, "sigma"], label: "field.selfPaySigma", kind: "number" },
  {
    path: [...selfPay, "tailThreshold"],
    label: "field.selfPayTailThreshold",
    kind: "number",
    unit: "unit.yuan",
  },
  { path: [...selfPay, "tailAlpha"], label: "field.selfPayTailAlpha", kind: "number" },
  {
    path: [...hospitalisation, "medicalInflation"],
    label: "field.medicalInflation",
    kind: "number",
    unit: "unit.rate",
  },
];

/** Membership: renewal, growth and the response to the fee. */
export const MEMBERSHIP_FIELDS: readonly FieldSpec[] = [
  { path: [...membership, "unitRenewal"], label: "field.unitRenewal", kind: "number", unit: "unit.share" },
  { path: [...membership, "newUnitGrowth"], label: "field.newUnitGrowth", kind: "number", unit: "unit.rate" },
  { path: [...membership, "priceElasticity"], label: "field.priceElasticity", kind: "number" },
  { path: [...membership, "referenceFee"], label: "field.referenceFee", kind: "number", unit: "unit.yuan" },
];

/** The fund's money. */
export const FUND_FIELDS: readonly FieldSpec[] = [
  { path: [...fund, "openingBalance"], label: "field.openingBalance", kind: "number", unit: "unit.yuan" },
  { path: [...fund, "riskReserve"], label: "field.riskReserve", kind: "number", unit: "unit.yuan" },
  { path: [...fund, "interestRate"], label: "field.interestRate", kind: "number", unit: "unit.rate" },
  {
    path: [...fund, "expenseRatio"],
    label: "field.expenseRatio",
    kind: "number",
    unit: "unit.shareOfContributions",
  },
];

const shocks = ["assumptions", "shocks"] as const;

/** Risks common to all members: yearly shocks, epidemics, parameter uncertainty; and what ruin means. */
export const SHOCK_FIELDS: readonly FieldSpec[] = [
  { path: [...shocks, "frequencyCv"], label: "field.frequencyCv", kind: "number", unit: "unit.share" },
  {
    path: [...shocks, "frequencyAutocorrelation"],
    label: "field.frequencyAutocorrelation",
    kind: "number",
    unit: "unit.share",
  },
  {
    path: [...shocks, "inflationVolatility"],
    label: "field.inflationVolatility",
    kind: "number",
    unit: "unit.rate",
  },
  {
    path: [...shocks, "inflationAutocorrelation"],
    label: "field.inflationAutocorrelation",
    kind: "number",
    unit: "unit.share",
  },
  {
    path: [...shocks, "interestVolatility"],
    label: "field.interestVolatility",
    kind: "number",
    unit: "unit.rate",
  },
  {
    path: [...shocks, "epidemic", "probability"],
    label: "field.epidemicProbability",
    kind: "number",
    unit: "unit.share",
  },
  { path: [...shocks, "epidemic", "multiplierLow"], label: "field.epidemicLow", kind: "number" },
  { path: [...shocks, "epidemic", "multiplierHigh"], label: "field.epidemicHigh", kind: "number" },
  { path: [...shocks, "parameterUncertainty", "enabled"], label: "field.parameterUncertainty", kind: "flag" },
  {
    path: [...shocks, "parameterUncertainty", "claimRateCv"],
    label: "field.claimRateCv",
    kind: "number",
    unit: "unit.share",
  },
  {
    path: [...shocks, "parameterUncertainty", "selfPayCv"],
    label: "field.selfPayCv",
    kind: "number",
    unit: "unit.share",
  },
  {
    path: [...fund, "ruinBasis"],
    label: "field.ruinBasis",
    kind: "choice",
    choices: [
      { value: "balance", label: "choice.ruinBalance" },
      { value: "balanceLessLiabilities", label: "choice.ruinLiabilities" },
    ],
  },
];

/** The run settings: horizon, paths and seed (the scenario's `simulation` section). */
export const RUN_FIELDS: readonly FieldSpec[] = [
  { path: ["simulation", "years"], label: "field.years", kind: "number" },
  { path: ["simulation", "paths"], label: "field.paths", kind: "number" },
  { path: ["simulation", "seed"], label: "field.seed", kind: "number" },
];

/** The assumption groups of the form, in order (the bands table and the run settings are placed apart). */
export function assumptionGroups(document: unknown): FieldGroup[] {
  return [
    {
      id: "hospitalisation",
      title: "group.hospitalisation",
      compact: { caption: "field.stayRatesCaption", fields: stayRateFields(document) },
      fields: HOSPITALISATION_FIELDS,
    },
    { id: "membership", title: "group.membership", fields: MEMBERSHIP_FIELDS },
    { id: "fund", title: "group.fund", fields: FUND_FIELDS },
    { id: "shocks", title: "group.shocks", fields: SHOCK_FIELDS },
  ];
}

const parseNumber = (text: string): number | string => {
  const trimmed = text.trim().replace(/[,_\s]/g, "");
  const value = Number(trimmed);
  return trimmed !== "" && Number.isFinite(value) ? value : text.trim();
};

/**
 * The value a field's text stands for. Text that is not a number is returned as typed, so the
 * scenario validator reports it at the field with the CLI's message ("expected number").
 * @example parseFieldText("number", "250,000")
 * // → 250000
 * @example parseFieldText("optionalNumber", "")
 * // → null
 * @example parseFieldText("numberList", "10, 20, 30")
 * // → [10, 20, 30]
 * @example parseFieldText("number", "ten")
 * // → "ten"
 */
export function parseFieldText(kind: FieldKind, text: string): unknown {
  switch (kind) {
    case "optionalNumber":
      return text.trim() === "" ? null : parseNumber(text);
    case "numberList":
      return text.trim() === ""
        ? []
        : text
            .split(/[,，;；\s]+/)
            .filter(Boolean)
            .map(parseNumber);
    case "number":
      return parseNumber(text);
    default:
      return text;
  }
}

/**
 * The text a field shows for a value: the inverse of {@link parseFieldText}.
 * @example formatFieldText("numberList", [10, 20, 30])
 * // → "10, 20, 30"
 * @example formatFieldText("optionalNumber", null)
 * // → ""
 */
export function formatFieldText(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (kind === "numberList" && Array.isArray(value)) return value.map(String).join(", ");
  return String(value);
}
