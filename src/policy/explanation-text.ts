/**
 * The catalogue of every explanation line and rejection reason the explaining adjudicator writes
 * (`explainStay`, `explainLumpSum`, `adjudicateClaims`), in English and Chinese. Each entry takes the
 * amounts and names it needs and returns the finished text; amounts are formatted here (`formatCents`,
 * `formatPercent`, `formatBound` of src/format; dates `YYYY-MM-DD`), never by the caller, and never rounded differently:
 * the language changes the words, not the numbers.
 */
import type { ClaimCause, LumpSumKind } from "../scenario/types.ts";
import { explanationTextEn } from "./explanation-text-en.ts";
import { explanationTextZh } from "./explanation-text-zh.ts";
import type { ClaimKind, MemberPeriod } from "./records.ts";

/** The languages of explanation lines: English (the command line's default) and Simplified Chinese. */
export type ExplanationLocale = "en" | "zh";

/** Every explanation locale, for option checks. */
export const EXPLANATION_LOCALES: readonly ExplanationLocale[] = ["en", "zh"];

/** One band touched by a stay's self-pay. */
export interface BandStep {
  /** 1-based position of the band in the policy's list. */
  number: number;
  /** Lower bound (exclusive), yuan. */
  from: number;
  /** Upper bound (inclusive), yuan, or `null` for no upper bound. */
  upTo: number | null;
  rate: number;
  /** Self-pay inside the band, yuan. */
  inside: number;
  /** `inside × rate`, yuan (not yet rounded). */
  part: number;
}

/** The daily allowance of a stay. */
export interface AllowanceStep {
  /** Year of unbroken participation whose rate applies (1, 2, 3, …). */
  years: number;
  /** Yuan a day. */
  rate: number;
  /** Days paid (at most `maxDays`). */
  days: number;
  /** Hospital days inside the cover; when above `maxDays` the line says so. */
  hospitalDays: number;
  maxDays: number;
  /** `rate × days`, yuan. */
  amount: number;
}

/** The period cap applied to a stay. */
export interface CapStep {
  cap: number;
  /** Whether the allowance and the top-up count toward the cap as well as the benefit. */
  allowanceCounts: boolean;
  usedBefore: number;
  remaining: number;
  /** The benefit after the cut, or `null` when the cap did not cut it. */
  cutTo: number | null;
}

/** A claim filed after its deadline. */
export interface LateFiling {
  /** Day numbers. */
  filedDay: number;
  lastDay: number;
  days: number;
  countedFrom: "periodEnd" | "settlement";
}

/** The texts of one locale: one function per kind of line or reason. */
export interface ExplanationText {
  // Stays and special outpatient claims (explainStay)
  /** First line of an inpatient stay; `stayNumber` counts covered stays in the period, this one included. */
  stayHeader(stayNumber: number, selfPay: number): string;
  specialOutpatientHeader(selfPay: number): string;
  laterStayDeductible(before: number, deductible: number, after: number): string;
  cumulativeBands(from: number, to: number): string;
  band(step: BandStep): string;
  /** Self-pay above the last band's upper bound. */
  aboveLastBand(upper: number, notCovered: number): string;
  bandedBenefit(benefit: number): string;
  straddling(daysInside: number, totalDays: number, benefit: number, prorated: number): string;
  allowanceFirstStayOnly(): string;
  allowance(step: AllowanceStep): string;
  cap(step: CapStep): string;
  allowanceCutByCap(allowance: number): string;
  minimumPayout(minimum: number, paid: number, topUp: number): string;
  payout(payout: number): string;

  // Lump-sum products (explainLumpSum)
  lumpSumHeader(productName: string, kind: ClaimKind): string;
  /** `dayOfPeriod` is 1-based: the period's first day is day 1. */
  observationDiagnosis(dayOfPeriod: number, observationDays: number): string;
  observationPayment(perShare: number): string;
  approvedAmount(amount: number): string;
  fixedAmount(perShare: number): string;
  shares(shares: number, perShare: number, payout: number): string;
  productCap(cap: number, remaining: number): string;

  // Lines of adjudicateClaims
  periodLine(start: number, end: number, status: MemberPeriod["status"], age: number): string;
  /** Why a claim falls outside cover: the event day and every period of the member. */
  outsideLine(lumpSum: boolean, eventDay: number, periods: readonly { start: number; end: number }[]): string;
  rejectedLine(reason: string): string;
  invalidLine(reason: string): string;

  // Rejection reasons
  retireesNotCovered(): string;
  ageOutside(age: number, minAge: number, maxAge: number, status: MemberPeriod["status"]): string;
  excludedCause(cause: ClaimCause): string;
  noSettlement(): string;
  specialOutpatientNotCovered(): string;
  lateFiling(late: LateFiling): string;
  outsidePeriods(periodCount: number): string;
  kindNotCovered(kind: ClaimKind): string;
  notEnrolled(kind: LumpSumKind): string;
  productSexOnly(kind: LumpSumKind, sex: "F" | "M"): string;
  productAgeLimit(age: number, maxAge: number): string;
  inObservation(observationDays: number): string;
  productCapUsedUp(): string;
  periodCapUsedUp(): string;
  nothingPayable(): string;
}

const catalogues: Readonly<Record<ExplanationLocale, ExplanationText>> = {
  en: explanationTextEn,
  zh: explanationTextZh,
};

/**
 * The explanation texts of a locale: a shared, frozen object of small functions.
 * @example explanationText("zh").payout(5580)
 * // → "实付：5,580.00"
 * @example explanationText("en").payout(5580)
 * // → "Payout: 5,580.00"
 */
export function explanationText(locale: ExplanationLocale): ExplanationText {
  return catalogues[locale];
}
