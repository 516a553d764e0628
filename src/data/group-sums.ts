import type { Adjudication } from "../policy/records.ts";

/** A group's members, contributions, claims by status and payout: the sums behind a report line. */
export interface GroupTotals {
  /** Member-periods in the members file. */
  members: number;
  /** Fees due from those members under the scenario (yuan), lump-sum products included. */
  contributions: number;
  claims: number;
  paid: number;
  rejected: number;
  invalid: number;
  totalPayout: number;
}

/** A group's totals with the payouts of its paid claims (for medians and distributions). */
export interface GroupSums extends GroupTotals {
  /** Payouts of the group's paid claims, in file order. */
  payouts: number[];
}

/** The sums of a group with no members and no claims yet. */
export function emptyGroupSums(): GroupSums {
  return {
    members: 0,
    contributions: 0,
    claims: 0,
    paid: 0,
    rejected: 0,
    invalid: 0,
    totalPayout: 0,
    payouts: [],
  };
}

/**
 * Sums members and fees, and claims, statuses and payouts, by group, in one pass over each list with
 * no table built: a full-size year's million members cost a look-up each. Groups come in the order they
 * first appear, members' groups first, then groups only claims have; a claim whose key is `null` is
 * left out. Sums add in file order, so they are the same to the last bit however often they are made.
 * @param members how many members; `memberKey(i)` and `fee(i)` give member i's group and fee
 * @param claimKey the group of adjudication i, or `null`
 * @example
 * const claims = [
 *   { status: "paid", payout: 30, memberId: "a" },
 *   { status: "rejected", payout: 0, memberId: "b" },
 * ] as Adjudication[];
 * const sums = groupSums(2, (i) => ["A", "B"][i]!, () => 100, claims, (i) => ["A", "C"][i]!);
 * [...sums].map(([key, s]) => `${key}: ${s.members} members, ${s.claims} claims, ${s.totalPayout}`)
 * // → ["A: 1 members, 1 claims, 30", "B: 1 members, 0 claims, 0", "C: 0 members, 1 claims, 0"]
 */
export function groupSums(
  members: number,
  memberKey: (index: number) => string,
  fee: (index: number) => number,
  adjudications: readonly Adjudication[],
  claimKey: (index: number) => string | null,
): Map<string, GroupSums> {
  const sums = new Map<string, GroupSums>();
  const get = (key: string) => {
    let entry = sums.get(key);
    if (entry === undefined) {
      entry = emptyGroupSums();
      sums.set(key, entry);
    }
    return entry;
  };
  for (let index = 0; index < members; index++) {
    const entry = get(memberKey(index));
    entry.members++;
    entry.contributions += fee(index);
  }
  adjudications.forEach((adjudication, index) => {
    const key = claimKey(index);
    if (key === null) return;
    const entry = get(key);
    entry.claims++;
    entry.totalPayout += adjudication.payout;
    if (adjudication.status === "paid") {
      entry.paid++;
      entry.payouts.push(adjudication.payout);
    } else if (adjudication.status === "rejected") entry.rejected++;
    else if (adjudication.status === "invalid") entry.invalid++;
  });
  return sums;
}

/**
 * The sums of several groups together, added in the order given.
 * @example totalOf([{ ...emptyGroupSums(), members: 2, payouts: [5] }, { ...emptyGroupSums(), members: 1, payouts: [7] }])
 * // → { members: 3, contributions: 0, claims: 0, paid: 0, rejected: 0, invalid: 0, totalPayout: 0, payouts: [5, 7] }
 */
export function totalOf(groups: Iterable<GroupSums>): GroupSums {
  const total = emptyGroupSums();
  for (const entry of groups) {
    total.members += entry.members;
    total.contributions += entry.contributions;
    total.claims += entry.claims;
    total.paid += entry.paid;
    total.rejected += entry.rejected;
    total.invalid += entry.invalid;
    total.totalPayout += entry.totalPayout;
    for (const value of entry.payouts) total.payouts.push(value);
  }
  return total;
}
