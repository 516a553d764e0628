import type { Model } from "../model/compile-model.ts";
import { OUT_SIZE, STATE_SIZE } from "../policy/compile-policy.ts";
import { RandomStream } from "./random-stream.ts";
import type { SharedStays } from "./shared-stays.ts";

/** Most claims one member is drawn in a year (the claim-count table stops there). */
export const MAX_CLAIMS_PER_MEMBER = 401;

/** Slots of the year's running totals (`Workspace.totals`), kept by the claim loops of `simulateClaims`. */
export const TOTAL = {
  /** Paid claims: stays and special-outpatient months. */
  claims: 0,
  /** Benefits of the year's stays. */
  incurred: 1,
  allowance: 2,
  topUp: 3,
  /** Benefits of active members' stays and special-outpatient months. */
  active: 4,
  retiree: 5,
  /** Benefits paid after the year's end (the reporting lag). */
  spill: 6,
  retireeAllowance: 7,
  retireeTopUp: 8,
  /** Lump sums paid. */
  lumpSumClaims: 9,
} as const;

/** Scratch arrays reused across paths so the kernel allocates nothing per claim. */
export interface Workspace {
  counts: Float64Array;
  nextCounts: Float64Array;
  /** Members of each cell who were paid an allowance this year (their count restarts). */
  allowancePaid: Float64Array;
  state: Float64Array;
  out: Float64Array;
  admission: Float64Array;
  stayDays: Float64Array;
  selfPay: Float64Array;
  order: Int32Array;
  /** Running totals of the year's claims (`TOTAL` slots). */
  totals: Float64Array;
  /** The substream of the cell (or other unit of draws) being simulated: see `RandomStream.reseed`. */
  substream: RandomStream;
  /** For a scenario of a comparison run on common random numbers: the stays it shares with the other. */
  sharedStays?: SharedStays;
}

export function createWorkspace(model: Model): Workspace {
  const cellCount = model.cells.cellCount;
  return {
    counts: new Float64Array(cellCount),
    nextCounts: new Float64Array(cellCount),
    allowancePaid: new Float64Array(cellCount),
    state: new Float64Array(STATE_SIZE),
    out: new Float64Array(OUT_SIZE),
    admission: new Float64Array(MAX_CLAIMS_PER_MEMBER),
    stayDays: new Float64Array(MAX_CLAIMS_PER_MEMBER),
    selfPay: new Float64Array(MAX_CLAIMS_PER_MEMBER),
    order: new Int32Array(MAX_CLAIMS_PER_MEMBER),
    totals: new Float64Array(10),
    substream: new RandomStream(),
  };
}
