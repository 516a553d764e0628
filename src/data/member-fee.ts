import type { MemberPeriod } from "../policy/records.ts";
import type { Policy } from "../scenario/types.ts";

/**
 * The fees a member-period owes under `policy`, yuan: the active or retiree fee plus the fee of each
 * optional product held (per share, up to the product's maximum shares).
 * @example memberFee(activeMemberWithNoProducts, policyWithActiveFee100) // 100
 */
export function memberFee(member: MemberPeriod, policy: Policy): number {
  return (
    (member.status === "active" ? policy.fees.active : policy.fees.retiree) +
    policy.lumpSums
      .filter((product) => member.products.includes(product.kind))
      .reduce((sum, product) => sum + product.fee * Math.min(member.shares, product.maxShares), 0)
  );
}
