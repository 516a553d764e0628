import type { PublishedFigure } from "../data/published-figures.ts";
import type { Model } from "../model/compile-model.ts";
import { lumpSumHolders } from "../model/member-counts.ts";
import { ALLOWANCE_BUCKETS } from "../model/membership-cells.ts";
import { expectedClaims } from "./expected-claims.ts";
import { type ExpectedLumpSum, expectedLumpSums } from "./expected-lump-sums.ts";

/** A figure compared: a count of one year, or a rate over a published period. */
export type PublishedMeasure = "members" | "person_times" | "claims_per_100" | "payout_per_claim";

/** Which published fund a scenario belongs to, and its calendar year. */
export interface PublishedMatch {
  /** The fund's file in `data/published` without `.csv` (only `inner-mongolia` so far). */
  readonly fund: string;
  /** Calendar year of the scenario's year one (`inner-mongolia-2025` → 2025). */
  readonly scenarioYear: number;
}

/** The model's expectation of a scenario's year one (common shocks at their mean of 1: none drawn). */
export interface ExpectedYearOne {
  readonly members: number;
  /** Members plus holders of each lump-sum product (a member holding two products counts twice). */
  readonly personTimes: number;
  /** Paid inpatient and special-outpatient claims, and their payout (yuan). */
  readonly inpatientClaims: number;
  readonly inpatientPayout: number;
  readonly lumpSums: readonly ExpectedLumpSum[];
}

/** One row of the comparison: a published figure beside the model's expectation. */
export interface PublishedComparisonRow {
  readonly measure: PublishedMeasure;
  /** `inpatient` (the inpatient product: stays and special outpatient), `special_disease`, `all`. */
  readonly product: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  /** The published value (a rate is computed from its `basis`: claims per 100 person-times, yuan a claim). */
  readonly published: number;
  /** `P` published as such, `D` derived from published figures (every rate is). */
  readonly flag: string;
  /** The published rows the value comes from (one for a count; numerator and denominator of a rate). */
  readonly basis: readonly PublishedFigure[];
  /** The model's expectation for year one, or `null` when the scenario has no such product. */
  readonly expected: number | null;
  /** expected ÷ published − 1, or `null`. */
  readonly difference: number | null;
  /** The largest |difference| a reasonable calibration gives (see `CALIBRATION_TOLERANCE`). */
  readonly tolerance: number;
  /** Whether |difference| ≤ tolerance, or `null` when nothing is compared. */
  readonly within: boolean | null;
}

/** The comparison of a scenario with its fund's published figures. */
export interface PublishedComparison {
  readonly match: PublishedMatch;
  /** The published year whose counts are compared: the scenario's year, or the latest published before it. */
  readonly year: number;
  readonly expected: ExpectedYearOne;
  readonly rows: readonly PublishedComparisonRow[];
  /** Rows compared, and those outside their tolerance. */
  readonly compared: number;
  readonly outside: number;
}

/**
 * How far a reasonable calibration may be from a published figure. Counts of one year (members,
 * person-times): ±10%, since membership moves about 5% a year (2024: +5.38%, seed 000) and the 2021
 * figure is an enrolment target. Rates: ±15%, since the fund's own published periods differ by that much
 * (4.04 claims per 100 in 2019–2023 against 4.84 in 2019–2024; 877 against 966 yuan a claim) and the
 * model's year one is one year at one set of rules, not a period's average.
 */
export const CALIBRATION_TOLERANCE: Readonly<Record<PublishedMeasure, number>> = {
  members: 0.1,
  person_times: 0.1,
  claims_per_100: 0.15,
  payout_per_claim: 0.15,
};

/**
 * The published fund of a scenario, from its file name or the names it extends (without `.json`, the
 * file's own name first): `inner-mongolia-YYYY…` is the Inner Mongolia fund in year YYYY. Other cities
 * have no published figures by year in `data/published`.
 * @example publishedMatch(["my-scenario", "inner-mongolia-2025"])
 * // → { fund: "inner-mongolia", scenarioYear: 2025 }
 * @example publishedMatch(["linyi-2019"])
 * // → null
 */
