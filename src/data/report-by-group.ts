import { median } from "simple-statistics";
import { type GroupTotals, groupSums } from "./group-sums.ts";
import { memberIndex } from "../policy/member-index.ts";
import type { Adjudication, MemberPeriod } from "../policy/records.ts";
import { roundCents } from "../policy/round-cents.ts";
import { memberFee } from "./member-fee.ts";
import type { Policy } from "../scenario/types.ts";

/** What a year's results can be grouped by. */
export const REPORT_GROUPS = ["region", "unit_id", "status", "sex"] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

/** The kinds of report line. */
export type ReportLine = "group" | "no_region" | "unknown_member" | "total";

// Group keys: a named group's key starts with "=", a special line's with "!", so no name can pose as one.
const NO_REGION = "!no_region";
const UNKNOWN_MEMBER = "!unknown_member";
const SHOWN: Readonly<Record<string, string>> = {
  [NO_REGION]: "(no region)",
  [UNKNOWN_MEMBER]: "(unknown member)",
};

/** One line of the analysts' report: a group's members, claims, payouts and loss ratio. */
export interface ReportRow extends GroupTotals {
  /** The group's name as shown: a region, unit, status or sex, or `(no region)`, `(unknown member)`, `(all)`. */
  group: string;
  /**
   * What the line is: a named `group`, the members with `no_region`, claims of an `unknown_member`, or
   * the `total`. A region that happens to be called `(all)` is a `group`, never the total.
   */
  line: ReportLine;
  /** Paid claims per 100 member-periods (the published "person-times benefited" rate). */
  paidPer100Members: number;
  meanPaidClaim: number;
  medianPaidClaim: number;
  /** Total payout / contributions. */
  lossRatio: number;
}

const groupOf = (member: MemberPeriod, by: ReportGroup): string =>
  by === "region"
    ? member.region
      ? `=${member.region}`
      : NO_REGION
    : `=${by === "unit_id" ? member.unitId : by === "status" ? member.status : member.sex}`;

/**
 * The analysts' yearly report: members, contributions, claims by status, payouts, paid claims per 100
 * members, mean and median paid claim, and the loss ratio, by region (or unit, status, sex), with a
 * total line. Group sums in one pass over members and claims (`groupSums`, as the results pack), medians
 * with simple-statistics. Claims of members missing from the members file are counted under
 * "(unknown member)" so that every claim is accounted for.
 * Cost: O(members + claims).
 */
export function reportByGroup(
  members: readonly MemberPeriod[],
  adjudications: readonly Adjudication[],
  policy: Policy,
  by: ReportGroup,
): ReportRow[] {
  const byId = memberIndex(members);
  // One key string per distinct value (a million members share a few hundred units and regions).
  const keyStrings = new Map<string, string>();
  const keyOf = (member: MemberPeriod) => {
    const value =
      by === "region"
        ? member.region
        : by === "unit_id"
          ? member.unitId
          : by === "status"
            ? member.status
            : member.sex;
    let key = keyStrings.get(value);
    if (key === undefined) keyStrings.set(value, (key = groupOf(member, by)));
    return key;
  };
  const sums = groupSums(
    members.length,
    (index) => keyOf(members[index]!),
    (index) => memberFee(members[index]!, policy),
    adjudications,
    (index) => {
      const member = byId.firstIndex(adjudications[index]!.memberId);
      return member < 0 ? UNKNOWN_MEMBER : keyOf(members[member]!);
    },
  );
  const keys = [...sums.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = keys.map((key) => {
    const entry = sums.get(key)!;
    return finish({
      ...entry,
      group: key,
      medianPaidClaim: entry.payouts.length > 0 ? median(entry.payouts) : 0,
    });
  });
  const paidPayouts: number[] = [];
  for (const claim of adjudications) if (claim.status === "paid") paidPayouts.push(claim.payout);
  const all = finish({
    group: "!total",
    members: members.length,
    contributions: rows.reduce((sum, row) => sum + row.contributions, 0),
    claims: adjudications.length,
    paid: rows.reduce((sum, row) => sum + row.paid, 0),
    rejected: rows.reduce((sum, row) => sum + row.rejected, 0),
    invalid: rows.reduce((sum, row) => sum + row.invalid, 0),
    totalPayout: rows.reduce((sum, row) => sum + row.totalPayout, 0),
    medianPaidClaim: paidPayouts.length > 0 ? median(paidPayouts) : 0,
  });
  return [...rows, all];
}

function finish(row: GroupTotals & { group: string; medianPaidClaim: number }): ReportRow {
  const { members, paid } = row;
  const totalPayout = roundCents(row.totalPayout);
  const contributions = roundCents(row.contributions);
  const key = row.group;
  return {
    group: key === "!total" ? "(all)" : (SHOWN[key] ?? key.slice(1)),
    line:
      key === "!total"
        ? "total"
        : key === NO_REGION
          ? "no_region"
          : key === UNKNOWN_MEMBER
            ? "unknown_member"
            : "group",
    members,
    contributions,
    claims: row.claims,
    paid,
    rejected: row.rejected,
    invalid: row.invalid,
    totalPayout,
    paidPer100Members: members > 0 ? (100 * paid) / members : NaN,
    meanPaidClaim: paid > 0 ? roundCents(totalPayout / paid) : NaN,
    medianPaidClaim: paid > 0 ? roundCents(row.medianPaidClaim) : NaN,
    lossRatio: contributions > 0 ? totalPayout / contributions : NaN,
  };
}
