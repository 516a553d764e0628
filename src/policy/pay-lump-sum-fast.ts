import { type CompiledPolicy, STATE } from "./compile-policy.ts";
import { roundCents } from "./round-cents.ts";

/**
 * Fast path for a lump-sum product (women's special disease, critical illness, accident): the fixed
 * amount, or the approved amount when the product has none, times the shares held; the observation-period
 * payout instead inside the observation period; then the product's cap per period.
 * Updates the member-period state in place. Cost: O(1), no allocation.
 * @param kindIndex index of the kind in `LUMP_SUM_KINDS`
 * @returns the payout in yuan (0 when the scheme has no such product)
 */
export function payLumpSumFast(
  policy: CompiledPolicy,
  kindIndex: number,
  approvedAmount: number,
  inObservation: boolean,
  shares: number,
  state: Float64Array,
  stateOffset: number,
): number {
  const product = policy.lumpSums[kindIndex];
  if (!product) return 0;
  const perShare = inObservation
    ? product.observationPayout
    : (product.amount ?? Math.max(approvedAmount, 0));
  const slot = stateOffset + STATE.lumpSumPaid + kindIndex;
  const remaining = product.cap === null ? Infinity : product.cap * shares - state[slot]!;
  const payout = roundCents(Math.max(0, Math.min(perShare * shares, remaining)));
  state[slot] = state[slot]! + payout;
  return payout;
}
