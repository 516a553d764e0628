import { drawAlias } from "../model/discrete-alias-table.ts";
import { zeroTruncatedCountCdf, probabilityOfNoClaim } from "../model/claim-frequency.ts";
import type { Model } from "../model/compile-model.ts";
import { drawReportingLag } from "../model/reporting-lag.ts";
import { ALLOWANCE_BUCKETS, SEXES, cellIndex } from "../model/membership-cells.ts";
import { selfPayQuantile } from "../model/self-pay-severity.ts";
import { OUT, STATE } from "../policy/compile-policy.ts";
import type { ClaimYear } from "./claim-year.ts";
import { METRIC } from "./metrics.ts";
import type { RandomStream } from "./random-stream.ts";
import { sampleBinomial } from "./sample-counts.ts";
import { simulateSharedStays } from "./shared-stays.ts";
import { simulateLumpSums } from "./simulate-lump-sums.ts";
import { simulateSpecialOutpatients } from "./simulate-special-outpatients.ts";
import { MAX_CLAIMS_PER_MEMBER, TOTAL, type Workspace } from "./workspace.ts";

const DAYS_IN_YEAR = 365;
// Slots and draws bound to module constants for the hot loop.
const OUT_ALLOWANCE = OUT.allowance;
const OUT_TOP_UP = OUT.topUp;
const OUT_PAYOUT = OUT.payout;
const ALLOWANCE_PAID = STATE.allowancePaid;
const CAP_USED = STATE.capUsed;
const drawStayLength = drawAlias;
const drawSelfPay = selfPayQuantile;
const COVERED_STAYS = STATE.coveredStays;
const CUMULATIVE_SELF_PAY = STATE.cumulativeSelfPay;

const drawLag = drawReportingLag;

function drawCount(cdf: Float64Array, u: number): number {
  let k = 0;
  while (u > cdf[k]! && k < cdf.length - 1) k++;
  return k + 1;
}

/**
 * The year of one cell's claimants: for each, the number of claims, then each stay's admission day,
 * length and self-pay, the stays in admission order, and each paid in turn through the compiled policy
 * with the member's state. One call per cell, with the tables in local variables and the totals kept in
 * locals until the end, so the per-claim loop does nothing else. Returns the allowances paid.
 */
function simulateCellClaimants(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  bandRow: Float64Array,
  claimants: number,
  countCdf: Float64Array,
  allowanceYears: number,
  inflation: number,
  retiree: boolean,
): number {
  const { admission, stayDays, selfPay, order, state, out, totals } = workspace;
  // Whole claims, state at slot 0: the payer variant with those baked in (bit-identical).
  const { lengthOfStay, severity, lagTable } = model;
  const payInpatient = model.policy.inpatientClaimPayer;
  let paidClaims = 0;
  let incurred = 0;
  let allowance = 0;
  let topUp = 0;
  let spill = 0;
  let allowancesPaid = 0;
  // sfc32 (`RandomStream.uniform`) stepped on local copies of the stream's state, written back at the end:
  // the same draws in the same order, without a call and four loads and stores per draw.
  const words = stream.words;
  let s0 = words[0]!;
  let s1 = words[1]!;
  let s2 = words[2]!;
  let s3 = words[3]!;
  let t: number;
  for (let claimant = 0; claimant < claimants; claimant++) {
    t = (((s0 + s1) | 0) + s3) | 0;
    s3 = (s3 + 1) | 0;
    s0 = s1 ^ (s1 >>> 9);
    s1 = (s2 + (s2 << 3)) | 0;
    s2 = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
    const claims = Math.min(drawCount(countCdf, (t >>> 0) / 4294967296), MAX_CLAIMS_PER_MEMBER);
    for (let i = 0; i < claims; i++) {
      t = (((s0 + s1) | 0) + s3) | 0;
      s3 = (s3 + 1) | 0;
      s0 = s1 ^ (s1 >>> 9);
      s1 = (s2 + (s2 << 3)) | 0;
      s2 = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
      const day = (((t >>> 0) / 4294967296) * DAYS_IN_YEAR) | 0;
      admission[i] = day;
      t = (((s0 + s1) | 0) + s3) | 0;
      s3 = (s3 + 1) | 0;
      s0 = s1 ^ (s1 >>> 9);
      s1 = (s2 + (s2 << 3)) | 0;
      s2 = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
      stayDays[i] = drawStayLength(lengthOfStay, (t >>> 0) / 4294967296);
      t = (((s0 + s1) | 0) + s3) | 0;
      s3 = (s3 + 1) | 0;
      s0 = s1 ^ (s1 >>> 9);
      s1 = (s2 + (s2 << 3)) | 0;
      s2 = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
      selfPay[i] = drawSelfPay(severity, (t >>> 0) / 4294967296) * inflation;
      // Insertion sort by admission day: the first stay gets the allowance.
      let j = i;
      while (j > 0 && admission[order[j - 1]!]! > day) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    // A fresh period state (the inpatient slots: cap used, stays, allowance, cumulative self-pay).
    state[CAP_USED] = 0;
    state[COVERED_STAYS] = 0;
    state[ALLOWANCE_PAID] = 0;
    state[CUMULATIVE_SELF_PAY] = 0;
    for (let k = 0; k < claims; k++) {
      const i = order[k]!;
      payInpatient(selfPay[i]!, 1, stayDays[i]!, allowanceYears, state, 0, out, bandRow);
      // The lag is drawn for every claim, paid or not, so that two scenarios on the same streams stay
      // in step (common random numbers); it is looked up only for a paid claim.
      t = (((s0 + s1) | 0) + s3) | 0;
      s3 = (s3 + 1) | 0;
      s0 = s1 ^ (s1 >>> 9);
      s1 = (s2 + (s2 << 3)) | 0;
      s2 = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
      const payout = out[OUT_PAYOUT]!;
      if (payout > 0) {
        paidClaims++;
        incurred += payout;
        allowance += out[OUT_ALLOWANCE]!;
        topUp += out[OUT_TOP_UP]!;
        const paidDay = admission[i]! + stayDays[i]! + drawLag(lagTable, (t >>> 0) / 4294967296);
        if (paidDay >= DAYS_IN_YEAR) spill += payout;
      }
    }
    if (state[ALLOWANCE_PAID] === 1) allowancesPaid++;
  }
  words[0] = s0;
  words[1] = s1;
  words[2] = s2;
  words[3] = s3;
  totals[TOTAL.claims] = totals[TOTAL.claims]! + paidClaims;
  totals[TOTAL.incurred] = totals[TOTAL.incurred]! + incurred;
  totals[TOTAL.allowance] = totals[TOTAL.allowance]! + allowance;
  totals[TOTAL.topUp] = totals[TOTAL.topUp]! + topUp;
  if (retiree) {
    totals[TOTAL.retiree] = totals[TOTAL.retiree]! + incurred;
    totals[TOTAL.retireeAllowance] = totals[TOTAL.retireeAllowance]! + allowance;
    totals[TOTAL.retireeTopUp] = totals[TOTAL.retireeTopUp]! + topUp;
  } else totals[TOTAL.active] = totals[TOTAL.active]! + incurred;
  totals[TOTAL.spill] = totals[TOTAL.spill]! + spill;
  return allowancesPaid;
}

/**
 * The year's stays, cell by cell: each cell draws its claimants from its own substream of the year's
 * claim stream (so its draws do not depend on the cells before) and pays them (see
 * `simulateCellClaimants`), with the bands of active members and retirees in their rows. Records the
 * allowances paid by cell in `workspace.allowancePaid`.
 */
function simulateStays(year: ClaimYear, frailty: number): void {
  const { model, stream, workspace, activeBandRow, retireeBandRow, inflation } = year;
  const { cells, frequency } = model;
  const { counts, allowancePaid } = workspace;
  const regions = cells.regions.length;
  for (let band = 0; band < cells.bands; band++) {
    const mean = frequency.meanByBand[band]! * frailty;
    const pClaimant = 1 - probabilityOfNoClaim(mean, frequency.shape);
    const countCdf = zeroTruncatedCountCdf(mean, frequency.shape);
    const retiree = band >= cells.activeBands;
    for (let region = 0; region < regions; region++) {
      for (let sex = 0; sex < SEXES; sex++) {
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++) {
          const cell = cellIndex(cells, region, sex, band, bucket);
          const substream = workspace.substream;
          substream.reseed(stream, cell);
          const claimants = sampleBinomial(substream, counts[cell]!, pClaimant);
          allowancePaid[cell] =
            claimants === 0
              ? 0
              : simulateCellClaimants(
                  model,
                  substream,
                  workspace,
                  retiree ? retireeBandRow : activeBandRow,
                  claimants,
                  countCdf,
                  bucket + 1,
                  inflation,
                  retiree,
                );
        }
      }
    }
  }
}

