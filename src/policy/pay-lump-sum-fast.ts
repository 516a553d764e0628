import { type CompiledPolicy, STATE } from "./compile-policy.ts";
import { roundCents } from "./round-cents.ts";

/**
 * Fast path for a lump-sum product (women's special disease, critical illness, accident): the fixed
 * amount times the shares held, or the approved amount when the product has none (the approval is the
 * claim's value: shares raise the cap, they do not multiply it); the observation-period payout times the
 * shares inside the observation period; then the product's cap (per share) per period.
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
  const amount = inObservation
    ? product.observationPayout * shares
    : product.amount === null
      ? Math.max(approvedAmount, 0)
      : product.amount * shares;
  const slot = stateOffset + STATE.lumpSumPaid + kindIndex;
  const remaining = product.cap === null ? Infinity : product.cap * shares - state[slot]!;
  const payout = roundCents(Math.max(0, Math.min(amount, remaining)));
  state[slot] = state[slot]! + payout;
  return payout;
}
