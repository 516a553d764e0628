import { type CompiledPolicy, STAY_KIND } from "./compile-policy.ts";
import type { StayPayer } from "./generate-stay-payer.ts";

const INPATIENT = STAY_KIND.inpatient;

/**
 * Fast path: the payout of one covered stay (or special outpatient claim), with the member's period
 * state updated in place. No allocation, no explanation: this is what the simulation calls for every
 * claim. It runs the payer that `compilePolicy` generated for the policy (`generateStayPayer`: constants
 * baked in, bands unrolled). `adjudicateClaims` computes the same payouts from the policy text with an
 * explanation, and `test/policy/fast-and-explaining-agree.test.ts` checks the two agree to the cent on
 * random claims.
 *
 * Steps (Inner Mongolia 2021 art. 10–11 and 14; 2025 FAQ 3–4):
 * 1. deductible on later stays, off the self-pay;
 * 2. bands on the stay's self-pay (or the period's cumulative self-pay);
 * 3. proration of a straddling stay (benefit × days inside / total days);
 * 4. the daily allowance on the first covered stay, by years of participation, up to the day limit;
 * 5. the cap over the member's period; 6. the minimum-payout top-up.
 *
 * @param kind `STAY_KIND.inpatient` or `STAY_KIND.specialOutpatient`
 * @param claim the claim, the member's state and the outputs, as the compiled payer takes them (`StayPayer`)
 * The payout is in `out[OUT.payout]` (a return value would be boxed on every call). Cost: O(bands).
 */
export function payStayFast(policy: CompiledPolicy, kind: number, ...claim: Parameters<StayPayer>): void {
  const payer = kind === INPATIENT ? policy.inpatientPayer : policy.specialOutpatientPayer;
  payer(...claim);
}
