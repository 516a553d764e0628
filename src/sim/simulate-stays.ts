import { zeroTruncatedCountCdf, probabilityOfNoClaim } from "../model/claim-frequency.ts";
import { drawAlias } from "../model/discrete-alias-table.ts";
import type { Model } from "../model/compile-model.ts";
import { ALLOWANCE_BUCKETS, SEXES, cellIndex } from "../model/membership-cells.ts";
import { drawReportingLag } from "../model/reporting-lag.ts";
import { selfPayQuantile } from "../model/self-pay-severity.ts";
import { OUT, STATE } from "../policy/compile-policy.ts";
import type { ClaimYear } from "./claim-year.ts";
import type { RandomStream } from "./random-stream.ts";
import { sampleBinomial } from "./sample-counts.ts";
import type { SharedStays, StayTape } from "./shared-stays.ts";
import { MAX_CLAIMS_PER_MEMBER, TOTAL, type Workspace } from "./workspace.ts";

const DAYS_IN_YEAR = 365;
// Imported slots and draws bound to module constants for the hot loop: under tsx each read of an
// imported binding can cost a getter call (5–7% of a run's profile in the claimant loop).
const { payout: OUT_PAYOUT, allowance: OUT_ALLOWANCE, topUp: OUT_TOP_UP } = OUT;
const {
  capUsed: CAP_USED,
  coveredStays: COVERED_STAYS,
  allowancePaid: ALLOWANCE_PAID,
  cumulativeSelfPay: CUMULATIVE_SELF_PAY,
} = STATE;
const {
  claims: TOTAL_CLAIMS,
  incurred: TOTAL_INCURRED,
  allowance: TOTAL_ALLOWANCE,
  topUp: TOTAL_TOP_UP,
  active: TOTAL_ACTIVE,
  retiree: TOTAL_RETIREE,
  retireeAllowance: TOTAL_RETIREE_ALLOWANCE,
  retireeTopUp: TOTAL_RETIREE_TOP_UP,
  spill: TOTAL_SPILL,
} = TOTAL;
const MAX_CLAIMS = MAX_CLAIMS_PER_MEMBER;
const BUCKETS = ALLOWANCE_BUCKETS;
const SEX_COUNT = SEXES;
const drawStayLength = drawAlias;
const drawSelfPay = selfPayQuantile;
const drawLag = drawReportingLag;
const drawClaimants = sampleBinomial;
const cellOf = cellIndex;

function drawCount(cdf: Float64Array, u: number): number {
  let k = 0;
  while (u > cdf[k]! && k < cdf.length - 1) k++;
  return k + 1;
}

/**
 * The year of one cell's claimants, drawn from the cell's substream and paid: for each claimant the
 * number of claims, then each stay's admission day, length and self-pay, the stays in admission order,
 * and each paid in turn through the compiled policy with the member's state, then its reporting lag
 * (drawn for every stay, paid or not, so that two scenarios on the same streams stay in step: common
 * random numbers). One call per cell, with the tables in local variables and the totals kept in locals
 * until the end, so the per-claim loop does nothing else. With a `tape` (a comparison, `SharedStays`),
 * besides writes each stay onto it for the other scenario (`payCellStays`), with whether it is paid
 * after the year's end; without one the lag is looked up only for a paid stay. The figures are the
 * same either way, to the bit. Returns the allowances paid.
 */
function drawAndPayCellStays(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  tape: StayTape | null,
  bandRow: Float64Array,
  claimants: number,
  countCdf: Float64Array,
  allowanceYears: number,
  inflation: number,
  retiree: boolean,
): number {
  const { admission, stayDays, selfPay, order, state, out, totals } = workspace;
  const { lengthOfStay, severity, lagTable } = model;
  // Whole claims, state at slot 0: the payer variant with those baked in (bit-identical).
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
    const claims = Math.min(drawCount(countCdf, (t >>> 0) / 4294967296), MAX_CLAIMS);
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
    let stay = 0;
    if (tape !== null) {
      tape.reserve(1, claims);
      tape.claimsOf[tape.claimantEnd++] = claims;
      stay = tape.stayEnd;
    }
    // A fresh period state (the inpatient slots: cap used, stays, allowance, cumulative self-pay).
    state[CAP_USED] = 0;
    state[COVERED_STAYS] = 0;
    state[ALLOWANCE_PAID] = 0;
    state[CUMULATIVE_SELF_PAY] = 0;
    for (let k = 0; k < claims; k++) {
      const i = order[k]!;
      payInpatient(selfPay[i]!, 1, stayDays[i]!, allowanceYears, state, 0, out, bandRow);
      t = (((s0 + s1) | 0) + s3) | 0;
      s3 = (s3 + 1) | 0;
      s0 = s1 ^ (s1 >>> 9);
      s1 = (s2 + (s2 << 3)) | 0;
      s2 = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
      let spills = false;
      if (tape !== null) {
        spills = admission[i]! + stayDays[i]! + drawLag(lagTable, (t >>> 0) / 4294967296) >= DAYS_IN_YEAR;
        tape.selfPay[stay] = selfPay[i]!;
        tape.stayDays[stay] = stayDays[i]!;
        tape.late[stay++] = spills ? 1 : 0;
      }
      const payout = out[OUT_PAYOUT]!;
      if (payout > 0) {
        paidClaims++;
        incurred += payout;
        allowance += out[OUT_ALLOWANCE]!;
        topUp += out[OUT_TOP_UP]!;
        if (tape === null) {
          spills = admission[i]! + stayDays[i]! + drawLag(lagTable, (t >>> 0) / 4294967296) >= DAYS_IN_YEAR;
        }
        if (spills) spill += payout;
      }
    }
    if (tape !== null) tape.stayEnd = stay;
    if (state[ALLOWANCE_PAID] === 1) allowancesPaid++;
  }
  words[0] = s0;
  words[1] = s1;
  words[2] = s2;
  words[3] = s3;
  addCellTotals(totals, paidClaims, incurred, allowance, topUp, spill, retiree);
  return allowancesPaid;
}

