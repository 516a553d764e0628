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
  /** Whether the tape holds a year (it is written by `simulateStays` of its own scenario). */
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
