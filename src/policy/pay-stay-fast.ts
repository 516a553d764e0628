import { bandedBenefit } from "./band-table.ts";
import { type CompiledPolicy, OUT, STATE, STAY_KIND } from "./compile-policy.ts";
import { roundCents } from "./round-cents.ts";

// Slots copied into module constants: read in the hot loop without going through the module's exports.
const CAP_USED = STATE.capUsed;
const COVERED_STAYS = STATE.coveredStays;
const ALLOWANCE_PAID = STATE.allowancePaid;
const CUMULATIVE_SELF_PAY = STATE.cumulativeSelfPay;
const INPATIENT = STAY_KIND.inpatient;
const OUT_BENEFIT = OUT.benefit;
const OUT_ALLOWANCE = OUT.allowance;
const OUT_TOP_UP = OUT.topUp;
const OUT_PAYOUT = OUT.payout;

/**
 * Fast path: the payout of one covered stay (or special outpatient claim), with the member's period
 * state updated in place. No allocation, no explanation: this is what the simulation calls for every
 * claim. `adjudicateClaims` computes the same payouts from the policy text with an explanation, and
 * `test/policy/fast-and-explaining-agree.test.ts` checks the two agree to the cent on random claims.
 *
 * Steps (Inner Mongolia 2021 art. 10–11 and 14; 2025 FAQ 3–4):
 * 1. deductible on later stays, off the self-pay;
 * 2. bands on the stay's self-pay (or the period's cumulative self-pay);
 * 3. proration of a straddling stay (benefit × days inside / total days);
 * 4. the daily allowance on the first covered stay, by years of participation, up to the day limit;
 * 5. the cap over the member's period; 6. the minimum-payout top-up.
 *
 * @param kind `STAY_KIND.inpatient` or `STAY_KIND.specialOutpatient`
 * @param selfPay the stay's self-pay in yuan
 * @param prorationFactor days inside the period / total days (1 for a stay inside the period)
 * @param allowanceDays hospital days counted for the allowance (days inside the period)
 * @param allowanceYears years of unbroken participation for the allowance (1, 2, 3, …)
 * @param state the member-period state (`STATE` slots from `stateOffset`), updated in place
 * @param out receives `OUT` slots: benefit, allowance, top-up, payout (yuan, rounded to cents)
 * @param bandTotals if given, the benefit by band (after proration and cap) is added to it: inpatient bands
 *   from 0, special outpatient bands from `policy.inpatientBands.count`
 * The payout is in `out[OUT.payout]` (a return value would be boxed on every call). Cost: O(bands).
 */
export function payStayFast(
  policy: CompiledPolicy,
  kind: number,
  selfPay: number,
  prorationFactor: number,
  allowanceDays: number,
  allowanceYears: number,
  state: Float64Array,
  stateOffset: number,
  out: Float64Array,
  bandTotals: Float64Array | null,
): void {
  const inpatient = kind === INPATIENT;
  const coveredStays = state[stateOffset + COVERED_STAYS]!;
  let amount = selfPay > 0 ? selfPay : 0;
  if (inpatient && coveredStays >= 1 && policy.deductibleAmount > 0) {
    if (policy.deductibleOnEveryLaterStay || coveredStays === 1) {
      amount = Math.max(0, amount - policy.deductibleAmount);
    }
  }
  const table = inpatient ? policy.inpatientBands : policy.specialOutpatientBands;
  let from = 0;
  if (policy.cumulativeBands) {
    from = state[stateOffset + CUMULATIVE_SELF_PAY]!;
    state[stateOffset + CUMULATIVE_SELF_PAY] = from + amount;
  }
  const fullBenefit =
    from > 0
      ? bandedBenefit(table, from + amount) - bandedBenefit(table, from)
      : bandedBenefit(table, amount);
  const benefit = roundCents(fullBenefit * prorationFactor);

  let allowance = 0;
  const rates = policy.allowanceRates;
  if (inpatient && rates.length > 0 && (!policy.allowanceFirstStayOnly || coveredStays === 0)) {
    const yearIndex = Math.min(Math.max(allowanceYears, 1), rates.length) - 1;
    allowance = rates[yearIndex]! * Math.min(Math.max(allowanceDays, 0), policy.allowanceMaxDays);
  }

  const remaining = policy.cap - state[stateOffset + CAP_USED]!;
  const cappedBenefit = benefit < remaining ? benefit : remaining > 0 ? remaining : 0;
  if (policy.allowanceCountsTowardCap) {
    const left = remaining - cappedBenefit;
    allowance = allowance < left ? allowance : left > 0 ? left : 0;
  }
  // A whole-yuan allowance (the usual case: yuan a day × days) needs no rounding.
  if (allowance !== Math.floor(allowance)) allowance = roundCents(allowance);

  let topUp = 0;
  const minimum = policy.minimumPayout;
  const paid = cappedBenefit + allowance;
  if (minimum > 0 && paid > 0 && paid < minimum && (inpatient || policy.minimumPayoutOnSpecialOutpatient)) {
    topUp = minimum - paid;
    if (policy.allowanceCountsTowardCap) {
      const left = remaining - paid;
      topUp = topUp < left ? topUp : left > 0 ? left : 0;
    }
    topUp = roundCents(topUp);
  }
  const payout =
    allowance === 0 && topUp === 0 ? cappedBenefit : roundCents(cappedBenefit + allowance + topUp);

  state[stateOffset + CAP_USED] =
    state[stateOffset + CAP_USED]! + (policy.allowanceCountsTowardCap ? payout : cappedBenefit);
  if (inpatient) state[stateOffset + COVERED_STAYS] = coveredStays + 1;
  if (allowance > 0) state[stateOffset + ALLOWANCE_PAID] = 1;

  if (bandTotals !== null && cappedBenefit > 0) {
    // Attribute the benefit to the bands it came from; the cap cuts the highest bands first.
    let left = cappedBenefit;
    const offset = inpatient ? 0 : policy.inpatientBands.count;
    const to = from + amount;
    for (let index = 0; index < table.count && left > 0; index++) {
      if (to <= table.lower[index]!) break;
      const low = from > table.lower[index]! ? from : table.lower[index]!;
      const high = to < table.upper[index]! ? to : table.upper[index]!;
      if (high <= low) continue;
      let part = (high - low) * table.rate[index]! * prorationFactor;
      if (part > left) part = left;
      bandTotals[offset + index] = bandTotals[offset + index]! + part;
      left -= part;
    }
  }
  out[OUT_BENEFIT] = cappedBenefit;
  out[OUT_ALLOWANCE] = allowance;
  out[OUT_TOP_UP] = topUp;
  out[OUT_PAYOUT] = payout;
}
