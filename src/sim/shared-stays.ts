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
import { MAX_CLAIMS_PER_MEMBER, TOTAL, type Workspace } from "./workspace.ts";

const DAYS_IN_YEAR = 365;
// Imported slots and draws bound to module constants for the hot loops (an imported binding can cost a
// getter call on each use, as the claim loop of `simulateClaims` found).
const OUT_PAYOUT = OUT.payout;
const OUT_ALLOWANCE = OUT.allowance;
const OUT_TOP_UP = OUT.topUp;
const CAP_USED = STATE.capUsed;
const COVERED_STAYS = STATE.coveredStays;
const ALLOWANCE_PAID = STATE.allowancePaid;
const CUMULATIVE_SELF_PAY = STATE.cumulativeSelfPay;
const MAX_CLAIMS = MAX_CLAIMS_PER_MEMBER;
const drawStayLength = drawAlias;
const drawSelfPay = selfPayQuantile;
const drawLag = drawReportingLag;
const BUCKETS = ALLOWANCE_BUCKETS;
const SEX_COUNT = SEXES;
const cellOf = cellIndex;
const drawClaimants = sampleBinomial;
const TOTAL_CLAIMS = TOTAL.claims;
const TOTAL_INCURRED = TOTAL.incurred;
const TOTAL_ALLOWANCE = TOTAL.allowance;
const TOTAL_TOP_UP = TOTAL.topUp;
const TOTAL_ACTIVE = TOTAL.active;
const TOTAL_RETIREE = TOTAL.retiree;
const TOTAL_RETIREE_ALLOWANCE = TOTAL.retireeAllowance;
const TOTAL_RETIREE_TOP_UP = TOTAL.retireeTopUp;
const TOTAL_SPILL = TOTAL.spill;

/**
 * One year's stays of one scenario of a comparison, cell by cell, as drawn: for each cell its members
 * and claimants, for each claimant the number of stays, and for each stay, in admission order, the
 * self-pay, the length and whether it is paid after the year's end (admission + length + reporting lag
 * past day 365). Everything the payer needs and nothing it decides: the draws do not depend on the
 * policy, so another scenario with the same members in a cell pays the cell's stays from here.
 */
export class StayTape {
  /** Members of each cell in the year recorded. */
  readonly counts: Float64Array;
  readonly claimants: Int32Array;
  /** Where each cell's claimants and stays start in `claimsOf` and the stay arrays. */
  readonly claimantStart: Int32Array;
  readonly stayStart: Int32Array;
  /** The year's frailty (frequency multiplier) and inflation index the stays were drawn with. */
  frailty = Number.NaN;
  inflation = Number.NaN;
  /** Whether the tape holds a year (it is written by `simulateSharedStays` of its own scenario). */
  recorded = false;
  claimsOf = new Int32Array(1024);
  selfPay = new Float64Array(4096);
  stayDays = new Float64Array(4096);
  late = new Uint8Array(4096);
  claimantEnd = 0;
  stayEnd = 0;

  constructor(cellCount: number) {
    this.counts = new Float64Array(cellCount);
    this.claimants = new Int32Array(cellCount);
    this.claimantStart = new Int32Array(cellCount);
    this.stayStart = new Int32Array(cellCount);
  }

  /** Room for `claimants` more claimants and `stays` more stays (doubling, keeping what is written). */
  reserve(claimants: number, stays: number): void {
    if (this.claimantEnd + claimants > this.claimsOf.length) {
      const grown = new Int32Array(Math.max(2 * this.claimsOf.length, this.claimantEnd + claimants));
      grown.set(this.claimsOf.subarray(0, this.claimantEnd));
      this.claimsOf = grown;
    }
    if (this.stayEnd + stays > this.selfPay.length) {
      const size = Math.max(2 * this.selfPay.length, this.stayEnd + stays);
      const selfPay = new Float64Array(size);
      const stayDays = new Float64Array(size);
      const late = new Uint8Array(size);
      selfPay.set(this.selfPay.subarray(0, this.stayEnd));
      stayDays.set(this.stayDays.subarray(0, this.stayEnd));
      late.set(this.late.subarray(0, this.stayEnd));
      this.selfPay = selfPay;
      this.stayDays = stayDays;
      this.late = late;
    }
  }
}

/**
 * The stays of a scenario run beside another on common random numbers (`runPaths` of a comparison):
 * `own` receives the stays this scenario draws; `from`, for the second scenario, is the first one's
 * tape of the same year, from which it pays the cells where both hold the same members. `sharedCells`
 * and `drawnCells` count the cells paid from `from` and drawn here.
 */
export interface SharedStays {
  readonly own: StayTape;
  readonly from?: StayTape;
  sharedCells: number;
  drawnCells: number;
}

function drawCount(cdf: Float64Array, u: number): number {
  let k = 0;
  while (u > cdf[k]! && k < cdf.length - 1) k++;
  return k + 1;
}

