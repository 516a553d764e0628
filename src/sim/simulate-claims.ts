import { drawAlias } from "../model/discrete-alias-table.ts";
import { zeroTruncatedCountCdf, probabilityOfNoClaim } from "../model/claim-frequency.ts";
import type { Model } from "../model/compile-model.ts";
import { drawReportingLag } from "../model/reporting-lag.ts";
import { lumpSumHolders, membersOfStatus } from "../model/member-counts.ts";
import { ALLOWANCE_BUCKETS, SEXES, cellIndex } from "../model/membership-cells.ts";
import { log } from "../model/portable-math.ts";
import { selfPayQuantile } from "../model/self-pay-severity.ts";
import { OUT, STAY_KIND, LUMP_SUM_KINDS, STATE } from "../policy/compile-policy.ts";
import { payLumpSumFast } from "../policy/pay-lump-sum-fast.ts";
import { payStayFast } from "../policy/pay-stay-fast.ts";
import { METRIC, metricCount } from "./metrics.ts";
import type { RandomStream } from "./random-stream.ts";
import { sampleBinomial } from "./sample-counts.ts";
import { MAX_CLAIMS_PER_MEMBER, type Workspace } from "./workspace.ts";

const DAYS_IN_YEAR = 365;
// Slots and draws bound to module constants for the hot loop.
const SPECIAL_OUTPATIENT = STAY_KIND.specialOutpatient;
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

/** Slots of the year's running totals (`Workspace.totals`). */
const TOTAL_CLAIMS = 0;
const TOTAL_INCURRED = 1;
const TOTAL_ALLOWANCE = 2;
const TOTAL_TOP_UP = 3;
const TOTAL_ACTIVE = 4;
const TOTAL_RETIREE = 5;
const TOTAL_SPILL = 6;
const TOTAL_RETIREE_ALLOWANCE = 7;
const TOTAL_RETIREE_TOP_UP = 8;

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
  const payInpatient = model.policy.inpatientClaimPayer;
  const lengthOfStay = model.lengthOfStay;
  const severity = model.severity;
  const lagTable = model.lagTable;
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
  totals[TOTAL_CLAIMS] = totals[TOTAL_CLAIMS]! + paidClaims;
  totals[TOTAL_INCURRED] = totals[TOTAL_INCURRED]! + incurred;
  totals[TOTAL_ALLOWANCE] = totals[TOTAL_ALLOWANCE]! + allowance;
  totals[TOTAL_TOP_UP] = totals[TOTAL_TOP_UP]! + topUp;
  if (retiree) {
    totals[TOTAL_RETIREE] = totals[TOTAL_RETIREE]! + incurred;
    totals[TOTAL_RETIREE_ALLOWANCE] = totals[TOTAL_RETIREE_ALLOWANCE]! + allowance;
    totals[TOTAL_RETIREE_TOP_UP] = totals[TOTAL_RETIREE_TOP_UP]! + topUp;
  } else totals[TOTAL_ACTIVE] = totals[TOTAL_ACTIVE]! + incurred;
  totals[TOTAL_SPILL] = totals[TOTAL_SPILL]! + spill;
  return allowancesPaid;
}

