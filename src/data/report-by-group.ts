import { op, table } from "arquero";
import type { Adjudication, MemberPeriod } from "../policy/records.ts";
import { roundCents } from "../policy/round-cents.ts";
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
export interface ReportRow {
  /** The group's name as shown: a region, unit, status or sex, or `(no region)`, `(unknown member)`, `(all)`. */
  group: string;
  /**
   * What the line is: a named `group`, the members with `no_region`, claims of an `unknown_member`, or
   * the `total`. A region that happens to be called `(all)` is a `group`, never the total.
   */
  line: ReportLine;
  /** Member-periods in the members file. */
  members: number;
  /** Fees due from those members under the scenario (yuan), lump-sum products included. */
  contributions: number;
  claims: number;
  paid: number;
  rejected: number;
  invalid: number;
  totalPayout: number;
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
 * total line. Built with arquero (group by, roll up, join). Claims of members missing from the members
 * file are counted under "(unknown member)" so that every claim is accounted for.
 * Cost: O(members + claims).
 */
export function reportByGroup(
  members: readonly MemberPeriod[],
  adjudications: readonly Adjudication[],
  policy: Policy,
  by: ReportGroup,
): ReportRow[] {
  const fee = (member: MemberPeriod) =>
    (member.status === "active" ? policy.fees.active : policy.fees.retiree) +
    policy.lumpSums
      .filter((product) => member.products.includes(product.kind))
      .reduce((sum, product) => sum + product.fee * Math.min(member.shares, product.maxShares), 0);
  const groupByMember = new Map<string, string>();
  for (const member of members)
    if (!groupByMember.has(member.memberId)) groupByMember.set(member.memberId, groupOf(member, by));
  const memberTable = table({
    group: members.map((member) => groupOf(member, by)),
    fee: members.map(fee),
  });
  const claimTable = table({
    group: adjudications.map((claim) => groupByMember.get(claim.memberId) ?? UNKNOWN_MEMBER),
    paid: adjudications.map((claim) => (claim.status === "paid" ? 1 : 0)),
    rejected: adjudications.map((claim) => (claim.status === "rejected" ? 1 : 0)),
    invalid: adjudications.map((claim) => (claim.status === "invalid" ? 1 : 0)),
    payout: adjudications.map((claim) => claim.payout),
  });
  const memberSums = memberTable
    .groupby("group")
    .rollup({ members: op.count(), contributions: op.sum("fee") });
  const claimSums = claimTable.groupby("group").rollup({
    claims: op.count(),
    paid: op.sum("paid"),
    rejected: op.sum("rejected"),
    invalid: op.sum("invalid"),
    totalPayout: op.sum("payout"),
  });
  const medians = claimTable
    .filter((d: { paid: number }) => d.paid === 1)
    .groupby("group")
    .rollup({ medianPaidClaim: op.median("payout") });
  const joined = memberSums.join_full(claimSums, "group").join_left(medians, "group").orderby("group");
  const rows = (joined.objects() as Record<string, number | string | undefined>[]).map((row) => finish(row));
  const all = finish({
    group: "!total",
    members: members.length,
    contributions: rows.reduce((sum, row) => sum + row.contributions, 0),
    claims: adjudications.length,
    paid: rows.reduce((sum, row) => sum + row.paid, 0),
    rejected: rows.reduce((sum, row) => sum + row.rejected, 0),
    invalid: rows.reduce((sum, row) => sum + row.invalid, 0),
    totalPayout: rows.reduce((sum, row) => sum + row.totalPayout, 0),
    medianPaidClaim: table({
      payout: adjudications.filter((claim) => claim.status === "paid").map((claim) => claim.payout),
    })
      .rollup({ median: op.median("payout") })
      .get("median", 0) as number,
  });
  return [...rows, all];
}

function finish(row: Record<string, number | string | undefined>): ReportRow {
  const number = (key: string) => (typeof row[key] === "number" ? (row[key] as number) : 0);
  const members = number("members");
  const paid = number("paid");
  const totalPayout = roundCents(number("totalPayout"));
  const contributions = roundCents(number("contributions"));
  const key = String(row.group);
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
    claims: number("claims"),
    paid,
    rejected: number("rejected"),
    invalid: number("invalid"),
    totalPayout,
    paidPer100Members: members > 0 ? (100 * paid) / members : NaN,
    meanPaidClaim: paid > 0 ? roundCents(totalPayout / paid) : NaN,
    medianPaidClaim: paid > 0 ? roundCents(number("medianPaidClaim")) : NaN,
    lossRatio: contributions > 0 ? totalPayout / contributions : NaN,
  };
}
