import { formatDay } from "./dates.ts";
import type { ExplanationText } from "./explanation-text.ts";
import { formatBound } from "../format/format-bound.ts";
import { formatCents } from "../format/format-cents.ts";
import { formatPercent } from "../format/format-percent.ts";

/** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st. */
const ordinal = (n: number): string => {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? "st"
      : n % 10 === 2 && n % 100 !== 12
        ? "nd"
        : n % 10 === 3 && n % 100 !== 13
          ? "rd"
          : "th";
  return `${n}${suffix}`;
};

/** English explanation lines and reasons (the command line's default); see `explanationText`. */
export const explanationTextEn: ExplanationText = Object.freeze<ExplanationText>({
  stayHeader: (stayNumber, selfPay) =>
    `Inpatient stay (${ordinal(stayNumber)} covered stay this period): self-pay ${formatCents(selfPay, "en")}`,
  specialOutpatientHeader: (selfPay) => `Special outpatient claim: self-pay ${formatCents(selfPay, "en")}`,
  laterStayDeductible: (before, deductible, after) =>
    `Deductible for a later stay in the period: ${formatCents(before, "en")} − ${formatCents(deductible, "en")} = ${formatCents(after, "en")}`,
  cumulativeBands: (from, to) =>
    `Cumulative bands: this claim's self-pay runs from ${formatCents(from, "en")} to ${formatCents(to, "en")} of the period's total`,
  band: ({ from, upTo, rate, inside, part }) =>
    `Band ${formatBound(from, "en")}–${formatBound(upTo, "en")} at ${formatPercent(rate, "en", 4)}: ${formatCents(inside, "en")} × ${formatPercent(rate, "en", 4)} = ${formatCents(part, "en")}`,
  aboveLastBand: (upper, notCovered) =>
    `Self-pay above ${formatBound(upper, "en")}: ${formatCents(notCovered, "en")} not covered`,
  bandedBenefit: (benefit) => `Banded benefit: ${formatCents(benefit, "en")}`,
  straddling: (daysInside, totalDays, benefit, prorated) =>
    `Straddles the period: ${daysInside} of ${totalDays} days inside, ${formatCents(benefit, "en")} × ${daysInside}/${totalDays} = ${formatCents(prorated, "en")}`,
  allowanceFirstStayOnly: () => "Daily allowance: none, only the first stay of a period gets it",
  allowance: ({ years, rate, days, hospitalDays, maxDays, amount }) => {
    const limited = hospitalDays > maxDays ? ` (${hospitalDays} days, at most ${maxDays})` : "";
    return `Daily allowance: ${ordinal(years)} year of participation, ${formatCents(rate, "en")} × ${days} days${limited} = ${formatCents(amount, "en")}`;
  },
  cap: ({ cap, allowanceCounts, usedBefore, remaining, cutTo }) => {
    const counted = allowanceCounts ? "benefit, allowance and top-up" : "benefit";
    const cut = cutTo === null ? "" : `; benefit cut to ${formatCents(cutTo, "en")}`;
    return `Cap ${formatBound(cap, "en")} a period (${counted} count): ${formatCents(usedBefore, "en")} used before, ${formatCents(remaining, "en")} left${cut}`;
  },
  allowanceCutByCap: (allowance) => `Allowance cut to ${formatCents(allowance, "en")} by the cap`,
  minimumPayout: (minimum, paid, topUp) =>
    `Minimum payout ${formatCents(minimum, "en")}: benefit + allowance ${formatCents(paid, "en")} topped up by ${formatCents(topUp, "en")}`,
  payout: (payout) => `Payout: ${formatCents(payout, "en")}`,

  lumpSumHeader: (productName, kind) => `${productName}: ${kind} claim`,
  observationDiagnosis: (dayOfPeriod, observationDays) =>
    `Diagnosed on day ${dayOfPeriod} of the period, inside the ${observationDays}-day observation period of a new or returning joiner`,
  observationPayment: (perShare) => `Observation-period payment: ${formatCents(perShare, "en")} a share`,
  approvedAmount: (amount) => `Approved amount for the diagnosis: ${formatCents(amount, "en")}`,
  fixedAmount: (perShare) => `Fixed amount: ${formatCents(perShare, "en")} a share`,
  shares: (shares, perShare, payout) =>
    `${shares} shares: ${formatCents(perShare, "en")} × ${shares} = ${formatCents(payout, "en")}`,
  productCap: (cap, remaining) =>
    `Product cap ${formatBound(cap, "en")} a period: ${formatCents(remaining, "en")} left; payment cut to ${formatCents(remaining, "en")}`,

  periodLine: (start, end, status, age) =>
    `Period ${formatDay(start)} to ${formatDay(end)}, ${status}, age ${age}`,
  outsideLine: (lumpSum, eventDay, periods) =>
    `${lumpSum ? "Diagnosis" : "Admission"} ${formatDay(eventDay)}; member covered ${periods.map((p) => `${formatDay(p.start)} to ${formatDay(p.end)}`).join(", ")}`,
  rejectedLine: (reason) => `Rejected: ${reason}`,
  invalidLine: (reason) => `Invalid: ${reason}`,

  retireesNotCovered: () => "the scheme does not cover retirees",
  ageOutside: (age, minAge, maxAge, status) =>
    `age ${age} at the period start is outside ${minAge}–${maxAge} for ${status} members`,
  excludedCause: (cause) => `excluded cause: ${cause}`,
  noSettlement: () => "no basic-insurance settlement statement",
  specialOutpatientNotCovered: () => "special outpatient claims are not covered by this scheme",
  lateFiling: ({ filedDay, lastDay, days, countedFrom }) =>
    `filed ${formatDay(filedDay)}, after the deadline ${formatDay(lastDay)} (${days} days after ${countedFrom === "periodEnd" ? "the period's end" : "the settlement"})`,
  outsidePeriods: (periodCount) => `outside the member's period${periodCount > 1 ? "s" : ""}`,
  kindNotCovered: (kind) => `${kind} claims are not covered by this scheme`,
  notEnrolled: (kind) => `member does not hold the ${kind} product`,
  productSexOnly: (kind, sex) => `the ${kind} product covers sex ${sex} only`,
  productAgeLimit: (age, maxAge) =>
    `age ${age} at the period start is above the product's limit of ${maxAge}`,
  inObservation: (observationDays) => `diagnosed inside the ${observationDays}-day observation period`,
  productCapUsedUp: () => "nothing left under the product's cap",
  periodCapUsedUp: () => "the period's cap is used up",
  nothingPayable: () => "nothing payable",
});