/** Money and counts of one year's claims, accumulated in the row of the result. */
export function simulateClaims(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  row: Float64Array,
  rowOffset: number,
  inflation: number,
  frailty: number,
): number {
  const { cells, frequency, lagTable, policy } = model;
  const { counts, allowancePaid, state, out, totals } = workspace;
  const hospitalisation = model.scenario.assumptions.hospitalisation;
  // Band attribution: active members' slots, then retirees'.
  const activeBandRow = row.subarray(rowOffset + METRIC.bands, rowOffset + METRIC.bands + model.bandSlots);
  const retireeBandRow = row.subarray(
    rowOffset + METRIC.bands + model.bandSlots,
    rowOffset + metricCount(model.bandSlots),
  );
  totals.fill(0);
  allowancePaid.fill(0);
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
          // Each cell draws from its own substream, so that its draws do not depend on the cells before.
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
  let spill = totals[TOTAL_SPILL]!;
  let claims = totals[TOTAL_CLAIMS]!;
  let incurred = totals[TOTAL_INCURRED]!;

  // Special outpatient patients: monthly settlements, each banded like a stay (001 art. 10 note 3),
  // drawn among active members and among retirees.
  let specialOutpatient = 0;
  if (policy.specialOutpatientCovered && hospitalisation.specialOutpatientRate > 0) {
    for (const retiree of [false, true]) {
      const soStream = workspace.substream;
      soStream.reseed(stream, cells.cellCount + (retiree ? 1 : 0));
      const patients = sampleBinomial(
        soStream,
        membersOfStatus(model, counts, retiree),
        hospitalisation.specialOutpatientRate,
      );
      const bandRow = retiree ? retireeBandRow : activeBandRow;
      for (let patient = 0; patient < patients; patient++) {
        const months = 1 + ((soStream.uniform() * 12) | 0);
        state.fill(0);
        for (let month = 0; month < months; month++) {
          const amount =
            -hospitalisation.specialOutpatientMeanSelfPay * log(1 - soStream.uniform()) * inflation;
          payStayFast(policy, SPECIAL_OUTPATIENT, amount, 1, 0, 1, state, 0, out, bandRow);
          const payout = out[OUT_PAYOUT]!;
          const paidDay = month * 30 + drawLag(lagTable, soStream.uniform());
          if (payout > 0) {
            claims++;
            specialOutpatient += payout;
            totals[retiree ? TOTAL_RETIREE : TOTAL_ACTIVE] =
              totals[retiree ? TOTAL_RETIREE : TOTAL_ACTIVE]! + payout;
            if (paidDay >= DAYS_IN_YEAR) spill += payout;
          }
        }
      }
    }
  }
  incurred += specialOutpatient;

  // Lump-sum products.
  let lumpSums = 0;
  let lumpSumClaims = 0;
  const growth = model.scenario.assumptions.membership.newUnitGrowth;
  LUMP_SUM_KINDS.forEach((kind, kindIndex) => {
    const product = policy.lumpSums[kindIndex];
    if (!product) return;
    const holders = lumpSumHolders(model, counts, kindIndex);
    const incidence =
      kind === "special_disease"
        ? hospitalisation.specialDiseaseIncidence
        : kind === "critical_illness"
          ? hospitalisation.criticalIllnessIncidence
          : hospitalisation.accidentIncidence;
    const lumpStream = workspace.substream;
    lumpStream.reseed(stream, cells.cellCount + 2 + kindIndex);
    const events = sampleBinomial(lumpStream, holders, incidence);
    for (let event = 0; event < events; event++) {
      state.fill(0);
      const day = lumpStream.uniform() * DAYS_IN_YEAR;
      const newJoiner = lumpStream.uniform() < growth;
      // Approved amount when the product has no fixed amount: uniform between ⅓ and all of the cap (E;
      // Inner Mongolia women's product ≈ 21.4k a claim against a 32k cap, docs/domain/assumptions.md D).
      const approved = (product.cap ?? 10000) * (1 / 3 + (2 / 3) * lumpStream.uniform());
      const payout = payLumpSumFast(
        policy,
        kindIndex,
        approved,
        newJoiner && day < product.observationDays,
        1,
        state,
        0,
      );
      if (payout > 0) {
        lumpSums += payout;
        lumpSumClaims++;
      }
    }
  });
  incurred += lumpSums;

  row[rowOffset + METRIC.claims] = claims;
  row[rowOffset + METRIC.benefitsIncurred] = incurred;
  row[rowOffset + METRIC.allowance] = totals[TOTAL_ALLOWANCE]!;
  row[rowOffset + METRIC.topUp] = totals[TOTAL_TOP_UP]!;
  row[rowOffset + METRIC.activeBenefits] = totals[TOTAL_ACTIVE]!;
  row[rowOffset + METRIC.retireeBenefits] = totals[TOTAL_RETIREE]!;
  row[rowOffset + METRIC.retireeAllowance] = totals[TOTAL_RETIREE_ALLOWANCE]!;
  row[rowOffset + METRIC.retireeTopUp] = totals[TOTAL_RETIREE_TOP_UP]!;
  row[rowOffset + METRIC.specialOutpatientBenefits] = specialOutpatient;
  row[rowOffset + METRIC.lumpSumBenefits] = lumpSums;
  row[rowOffset + METRIC.lumpSumClaims] = lumpSumClaims;
  return spill;
}