/**
 * Draws a cell's `claimants` from the cell's substream and pays them, as the single-scenario claim loop
 * (`simulateCellClaimants`) does, to the bit: the same draws in the same order (per claimant the count,
 * then per stay the admission day, length and self-pay, then per stay in admission order the payment
 * and the reporting lag, drawn for every stay so the stream moves the same whether or not it is paid),
 * sfc32 stepped on local copies of the stream's state, the same payer calls and the same additions.
 * Besides, writes each stay onto `tape` for the other scenario (`payCellStays`), with whether it is paid
 * after the year's end. Returns the allowances paid.
 */
function drawAndPayCellStays(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  tape: StayTape,
  bandRow: Float64Array,
  claimants: number,
  countCdf: Float64Array,
  allowanceYears: number,
  inflation: number,
  retiree: boolean,
): number {
  const { admission, stayDays, selfPay, order, state, out, totals } = workspace;
  const { lengthOfStay, severity, lagTable } = model;
  const payInpatient = model.policy.inpatientClaimPayer;
  let paidClaims = 0;
  let incurred = 0;
  let allowance = 0;
  let topUp = 0;
  let spill = 0;
  let allowancesPaid = 0;
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
    tape.reserve(1, claims);
    tape.claimsOf[tape.claimantEnd++] = claims;
    const { selfPay: tapeSelfPay, stayDays: tapeStayDays, late } = tape;
    let stay = tape.stayEnd;
    state[CAP_USED] = 0;
    state[COVERED_STAYS] = 0;
    state[ALLOWANCE_PAID] = 0;
    state[CUMULATIVE_SELF_PAY] = 0;
    for (let k = 0; k < claims; k++, stay++) {
      const i = order[k]!;
      payInpatient(selfPay[i]!, 1, stayDays[i]!, allowanceYears, state, 0, out, bandRow);
      t = (((s0 + s1) | 0) + s3) | 0;
      s3 = (s3 + 1) | 0;
      s0 = s1 ^ (s1 >>> 9);
      s1 = (s2 + (s2 << 3)) | 0;
      s2 = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
      const spills = admission[i]! + stayDays[i]! + drawLag(lagTable, (t >>> 0) / 4294967296) >= DAYS_IN_YEAR;
      tapeSelfPay[stay] = selfPay[i]!;
      tapeStayDays[stay] = stayDays[i]!;
      late[stay] = spills ? 1 : 0;
      const payout = out[OUT_PAYOUT]!;
      if (payout > 0) {
        paidClaims++;
        incurred += payout;
        allowance += out[OUT_ALLOWANCE]!;
        topUp += out[OUT_TOP_UP]!;
        if (spills) spill += payout;
      }
    }
    tape.stayEnd = stay;
    if (state[ALLOWANCE_PAID] === 1) allowancesPaid++;
  }
  words[0] = s0;
  words[1] = s1;
  words[2] = s2;
  words[3] = s3;
  addCellTotals(totals, paidClaims, incurred, allowance, topUp, spill, retiree);
  return allowancesPaid;
}

/** Adds a cell's sums to the year's totals, in the order of the single-scenario claim loop. */
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
 * band row: the same payer calls, in the same order, and the same additions as the single-scenario claim
 * loop, so the same sums to the bit. Returns the allowances paid.
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
 * The year's stays of one scenario of a comparison, with the results of `simulateStays` to the bit:
 * each cell whose members, frailty and inflation equal those on `shared.from` (the other scenario's
 * tape of this year; `sameStayDraws` holds for the two models) is paid from there; every other cell is
 * drawn from its own substream onto `shared.own` and paid from it. Draw once, pay twice: the second
 * scenario of a cap comparison skips the draws (about 60% of a claim's cost) of every cell the
 * scenarios share. Records the allowances paid by cell in `workspace.allowancePaid`.
 */
export function simulateSharedStays(year: ClaimYear, frailty: number, shared: SharedStays): void {
  const { model, stream, workspace, activeBandRow, retireeBandRow, inflation } = year;
  const { cells, frequency } = model;
  const { counts, allowancePaid } = workspace;
  const { own, from } = shared;
  const replay =
    from !== undefined &&
    from.recorded &&
    Object.is(from.frailty, frailty) &&
    Object.is(from.inflation, inflation);
  own.counts.set(counts);
  own.frailty = frailty;
  own.inflation = inflation;
  own.claimantEnd = 0;
  own.stayEnd = 0;
  own.recorded = true;
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
            shared.sharedCells++;
            allowancePaid[cell] =
              from.claimants[cell] === 0
                ? 0
                : payCellStays(model, workspace, from, cell, bandRow, bucket + 1, retiree);
            continue;
          }
          shared.drawnCells++;
          const substream = workspace.substream;
          substream.reseed(stream, cell);
          const claimants = drawClaimants(substream, counts[cell]!, pClaimant);
          own.claimants[cell] = claimants;
          own.claimantStart[cell] = own.claimantEnd;
          own.stayStart[cell] = own.stayEnd;
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
}
