import type { MessageText } from "../messages.ts";
import type { LumpSumKind } from "../scenario/types.ts";

/** Claim kinds of the claims file. */
export const CLAIM_KINDS = [
  "inpatient",
  "special_outpatient",
  "special_disease",
  "critical_illness",
  "accident",
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** One member in one coverage period (a row of the members file), with dates as day numbers. */
export interface MemberPeriod {
  memberId: string;
  status: "active" | "retiree";
  sex: "F" | "M";
  birthDay: number;
  unitId: string;
  /** Region (盟市) for reports, from the optional `region` column; empty when not given. */
  region: string;
  periodStart: number;
  /** Last day of cover (inclusive). */
  periodEnd: number;
  /** Years of unbroken participation for the allowance (1, 2, 3, …), already restarted after a payment. */
  allowanceYears: number;
  /** Optional products the member holds (from the optional `products` column). */
  products: LumpSumKind[];
  /** Whether the optional products are an unbroken renewal (no observation period). */
  productRenewal: boolean;
  /** Shares held of share-based products (Linyi accident: up to 4). */
  shares: number;
}

/** One claim with its values parsed; dates are day numbers. */
export interface Claim {
  claimId: string;
  memberId: string;
  kind: ClaimKind;
  admissionDay: number;
  dischargeDay: number;
  /** Policy-range self-pay after pooled insurance, yuan (for lump sums: the approved amount). */
  selfPay: number;
  cause: import("../scenario/types.ts").ClaimCause;
  /** Day of the insurance settlement, or `null` when there is none (`settlement_date` = `none`). */
  settlementDay: number | null;
  filedDay: number;
  diagnosisDay: number;
}

/** A claims-file row that could not be read: it is reported as `invalid`, never dropped. */
export interface InvalidClaim {
  claimId: string;
  memberId: string;
  /** Why the row is invalid, naming the file and row; rendered in the output's language. */
  invalidReason: MessageText;
}

/** What happened to a claim. */
export type ClaimStatus = "paid" | "rejected" | "invalid";

/** The adjudication of one claim, with its explanation, one line per step. */
export interface Adjudication {
  claimId: string;
  memberId: string;
  status: ClaimStatus;
  /** Banded benefit after deductible, proration and cap, yuan. */
  benefit: number;
  allowance: number;
  topUp: number;
  /** A lump-sum product's payment (women's special disease, critical illness, accident), yuan. */
  lumpSum: number;
  /** benefit + allowance + topUp + lumpSum, yuan. */
  payout: number;
  /** Why the claim was rejected or invalid; empty when paid. */
  reason: string;
  explanation: string[];
}
