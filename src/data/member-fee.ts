import type { MemberPeriod } from "../policy/records.ts";
import type { Policy } from "../scenario/types.ts";

/**
 * The fees a member-period owes under `policy`, yuan: the active or retiree fee plus the fee of each
 * optional product held (per share, up to the product's maximum shares).
 * @example
 * // Only the fields the fee reads: an active member with 3 shares of a product capped at 2 shares.
 * const policy = { fees: { active: 100, retiree: 60 }, lumpSums: [{ kind: "critical_illness", fee: 30, maxShares: 2 }] };
 * const member = { status: "active", products: ["critical_illness"], shares: 3 };
 * memberFee(member as MemberPeriod, policy as unknown as Policy) // 100 + 30 · 2
 * // → 160
 * memberFee({ ...member, status: "retiree", products: [] } as MemberPeriod, policy as unknown as Policy)
 * // → 60
 */
export function memberFee(member: MemberPeriod, policy: Policy): number {
  // Most members hold no optional product: the same sum, status fee + 0, without the product walk.
  if (member.products.length === 0)
    return (member.status === "active" ? policy.fees.active : policy.fees.retiree) + 0;
  return (
    (member.status === "active" ? policy.fees.active : policy.fees.retiree) +
    policy.lumpSums
      .filter((product) => member.products.includes(product.kind))
      .reduce((sum, product) => sum + product.fee * Math.min(member.shares, product.maxShares), 0)
  );
}