/** Adds a cell's sums to the year's totals, in one order for drawn and replayed cells. */
function addCellTotals(
  totals: Float64Array,
  paidClaims: number,
  incurred: number,
  allowance: number,
  topUp: number,
  spill: number,
  retiree: boolean,
): void {
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
}

/**
 * Pays the stays of `cell` on `tape` under `model`'s policy with `workspace`'s member state, totals and
 * band row: the same payer calls, in the same order, and the same additions as `drawAndPayCellStays`,
 * so the same sums to the bit. Returns the allowances paid.
 */
function payCellStays(
  model: Model,
  workspace: Workspace,
  tape: StayTape,
  cell: number,
  bandRow: Float64Array,
  allowanceYears: number,
  retiree: boolean,
): number {
  const { state, out, totals } = workspace;
  const payInpatient = model.policy.inpatientClaimPayer;
  const { claimsOf, selfPay, stayDays, late } = tape;
  const claimants = tape.claimants[cell]!;
  let stay = tape.stayStart[cell]!;
  let paidClaims = 0;
  let incurred = 0;
  let allowance = 0;
  let topUp = 0;
  let spill = 0;
  let allowancesPaid = 0;
  for (let claimant = tape.claimantStart[cell]!, end = claimant + claimants; claimant < end; claimant++) {
    const claims = claimsOf[claimant]!;
    state[CAP_USED] = 0;
    state[COVERED_STAYS] = 0;
    state[ALLOWANCE_PAID] = 0;
    state[CUMULATIVE_SELF_PAY] = 0;
    for (let k = 0; k < claims; k++, stay++) {
      payInpatient(selfPay[stay]!, 1, stayDays[stay]!, allowanceYears, state, 0, out, bandRow);
      const payout = out[OUT_PAYOUT]!;
      if (payout > 0) {
        paidClaims++;
        incurred += payout;
        allowance += out[OUT_ALLOWANCE]!;
        topUp += out[OUT_TOP_UP]!;
        if (late[stay] === 1) spill += payout;
      }
    }
    if (state[ALLOWANCE_PAID] === 1) allowancesPaid++;
  }
  addCellTotals(totals, paidClaims, incurred, allowance, topUp, spill, retiree);
  return allowancesPaid;
}

/**
 * The year's stays, cell by cell: each cell draws its claimants from its own substream of the year's
 * claim stream (so its draws do not depend on the cells before) and pays them (`drawAndPayCellStays`),
 * with the bands of active members and retirees in their rows. Records the allowances paid by cell in
 * `workspace.allowancePaid`.
 *
 * For a scenario of a comparison (`shared`), with the same figures to the bit: each cell whose members,
 * frailty and inflation equal those on `shared.from` (the other scenario's tape of this year;
 * `sameStayDraws` holds for the two models) is paid from there; every other cell is drawn from its own
 * substream onto `shared.own` and paid from it. Draw once, pay twice: the second scenario of a cap
 * comparison skips the draws (about 60% of a claim's cost) of every cell the scenarios share.
 */
export function simulateStays(year: ClaimYear, frailty: number, shared?: SharedStays): void {
  const { model, stream, workspace, activeBandRow, retireeBandRow, inflation } = year;
  const { cells, frequency } = model;
  const { counts, allowancePaid } = workspace;
  const own = shared === undefined ? null : shared.own;
  const from = shared?.from;
  let sharedCells = 0;
  let drawnCells = 0;
  const replay =
    from !== undefined &&
    from.recorded &&
    Object.is(from.frailty, frailty) &&
    Object.is(from.inflation, inflation);
  if (own !== null) {
    own.counts.set(counts);
    own.frailty = frailty;
    own.inflation = inflation;
    own.claimantEnd = 0;
    own.stayEnd = 0;
    own.recorded = true;
  }
  const regions = cells.regions.length;
  for (let band = 0; band < cells.bands; band++) {
    const mean = frequency.meanByBand[band]! * frailty;
    const pClaimant = 1 - probabilityOfNoClaim(mean, frequency.shape);
    const countCdf = zeroTruncatedCountCdf(mean, frequency.shape);
    const retiree = band >= cells.activeBands;
    const bandRow = retiree ? retireeBandRow : activeBandRow;
    for (let region = 0; region < regions; region++) {
      for (let sex = 0; sex < SEX_COUNT; sex++) {
        for (let bucket = 0; bucket < BUCKETS; bucket++) {
          const cell = cellOf(cells, region, sex, band, bucket);
          if (replay && counts[cell] === from.counts[cell]) {
            sharedCells++;
            allowancePaid[cell] =
              from.claimants[cell] === 0
                ? 0
                : payCellStays(model, workspace, from, cell, bandRow, bucket + 1, retiree);
            continue;
          }
          const substream = workspace.substream;
          substream.reseed(stream, cell);
          const claimants = drawClaimants(substream, counts[cell]!, pClaimant);
          if (own !== null) {
            drawnCells++;
            own.claimants[cell] = claimants;
            own.claimantStart[cell] = own.claimantEnd;
            own.stayStart[cell] = own.stayEnd;
          }
          allowancePaid[cell] =
            claimants === 0
              ? 0
              : drawAndPayCellStays(
                  model,
                  substream,
                  workspace,
                  own,
                  bandRow,
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
  if (shared !== undefined) {
    shared.sharedCells += sharedCells;
    shared.drawnCells += drawnCells;
  }
}