export function publishedMatch(names: readonly string[]): PublishedMatch | null {
  for (const name of names) {
    const found = /^inner-mongolia-(\d{4})(?:$|[^0-9])/.exec(
      name.replace(/^.*\//, "").replace(/\.json$/, ""),
    );
    if (found) return { fund: "inner-mongolia", scenarioYear: Number(found[1]) };
  }
  return null;
}

/**
 * The model's expected year one: members and lump-sum holders from the starting cells, inpatient and
 * special-outpatient claims and payout by numerical integration (`expectedClaims`, with the take-up's
 * anti-selection factor on the claim rate, as the simulation applies it), lump sums by
 * `expectedLumpSums`. Cost: a few hundred milliseconds (the integration), once per scenario.
 */
export function expectedYearOne(model: Model): ExpectedYearOne {
  const counts = model.initialCounts;
  const frailty = model.takeUp.frailty;
  const scaled =
    frailty === 1
      ? model
      : {
          ...model,
          frequency: {
            ...model.frequency,
            meanByBand: model.frequency.meanByBand.map((mean) => mean * frailty),
          },
        };
  const expectation = expectedClaims(scaled);
  const bands = model.cells.bands;
  let members = 0;
  let claims = 0;
  let payout = 0;
  for (let cell = 0; cell < counts.length; cell++) {
    const count = counts[cell]!;
    if (count === 0) continue;
    const band = Math.floor(cell / ALLOWANCE_BUCKETS) % bands;
    const years = (cell % ALLOWANCE_BUCKETS) + 1;
    members += count;
    claims += count * expectation.claims(band);
    payout += count * expectation.payout(band, years);
  }
  const lumpSums = expectedLumpSums(model, counts);
  let holders = 0;
  model.policy.lumpSums.forEach((product, kindIndex) => {
    if (product) holders += lumpSumHolders(model, counts, kindIndex);
  });
  return {
    members,
    personTimes: members + holders,
    inpatientClaims: claims,
    inpatientPayout: payout,
    lumpSums,
  };
}

const single = (figure: PublishedFigure) => figure.periodFrom === figure.periodTo;

/**
 * The comparison rows of a scenario (compiled as `model`, of fund and year `match`) with the fund's
 * published figures:
 *
 * - counts of one year: members and person-times of the scenario's year, or, when that year is not
 *   published (2025), of the latest published year before it (2024: the 2025 scenario starts from its
 *   membership), against the model's year one;
 * - rates over every published period with both figures: paid claims per 100 person-times
 *   (`paid_claims` ÷ `person_times`) and payout per paid claim (`benefits` ÷ `paid_claims`), for the
 *   inpatient product, the women's special-disease product and all products, against the model's year
 *   one (inpatient: stays and special outpatient; special disease: its lump sums per 100 holders; all:
 *   both, per person-time). A product the scenario does not have is shown with no expectation.
 *
 * Units and the 2019–2020 benefits are not compared (the model counts no units; the benefits have no
 * published exposure).
 */
export function comparePublished(
  model: Model,
  figures: readonly PublishedFigure[],
  match: PublishedMatch,
): PublishedComparison {
  const expected = expectedYearOne(model);
  const years = figures.filter(single).map((figure) => figure.periodFrom);
  const year = Math.max(...years.filter((value) => value <= match.scenarioYear), -Infinity);
  const rows: PublishedComparisonRow[] = [];
  const row = (
    measure: PublishedMeasure,
    product: string,
    basis: readonly PublishedFigure[],
    published: number,
    value: number | null,
  ) => {
    const tolerance = CALIBRATION_TOLERANCE[measure];
    const difference = value === null ? null : value / published - 1;
    rows.push({
      measure,
      product,
      periodFrom: basis[0]!.periodFrom,
      periodTo: basis[0]!.periodTo,
      published,
      flag: basis.length === 1 ? basis[0]!.flag : "D",
      basis,
      expected: value,
      difference,
      tolerance,
      within: difference === null ? null : Math.abs(difference) <= tolerance + 1e-12,
    });
  };
  for (const figure of figures) {
    if (!single(figure) || figure.periodFrom !== year) continue;
    if (figure.measure === "members")
      row("members", figure.product, [figure], figure.value, expected.members);
    if (figure.measure === "person_times")
      row("person_times", figure.product, [figure], figure.value, expected.personTimes);
  }
  const specialDisease = expected.lumpSums.find((item) => item.kind === "special_disease") ?? null;
  const lumpClaims = expected.lumpSums.reduce((sum, item) => sum + item.claims, 0);
  const lumpPayout = expected.lumpSums.reduce((sum, item) => sum + item.payout, 0);
  const modelRate = (product: string) => {
    if (product === "inpatient")
      return {
        per100: (100 * expected.inpatientClaims) / expected.members,
        perClaim: expected.inpatientPayout / expected.inpatientClaims,
      };
    if (product === "special_disease")
      return specialDisease === null || specialDisease.holders === 0
        ? null
        : {
            per100: (100 * specialDisease.claims) / specialDisease.holders,
            perClaim: specialDisease.claims > 0 ? specialDisease.payout / specialDisease.claims : 0,
          };
    return {
      per100: (100 * (expected.inpatientClaims + lumpClaims)) / expected.personTimes,
      perClaim: (expected.inpatientPayout + lumpPayout) / (expected.inpatientClaims + lumpClaims),
    };
  };
  const periods = figures.filter(
    (figure) => !single(figure) && figure.measure === "paid_claims" && figure.value > 0,
  );
  for (const claims of periods) {
    const find = (measure: string) =>
      figures.find(
        (figure) =>
          figure.product === claims.product &&
          figure.periodFrom === claims.periodFrom &&
          figure.periodTo === claims.periodTo &&
          figure.measure === measure,
      );
    const exposure = find("person_times");
    const benefits = find("benefits");
    const rate = modelRate(claims.product);
    if (exposure && exposure.value > 0)
      row(
        "claims_per_100",
        claims.product,
        [claims, exposure],
        (100 * claims.value) / exposure.value,
        rate?.per100 ?? null,
      );
    if (benefits)
      row(
        "payout_per_claim",
        claims.product,
        [benefits, claims],
        benefits.value / claims.value,
        rate?.perClaim ?? null,
      );
  }
  const compared = rows.filter((item) => item.within !== null).length;
  const outside = rows.filter((item) => item.within === false).length;
  return { match, year, expected, rows, compared, outside };
}
