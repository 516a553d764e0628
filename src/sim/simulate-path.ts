import { drawAlias } from "../model/discrete-alias-table.ts";
import { zeroTruncatedCountCdf, probabilityOfNoClaim } from "../model/claim-frequency.ts";
import { LAG_TABLE_SIZE, type Model } from "../model/compile-model.ts";
import { ALLOWANCE_BUCKETS, FEMALE, SEXES, cellIndex } from "../model/membership-cells.ts";
import { selfPayQuantile } from "../model/self-pay-severity.ts";
import { OUT, OUT_SIZE, STATE_SIZE, STAY_KIND, LUMP_SUM_KINDS, STATE } from "../policy/compile-policy.ts";
import { payLumpSumFast } from "../policy/pay-lump-sum-fast.ts";
import { payStayFast } from "../policy/pay-stay-fast.ts";
import { METRIC, metricCount } from "./metrics.ts";
import { RandomStream, streamFor } from "./random-stream.ts";
import { sampleBinomial, samplePoisson, stochasticRound } from "./sample-counts.ts";
import { log, pow } from "../model/portable-math.ts";

const DAYS_IN_YEAR = 365;
// Slots copied into module constants for the hot loop.
const SPECIAL_OUTPATIENT = STAY_KIND.specialOutpatient;
const OUT_ALLOWANCE = OUT.allowance;
const OUT_TOP_UP = OUT.topUp;
const OUT_PAYOUT = OUT.payout;
const ALLOWANCE_PAID = STATE.allowancePaid;
const CAP_USED = STATE.capUsed;
// Imported draws bound to module constants: the hot loop then calls them directly, not through the
// module's export bindings (which a TypeScript loader may turn into getters).
const drawStayLength = drawAlias;
const drawSelfPay = selfPayQuantile;
const COVERED_STAYS = STATE.coveredStays;
const CUMULATIVE_SELF_PAY = STATE.cumulativeSelfPay;
const MAX_CLAIMS_PER_MEMBER = 401;

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
  /** Running totals of the year's claims (`TOTAL_*` slots). */
  totals: Float64Array;
  /** The substream of the cell (or other unit of draws) being simulated: see `RandomStream.reseed`. */
  substream: RandomStream;
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

