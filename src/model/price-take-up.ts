import type { MembershipAssumptions } from "../scenario/types.ts";

/** How the active fee moves take-up against the reference fee: once, as a level. */
export interface PriceTakeUp {
  /** Members at `fee` relative to members at the reference fee: 1 + elasticity × (fee / reference − 1). */
  readonly level: number;
  /** Share of reference-fee members who leave because of a fee above the reference (0 for a cut). */
  readonly leavers: number;
  /** Claim-rate multiplier from anti-selection: 1 + antiSelection × leavers. */
  readonly frailty: number;
}

/**
 * The effect of the fee on take-up. A price elasticity moves the *level* of membership relative to the
 * reference fee once (the units deciding whether to join or renew at the new fee), not the growth rate
 * every year: compounding it would make a 10% fee cut raise membership by 20% over ten years and raise
 * income. With elasticity −0.2, a fee of 90 against 100 gives 1 + (−0.2)(−0.1) = 1.02, 2% more members
 * in every year; a fee of 120 gives 0.96, and with anti-selection 2 the remaining members claim
 * 1 + 2 × 0.04 = 1.08 times as often (the healthy leave first).
 * @example
 * priceTakeUp({ priceElasticity: -0.2, referenceFee: 100, antiSelection: 0 }, 90).level
 * // ≈ 1.02
 */
export function priceTakeUp(
  membership: Pick<MembershipAssumptions, "priceElasticity" | "referenceFee" | "antiSelection">,
  fee: number,
): PriceTakeUp {
  const priceChange = membership.referenceFee > 0 ? fee / membership.referenceFee - 1 : 0;
  const level = Math.max(0, 1 + membership.priceElasticity * priceChange);
  const leavers = Math.max(0, 1 - level);
  return { level, leavers, frailty: 1 + membership.antiSelection * leavers };
}
