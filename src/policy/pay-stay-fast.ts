import { addBandParts } from "./band-table.ts";
import { type CompiledPolicy, OUT, STATE, STAY_KIND } from "./compile-policy.ts";
import { roundCents } from "./round-cents.ts";

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
 * @returns the payout in yuan. Cost: O(bands).
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
): number {
  const inpatient = kind === STAY_KIND.inpatient;
  const coveredStays = state[stateOffset + STATE.coveredStays]!;
  let amount = selfPay > 0 ? selfPay : 0;
  if (inpatient && coveredStays >= 1 && policy.deductibleAmount > 0) {
    if (policy.deductibleOnEveryLaterStay || coveredStays === 1) {
      amount = Math.max(0, amount - policy.deductibleAmount);
    }
  }
  const table = inpatient ? policy.inpatientBands : policy.specialOutpatientBands;
  const parts = policy.scratchBands;
  parts.fill(0);
  let from = 0;
  if (policy.cumulativeBands) {
    from = state[stateOffset + STATE.cumulativeSelfPay]!;
    state[stateOffset + STATE.cumulativeSelfPay] = from + amount;
  }
  let benefit = addBandParts(table, from, from + amount, parts) * prorationFactor;
  benefit = roundCents(benefit);

  let allowance = 0;
  const rates = policy.allowanceRates;
  if (inpatient && rates.length > 0 && (!policy.allowanceFirstStayOnly || coveredStays === 0)) {
    const yearIndex = Math.min(Math.max(allowanceYears, 1), rates.length) - 1;
    allowance = rates[yearIndex]! * Math.min(Math.max(allowanceDays, 0), policy.allowanceMaxDays);
  }

  const remaining = policy.cap - state[stateOffset + STATE.capUsed]!;
  const cappedBenefit = benefit < remaining ? benefit : remaining > 0 ? remaining : 0;
  if (policy.allowanceCountsTowardCap) {
    const left = remaining - cappedBenefit;
    allowance = allowance < left ? allowance : left > 0 ? left : 0;
  }
  allowance = roundCents(allowance);

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
  const payout = roundCents(cappedBenefit + allowance + topUp);

  state[stateOffset + STATE.capUsed] =
    state[stateOffset + STATE.capUsed]! + (policy.allowanceCountsTowardCap ? payout : cappedBenefit);
  if (inpatient) state[stateOffset + STATE.coveredStays] = coveredStays + 1;
  if (allowance > 0) state[stateOffset + STATE.allowancePaid] = 1;

  if (bandTotals !== null && cappedBenefit > 0) {
    // The cap cuts the highest bands first: a stay fills the bands from the bottom.
    let left = cappedBenefit;
    const offset = inpatient ? 0 : policy.inpatientBands.count;
    for (let index = 0; index < table.count; index++) {
      const part = Math.min(parts[index]! * prorationFactor, left);
      bandTotals[offset + index] = bandTotals[offset + index]! + part;
      left -= part;
    }
  }
  out[OUT.benefit] = cappedBenefit;
  out[OUT.allowance] = allowance;
  out[OUT.topUp] = topUp;
  out[OUT.payout] = payout;
  return payout;
}