function drawLag(lagTable: Float64Array, u: number): number {
  const position = u * (LAG_TABLE_SIZE - 1);
  const index = position | 0;
  const next = index + 1 < LAG_TABLE_SIZE - 1 ? index + 1 : index;
  return lagTable[index]! + (lagTable[next]! - lagTable[index]!) * (position - index);
}

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
  const payInpatient = model.policy.inpatientPayer;
  const lengthOfStay = model.lengthOfStay;
  const severity = model.severity;
  const lagTable = model.lagTable;
  let paidClaims = 0;
  let incurred = 0;
  let allowance = 0;
  let topUp = 0;
  let spill = 0;
  let allowancesPaid = 0;
  for (let claimant = 0; claimant < claimants; claimant++) {
    const claims = Math.min(drawCount(countCdf, stream.uniform()), MAX_CLAIMS_PER_MEMBER);
    for (let i = 0; i < claims; i++) {
      admission[i] = (stream.uniform() * DAYS_IN_YEAR) | 0;
      stayDays[i] = drawStayLength(lengthOfStay, stream.uniform());
      selfPay[i] = drawSelfPay(severity, stream.uniform()) * inflation;
      // Insertion sort by admission day: the first stay gets the allowance.
      let j = i;
      while (j > 0 && admission[order[j - 1]!]! > admission[i]!) {
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
      // in step (common random numbers).
      const paidDay = admission[i]! + stayDays[i]! + drawLag(lagTable, stream.uniform());
      const payout = out[OUT_PAYOUT]!;
      if (payout > 0) {
        paidClaims++;
        incurred += payout;
        allowance += out[OUT_ALLOWANCE]!;
        topUp += out[OUT_TOP_UP]!;
        if (paidDay >= DAYS_IN_YEAR) spill += payout;
      }
    }
    if (state[ALLOWANCE_PAID] === 1) allowancesPaid++;
  }
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
function simulateClaims(
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
      // Inner Mongolia women's product ≈ 21.4k a claim against a 32k cap, assumptions.md D).
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

function addMembers(counts: Float64Array, cell: number, amount: number): void {
  counts[cell] = counts[cell]! + amount;
}

/** Members who are retirees (or, with `retiree` false, active members). */
function membersOfStatus(model: Model, counts: Float64Array, retiree: boolean): number {
  const { cells } = model;
  let total = 0;
  for (let cell = 0; cell < counts.length; cell++) {
    const band = Math.floor(cell / ALLOWANCE_BUCKETS) % cells.bands;
    if (band >= cells.activeBands === retiree) total += counts[cell]!;
  }
  return total;
}

/** Members holding a lump-sum product: women of eligible age × take-up for the women's product, else everyone. */
function lumpSumHolders(model: Model, counts: Float64Array, kindIndex: number): number {
  const product = model.policy.lumpSums[kindIndex]!;
  const { cells } = model;
  let holders = 0;
  for (let region = 0; region < cells.regions.length; region++) {
    for (let sex = 0; sex < SEXES; sex++) {
      if (product.sex === "F" && sex !== FEMALE) continue;
      if (product.sex === "M" && sex === FEMALE) continue;
      for (let band = 0; band < cells.bands; band++) {
        if (product.maxAge !== null && cells.bandFrom[band]! > product.maxAge) continue;
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++)
          holders += counts[cellIndex(cells, region, sex, band, bucket)]!;
      }
    }
  }
  const takeUp =
    product.kind === "special_disease" ? model.scenario.assumptions.hospitalisation.specialDiseaseTakeUp : 1;
  return Math.round(holders * takeUp);
}

/**
 * Next year's members: units renew or lapse as groups (a binomial number of a region's units lapse),
 * members leave, age by a fifth of a five-year band a year, retire and continue or leave, leave at 70,
 * and new units join; the allowance count restarts for members paid an allowance. A fee above the
 * reference lowers renewal and growth through the price elasticity; with anti-selection the healthy leave
 * first, raising the claim rate of those who stay. Returns the new frailty multiplier.
 */
function advanceMembership(
  model: Model,
  stream: RandomStream,
  workspace: Workspace,
  frailty: number,
): number {
  const { cells, scenario } = model;
  const membership = scenario.assumptions.membership;
  const { counts, nextCounts, allowancePaid } = workspace;
  const priceChange = scenario.policy.fees.active / membership.referenceFee - 1;
  const demand = Math.max(0, 1 + membership.priceElasticity * priceChange);
  const renewal = Math.min(1, membership.unitRenewal * demand);
  const growth = membership.newUnitGrowth * demand;
  const feeLeavers = Math.max(0, membership.unitRenewal - renewal);
  nextCounts.fill(0);
  const ageStep = 1 / 5;
  const sexShares = [membership.femaleShare, 1 - membership.femaleShare];
  const ageTotal = membership.activeAgeBands.reduce((sum, band) => sum + band.share, 0);
  for (let region = 0; region < cells.regions.length; region++) {
    let regionMembers = 0;
    for (let sex = 0; sex < SEXES; sex++) {
      for (let band = 0; band < cells.bands; band++) {
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++)
          regionMembers += counts[cellIndex(cells, region, sex, band, bucket)]!;
      }
    }
    if (regionMembers <= 0) continue;
    // Each region draws from its own substreams (lapses and joiners; then rounding).
    const regionStream = workspace.substream;
    regionStream.reseed(stream, 2 * region);
    const units = Math.max(1, Math.round(regionMembers / membership.meanUnitSize));
    const lapsedUnits = sampleBinomial(regionStream, units, 1 - renewal);
    const keep = (1 - lapsedUnits / units) * (1 - membership.memberExitRate);
    for (let sex = 0; sex < SEXES; sex++) {
      for (let band = 0; band < cells.bands; band++) {
        for (let bucket = 0; bucket < ALLOWANCE_BUCKETS; bucket++) {
          const cell = cellIndex(cells, region, sex, band, bucket);
          const stayers = counts[cell]! * keep;
          if (stayers <= 0) continue;
          const paidShare = counts[cell]! > 0 ? allowancePaid[cell]! / counts[cell]! : 0;
          // Allowance count: restart at 1 for those paid, else one more year (3+ stays 3+).
          const nextBucket = Math.min(bucket + 1, ALLOWANCE_BUCKETS - 1);
          const moving = stayers * ageStep;
          const staying = stayers - moving;
          // Stay in the band, or move up: the last active band retires (some continue), the first
          // retiree band moves to the second, the second leaves at 70.
          addMembers(nextCounts, cellIndex(cells, region, sex, band, 0), staying * paidShare);
          addMembers(nextCounts, cellIndex(cells, region, sex, band, nextBucket), staying * (1 - paidShare));
          const movedTo =
            band < cells.activeBands - 1 || band === cells.activeBands
              ? band + 1
              : band === cells.activeBands - 1 && cells.retirees
                ? cells.activeBands
                : -1;
          if (movedTo >= 0) {
            const moved = band === cells.activeBands - 1 ? moving * membership.retireeContinuation : moving;
            addMembers(nextCounts, cellIndex(cells, region, sex, movedTo, 0), moved * paidShare);
            addMembers(
              nextCounts,
              cellIndex(cells, region, sex, movedTo, nextBucket),
              moved * (1 - paidShare),
            );
          }
        }
      }
    }
    // New units join with the active age profile; their members start at year 1.
    const newUnits = samplePoisson(regionStream, (growth * regionMembers) / membership.meanUnitSize);
    const joiners = newUnits * membership.meanUnitSize;
    for (let sex = 0; sex < SEXES; sex++) {
      for (let band = 0; band < cells.activeBands; band++) {
        const index = cellIndex(cells, region, sex, band, 0);
        nextCounts[index] =
          nextCounts[index]! +
          joiners * sexShares[sex]! * (membership.activeAgeBands[band]!.share / ageTotal);
      }
    }
  }
  // Whole members; a region's cells are contiguous, and each region rounds from its own substream.
  const cellsPerRegion = counts.length / cells.regions.length;
  for (let region = 0; region < cells.regions.length; region++) {
    const roundingStream = workspace.substream;
    roundingStream.reseed(stream, 2 * region + 1);
    for (let cell = region * cellsPerRegion; cell < (region + 1) * cellsPerRegion; cell++) {
      counts[cell] = stochasticRound(roundingStream, nextCounts[cell]!);
    }
  }
  return frailty * (1 + membership.antiSelection * feeLeavers);
}