/**
 * Money and counts of one year's claims, accumulated in the row of the result: the stays of every cell,
 * then the special-outpatient patients, then the lump-sum products, each from its own substreams of
 * `stream`. Returns the benefits incurred this year but paid after its end (the reporting lag).
 */
export function simulateClaims(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  row: Float64Array,
  rowOffset: number,
  inflation: number,
  frailty: number,
): number {
  const { totals } = workspace;
  // Band attribution: active members' slots, then retirees'.
  const bands = rowOffset + METRIC.bands;
  const year: ClaimYear = {
    model,
    stream,
    workspace,
    activeBandRow: row.subarray(bands, bands + model.bandSlots),
    retireeBandRow: row.subarray(bands + model.bandSlots, bands + 2 * model.bandSlots),
    inflation,
  };
  totals.fill(0);
  workspace.allowancePaid.fill(0);
  // A comparison's scenarios share the stays of the cells where their members agree (bit-identical).
  if (workspace.sharedStays) simulateSharedStays(year, frailty, workspace.sharedStays);
  else simulateStays(year, frailty);
  const stays = totals[TOTAL.incurred]!;
  const specialOutpatient = simulateSpecialOutpatients(year);
  const lumpSums = simulateLumpSums(year);

  row[rowOffset + METRIC.claims] = totals[TOTAL.claims]!;
  row[rowOffset + METRIC.benefitsIncurred] = stays + specialOutpatient + lumpSums;
  row[rowOffset + METRIC.allowance] = totals[TOTAL.allowance]!;
  row[rowOffset + METRIC.topUp] = totals[TOTAL.topUp]!;
  row[rowOffset + METRIC.activeBenefits] = totals[TOTAL.active]!;
  row[rowOffset + METRIC.retireeBenefits] = totals[TOTAL.retiree]!;
  row[rowOffset + METRIC.retireeAllowance] = totals[TOTAL.retireeAllowance]!;
  row[rowOffset + METRIC.retireeTopUp] = totals[TOTAL.retireeTopUp]!;
  row[rowOffset + METRIC.specialOutpatientBenefits] = specialOutpatient;
  row[rowOffset + METRIC.lumpSumBenefits] = lumpSums;
  row[rowOffset + METRIC.lumpSumClaims] = totals[TOTAL.lumpSumClaims]!;
  return totals[TOTAL.spill]!;
}