/**
 * Simulates one path of the fund over `years` years and writes one row of metrics per year into `result`
 * from `offset` (see `METRIC`). Randomness comes only from streams keyed by (seed, path, year, purpose), so
 * a path's figures do not depend on which worker runs it or on the other scenario of a comparison: two
 * scenarios run with the same seed share their draws (common random numbers) as far as their membership
 * agrees. Cost: O(cells + claims) a year, no allocation per claim.
 */
export function simulatePath(
  model: Model,
  seed: number,
  path: number,
  years: number,
  result: Float64Array,
  offset: number,
  workspace: Workspace,
): void {
  const fund = model.scenario.assumptions.fund;
  const hospitalisation = model.scenario.assumptions.hospitalisation;
  const { counts, state } = workspace;
  const width = metricCount(model.bandSlots);
  counts.set(model.initialCounts);
  let balance = fund.openingBalance + fund.riskReserve;
  let owedFromLastYear = 0;
  let ruined = 0;
  let frailty = 1;
  for (let year = 1; year <= years; year++) {
    const rowOffset = offset + (year - 1) * width;
    let members = 0;
    let retirees = 0;
    let contributions = 0;
    const cells = model.cells;
    for (let cell = 0; cell < counts.length; cell++) {
      const band = Math.floor(cell / ALLOWANCE_BUCKETS) % cells.bands;
      members += counts[cell]!;
      if (band >= cells.activeBands) retirees += counts[cell]!;
      contributions += counts[cell]! * model.feeByBand[band]!;
    }
    model.policy.lumpSums.forEach((product, kindIndex) => {
      if (product) contributions += lumpSumHolders(model, counts, kindIndex) * product.fee;
    });
    const inflation = pow(1 + hospitalisation.medicalInflation, year - 1);
    state.fill(0);
    const claimStream = streamFor(seed, path, year, "claims");
    const spill = simulateClaims(model, claimStream, workspace, result, rowOffset, inflation, frailty);
    const incurred = result[rowOffset + METRIC.benefitsIncurred]!;
    const paid = incurred - spill + owedFromLastYear;
    const expenses = fund.expenseRatio * contributions;
    const interest = fund.interestRate * (balance + (contributions - expenses - paid) / 2);
    balance += contributions - expenses - paid + interest;
    owedFromLastYear = spill;
    const measure = fund.ruinBasis === "balance" ? balance : balance - spill;
    if (measure < 0) ruined = 1;
    result[rowOffset + METRIC.members] = members;
    result[rowOffset + METRIC.activeMembers] = members - retirees;
    result[rowOffset + METRIC.retireeMembers] = retirees;
    result[rowOffset + METRIC.contributions] = contributions;
    result[rowOffset + METRIC.expenses] = expenses;
    result[rowOffset + METRIC.benefitsPaid] = paid;
    result[rowOffset + METRIC.interest] = interest;
    result[rowOffset + METRIC.balance] = balance;
    result[rowOffset + METRIC.liabilities] = spill;
    result[rowOffset + METRIC.ruined] = ruined;
    result[rowOffset + METRIC.result] = contributions - expenses - incurred + interest;
    if (year < years)
      frailty = advanceMembership(model, streamFor(seed, path, year, "membership"), workspace, frailty);
  }
}
