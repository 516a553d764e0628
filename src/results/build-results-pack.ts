import { op, table } from "arquero";
import { median, sum } from "simple-statistics";
import { type GroupSums, groupSums, totalOf } from "../data/group-sums.ts";
import { memberFee } from "../data/member-fee.ts";
import type { Model } from "../model/compile-model.ts";
import { memberIndex } from "../policy/member-index.ts";
import { formatDay } from "../policy/dates.ts";
import type { Adjudication, Claim, InvalidClaim, MemberPeriod } from "../policy/records.ts";
import { roundCents } from "../policy/round-cents.ts";
import type { Policy } from "../scenario/types.ts";
import type { ExpectedClaims } from "./expected-claims.ts";
import { poissonInterval } from "./poisson-interval.ts";
import { reasonCategory } from "./reason-category.ts";
import type { YearRecords } from "./year-records.ts";

/** How a column's numbers are shown: counts, yuan, rates per 100, ratios (loss ratio, A/E), percents. */
export type ColumnKind = "label" | "text" | "count" | "yuan" | "rate" | "ratio" | "percent";

export interface PackColumn {
  /** The English CSV column name (kept stable for scripts). */
  key: string;
  kind: ColumnKind;
}

export type PackRow = Record<string, string | number | null>;

/** One table of the pack: its rows hold raw numbers (a loss ratio as a ratio); views format them. */
export interface PackTable {
  id: string;
  title: { en: string; zh: string };
  columns: PackColumn[];
  rows: PackRow[];
  note?: { en: string; zh: string };
}

/** The analysts' yearly results pack. */
export interface ResultsPack {
  scenario: string;
  year: number;
  previousYear: number | null;
  tables: PackTable[];
}

/** A year's records with what the pack needs of the scenario. */
export interface PackYear {
  records: YearRecords;
  policy: Policy;
  model: Model;
  expected: ExpectedClaims;
}

export const LOSS_RATIO_DEFINITION = {
  en: "Loss ratio = total payout of the year's claims ÷ contributions due from the year's members (fees by status, lump-sum products included), as a percentage.",
  zh: "赔付率 = 本年度申领的补助金额合计 ÷ 本年度会员应缴会费（按身份计费，含单项产品），以百分比表示。",
};

const ALL = "(all)";
const UNKNOWN = "(unknown member)";

/** Everything about one year that several tables share, computed once. */
interface YearFacts {
  year: number;
  members: readonly MemberPeriod[];
  fees: Float64Array;
  /** The member (first period) of each claims row, or undefined for an unknown member. */
  claimMember: (MemberPeriod | undefined)[];
  /** Index in `members` of each claim's member (first period), or −1 for an unknown member. */
  claimMemberIndex: Int32Array;
  /** Expected paid claims and payout of each member under the scenario's model (exposure included). */
  expectedClaims: Float64Array;
  expectedPayout: Float64Array;
  parsed: (Claim | null)[];
  adjudications: readonly Adjudication[];
  expected: ExpectedClaims;
  /** Model age band of each member (index as `members`). */
  bands: Int32Array;
  policy: Policy;
}

function yearOf(members: readonly MemberPeriod[], claims: readonly (Claim | InvalidClaim)[]): number {
  const counts = new Map<number, number>();
  const add = (day: number) => {
    const year = Number(formatDay(day).slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  };
  for (let i = 0; i < members.length; i += Math.max(1, Math.floor(members.length / 1000)))
    add(members[i]!.periodStart);
  if (members.length === 0) for (const claim of claims) if ("admissionDay" in claim) add(claim.admissionDay);
  let best = 0;
  let year = new Date().getUTCFullYear();
  for (const [candidate, count] of counts) if (count > best) [best, year] = [count, candidate];
  return year;
}

// A year's facts by its records: the page builds each year's pack and then the next year's against it,
// and a full-size year's facts are a million members' worth of work.
const factsByRecords = new WeakMap<YearRecords, YearFacts>();

function factsOf(input: PackYear): YearFacts {
  const known = factsByRecords.get(input.records);
  if (known && known.policy === input.policy && known.expected === input.expected) return known;
  const facts = yearFactsOf(input);
  factsByRecords.set(input.records, facts);
  return facts;
}

function yearFactsOf(input: PackYear): YearFacts {
  const { records, policy, expected } = input;
  const members = records.members.members;
  const byId = memberIndex(members);
  const claimMemberIndex = Int32Array.from(records.claims, (claim) => byId.firstIndex(claim.memberId));
  const year = yearOf(members, records.claims);
  const daysInYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
  // Loops, not TypedArray.from(list, f): that walks a million-element list through the iterator protocol.
  const bands = new Int32Array(members.length);
  const fees = new Float64Array(members.length);
  for (let index = 0; index < members.length; index++) {
    bands[index] = expected.bandOf(members[index]!);
    fees[index] = memberFee(members[index]!, policy);
  }
  // A member's expected payout depends on the band and allowance years only: computed once for each.
  const payouts = new Map<number, number>();
  const payoutOf = (band: number, years: number) => {
    if (!Number.isInteger(years) || years < 0 || years >= 1000) return expected.payout(band, years);
    const key = band * 1000 + years;
    let payout = payouts.get(key);
    if (payout === undefined) payouts.set(key, (payout = expected.payout(band, years)));
    return payout;
  };
  const expectedClaims = new Float64Array(members.length);
  const expectedPayout = new Float64Array(members.length);
  members.forEach((member, index) => {
    const exposure = Math.min(1, (member.periodEnd - member.periodStart + 1) / daysInYear);
    expectedClaims[index] = exposure * expected.claims(bands[index]!);
    expectedPayout[index] = exposure * payoutOf(bands[index]!, member.allowanceYears);
  });
  return {
    year,
    members,
    fees,
    claimMember: Array.from(claimMemberIndex, (index) => (index >= 0 ? members[index] : undefined)),
    claimMemberIndex,
    expectedClaims,
    expectedPayout,
    parsed: records.claims.map((claim) => ("invalidReason" in claim ? null : claim)),
    adjudications: records.adjudications,
    expected,
    bands,
    policy,
  };
}

const REPORT_COLUMNS: PackColumn[] = [
  { key: "members", kind: "count" },
  { key: "contributions", kind: "yuan" },
  { key: "claims", kind: "count" },
  { key: "paid", kind: "count" },
  { key: "rejected", kind: "count" },
  { key: "invalid", kind: "count" },
  { key: "total_payout", kind: "yuan" },
  { key: "paid_per_100_members", kind: "rate" },
  { key: "mean_paid_claim", kind: "yuan" },
  { key: "median_paid_claim", kind: "yuan" },
  { key: "loss_ratio", kind: "ratio" },
];

function reportRow(entry: GroupSums): PackRow {
  const totalPayout = roundCents(entry.totalPayout);
  const contributions = roundCents(entry.contributions);
  return {
    members: entry.members,
    contributions,
    claims: entry.claims,
    paid: entry.paid,
    rejected: entry.rejected,
    invalid: entry.invalid,
    total_payout: totalPayout,
    paid_per_100_members: entry.members > 0 ? (100 * entry.paid) / entry.members : null,
    mean_paid_claim: entry.paid > 0 ? roundCents(totalPayout / entry.paid) : null,
    median_paid_claim: entry.payouts.length > 0 ? roundCents(median(entry.payouts)) : null,
    loss_ratio: contributions > 0 ? totalPayout / contributions : null,
  };
}

/** Columns compared with the previous year in a breakdown, and whether a % change makes sense. */
const COMPARED = ["members", "paid", "total_payout", "paid_per_100_members", "mean_paid_claim", "loss_ratio"];

function withChanges(
  columns: PackColumn[],
  rows: PackRow[],
  previous: PackRow[] | null,
  keyColumn: string,
  compared: readonly string[],
  previousKey: (key: string) => string = (key) => key,
): { columns: PackColumn[]; rows: PackRow[] } {
  if (previous === null) return { columns, rows };
  const before = new Map(previous.map((row) => [String(row[keyColumn]), row]));
  const extra: PackColumn[] = [];
  for (const key of compared) {
    const kind = columns.find((column) => column.key === key)?.kind ?? "count";
    extra.push({ key: `${key}_change`, kind: kind === "ratio" ? "ratio" : kind });
    if (kind !== "ratio") extra.push({ key: `${key}_pct_change`, kind: "percent" });
  }
  const changed = rows.map((row) => {
    const old = before.get(previousKey(String(row[keyColumn])));
    const out: PackRow = { ...row };
    for (const key of compared) {
      const now = row[key];
      const then = old?.[key];
      const ok = typeof now === "number" && typeof then === "number";
      const kind = columns.find((column) => column.key === key)?.kind;
      out[`${key}_change`] = ok ? (kind === "yuan" ? roundCents(now - then) : now - then) : null;
      if (kind !== "ratio") out[`${key}_pct_change`] = ok && then !== 0 ? (100 * (now - then)) / then : null;
    }
    return out;
  });
  return { columns: [...columns, ...extra], rows: changed };
}

function memberBreakdown(
  facts: YearFacts,
  keyOf: (member: MemberPeriod, index: number) => string,
  top?: number,
): PackRow[] {
  const { members, claimMemberIndex } = facts;
  let stats = groupSums(
    members.length,
    (index) => keyOf(members[index]!, index),
    (index) => facts.fees[index]!,
    facts.adjudications,
    (index) => {
      const member = claimMemberIndex[index]!;
      return member >= 0 ? keyOf(members[member]!, member) : UNKNOWN;
    },
  );
  const total = totalOf(stats.values());
  let keys = [...stats.keys()].filter((key) => key !== UNKNOWN).sort((a, b) => a.localeCompare(b));
  if (top !== undefined && keys.length > top) {
    keys.sort((a, b) => stats.get(b)!.members - stats.get(a)!.members || a.localeCompare(b));
    const rest = totalOf(keys.slice(top).map((key) => stats.get(key)!));
    const kept = new Map(keys.slice(0, top).map((key) => [key, stats.get(key)!] as const));
    kept.set("(other units)", rest);
    if (stats.has(UNKNOWN)) kept.set(UNKNOWN, stats.get(UNKNOWN)!);
    stats = kept;
    keys = [...keys.slice(0, top), "(other units)"];
  }
  if (stats.has(UNKNOWN)) keys.push(UNKNOWN);
  return [...keys.map((key) => ({ key, ...reportRow(stats.get(key)!) })), { key: ALL, ...reportRow(total) }];
}

const CLAIM_COLUMNS: PackColumn[] = [
  { key: "claims", kind: "count" },
  { key: "paid", kind: "count" },
  { key: "rejected", kind: "count" },
  { key: "total_payout", kind: "yuan" },
  { key: "mean_paid_claim", kind: "yuan" },
  { key: "median_paid_claim", kind: "yuan" },
  { key: "share_of_payout", kind: "percent" },
];

/**
 * A breakdown of the year's valid claims by `keyOf` (tens of thousands of rows): an arquero table of
 * key, status and payout, grouped and rolled up. Groups come in the order they first appear and sums
 * add in file order, so the figures are the same to the last bit as a loop's; the total adds the
 * groups' sums in that order. Medians with simple-statistics.
 */
function claimBreakdown(
  facts: YearFacts,
  keyOf: (claim: Claim) => string,
  order?: readonly string[],
): PackRow[] {
  const key: string[] = [];
  const status: string[] = [];
  const payout: number[] = [];
  facts.adjudications.forEach((adjudication, index) => {
    const claim = facts.parsed[index];
    if (!claim) return;
    key.push(keyOf(claim));
    status.push(adjudication.status);
    payout.push(adjudication.payout);
  });
  const claims = table({ key, status, payout });
  const groups = claims.groupby("key").rollup({
    claims: op.count(),
    paid: (d: { status: string }) => op.sum(d.status === "paid"),
    rejected: (d: { status: string }) => op.sum(d.status === "rejected"),
    total_payout: op.sum("payout"),
    payouts: (d: { status: string; payout: number }) => op.array_agg(d.status === "paid" ? d.payout : null),
  });
  const [total] = groups
    .rollup({
      claims: op.sum("claims"),
      paid: op.sum("paid"),
      rejected: op.sum("rejected"),
      total_payout: op.sum("total_payout"),
    })
    .objects() as Partial<ClaimGroup>[];
  const all: ClaimGroup = {
    key: ALL,
    claims: total?.claims ?? 0,
    paid: total?.paid ?? 0,
    rejected: total?.rejected ?? 0,
    total_payout: total?.total_payout ?? 0,
    payouts: claims.filter((d: { status: string }) => d.status === "paid").array("payout") as number[],
  };
  const rows = (groups.objects() as ClaimGroup[]).sort((a, b) =>
    order
      ? order.indexOf(a.key) - order.indexOf(b.key) || a.key.localeCompare(b.key)
      : a.key.localeCompare(b.key),
  );
  const row = (entry: ClaimGroup): PackRow => {
    const totalPayout = roundCents(entry.total_payout);
    return {
      key: entry.key,
      claims: entry.claims,
      paid: entry.paid,
      rejected: entry.rejected,
      total_payout: totalPayout,
      mean_paid_claim: entry.paid > 0 ? roundCents(totalPayout / entry.paid) : null,
      median_paid_claim: entry.payouts.length > 0 ? roundCents(median(entry.payouts)) : null,
      share_of_payout: all.total_payout > 0 ? (100 * entry.total_payout) / all.total_payout : null,
    };
  };
  return [...rows.map(row), row(all)];
}

/** One group of `claimBreakdown`'s rollup. */
interface ClaimGroup {
  key: string;
  claims: number;
  paid: number;
  rejected: number;
  total_payout: number;
  payouts: number[];
}

function renameKey(rows: PackRow[], column: string): PackRow[] {
  return rows.map(({ key, ...rest }) => ({ [column]: key ?? null, ...rest }));
}

function copayBandOf(policy: Policy): (claim: Claim) => string {
  const bands = policy.inpatient.bands;
  const yuan = (value: number) => value.toLocaleString("en-US");
  return (claim) => {
    if (claim.kind !== "inpatient" && claim.kind !== "special_outpatient") return claim.kind;
    const band = bands.find((b) => claim.selfPay >= b.from && (b.upTo === null || claim.selfPay < b.upTo));
    if (!band) return "(above the last band)";
    return `${yuan(band.from)}–${band.upTo === null ? "" : yuan(band.upTo)} (${Math.round(band.rate * 100)}%)`;
  };
}

function headlineRows(facts: YearFacts): PackRow[] {
  const stats = groupSums(
    facts.members.length,
    () => ALL,
    (index) => facts.fees[index]!,
    facts.adjudications,
    () => ALL,
  );
  const all = reportRow(totalOf(stats.values()));
  let retirees = 0;
  for (const member of facts.members) if (member.status === "retiree") retirees++;
  const rows: PackRow[] = [
    { measure: "members", value: facts.members.length },
    { measure: "active_members", value: facts.members.length - retirees },
    { measure: "retiree_members", value: retirees },
    { measure: "person_times: inpatient", value: facts.members.length },
  ];
  for (const product of facts.policy.lumpSums) {
    let holders = 0;
    for (const member of facts.members) if (member.products.includes(product.kind)) holders++;
    rows.push({ measure: `person_times: ${product.kind}`, value: holders });
  }
  for (const key of REPORT_COLUMNS.slice(1)) rows.push({ measure: key.key, value: all[key.key] ?? null });
  return rows;
}

function headlineKind(measure: string): ColumnKind {
  if (measure === "contributions" || measure.endsWith("payout") || measure.endsWith("claim")) return "yuan";
  if (measure === "loss_ratio") return "ratio";
  if (measure === "paid_per_100_members") return "rate";
  return "count";
}

/** Claims not paid, by reason: an arquero rollup of the reasons' counts, first status and claim ids. */
function rejectionRows(facts: YearFacts): PackRow[] {
  const reason: string[] = [];
  const status: string[] = [];
  const claimId: string[] = [];
  for (const adjudication of facts.adjudications) {
    const category = reasonCategory(adjudication);
    if (category === null) continue;
    reason.push(
      category === "excluded_cause"
        ? `excluded_cause: ${adjudication.reason.replace(/^excluded cause: /, "")}`
        : category,
    );
    status.push(adjudication.status);
    claimId.push(adjudication.claimId);
  }
  const groups = table({ reason, status, claim_id: claimId })
    .groupby("reason")
    .rollup({ status: op.any("status"), claims: op.count(), examples: op.array_agg("claim_id") })
    .objects() as { reason: string; status: string; claims: number; examples: string[] }[];
  const claims = facts.adjudications.length;
  const rows = groups
    .sort((a, b) => b.claims - a.claims || a.reason.localeCompare(b.reason))
    .map((group) => ({
      reason: group.reason,
      status: group.status,
      claims: group.claims,
      share_of_claims: claims > 0 ? (100 * group.claims) / claims : null,
      examples: group.examples.slice(0, 3).join(" "),
    }));
  const total = rows.reduce((n, row) => n + row.claims, 0);
  return [
    ...rows,
    {
      reason: ALL,
      status: "",
      claims: total,
      share_of_claims: claims > 0 ? (100 * total) / claims : null,
      examples: "",
    },
  ];
}

function concentrationRows(facts: YearFacts): PackRow[] {
  const byMember = new Map<string, number>();
  for (const adjudication of facts.adjudications) {
    if (adjudication.status !== "paid" || adjudication.payout <= 0) continue;
    byMember.set(adjudication.memberId, (byMember.get(adjudication.memberId) ?? 0) + adjudication.payout);
  }
  const totals = [...byMember.values()].sort((a, b) => b - a);
  const all = totals.length > 0 ? sum(totals) : 0;
  const topShare = (share: number) =>
    totals.length === 0
      ? null
      : (100 * sum(totals.slice(0, Math.max(1, Math.ceil(totals.length * share))))) / all;
  return [
    { measure: "claimants", value: totals.length },
    { measure: "top_1_percent_share", value: topShare(0.01) },
    { measure: "top_10_percent_share", value: topShare(0.1) },
    { measure: "largest_member_total", value: totals.length > 0 ? roundCents(totals[0]!) : null },
  ];
}

function largestClaims(facts: YearFacts, count = 10): PackRow[] {
  const indices = facts.adjudications
    .map((adjudication, index) => ({ payout: adjudication.payout, index }))
    .filter((entry) => entry.payout > 0)
    .sort((a, b) => b.payout - a.payout || a.index - b.index)
    .slice(0, count);
  return indices.map(({ index }, rank) => {
    const adjudication = facts.adjudications[index]!;
    const claim = facts.parsed[index];
    return {
      rank: rank + 1,
      claim_id: adjudication.claimId,
      member_id: adjudication.memberId,
      region: facts.claimMember[index]?.region ?? "",
      kind: claim?.kind ?? "",
      self_pay: claim ? claim.selfPay : null,
      payout: adjudication.payout,
    };
  });
}

const AE_COLUMNS: PackColumn[] = [
  { key: "members", kind: "count" },
  { key: "paid", kind: "count" },
  { key: "expected_claims", kind: "count" },
  { key: "ae_claims", kind: "ratio" },
  { key: "ae_claims_low", kind: "ratio" },
  { key: "ae_claims_high", kind: "ratio" },
  { key: "total_payout", kind: "yuan" },
  { key: "expected_payout", kind: "yuan" },
  { key: "ae_payout", kind: "ratio" },
  { key: "ae_payout_low", kind: "ratio" },
  { key: "ae_payout_high", kind: "ratio" },
];

/**
 * Actual vs expected by `keyOf`: paid claims against the model's expectation for the members' age
 * bands, allowance years and days of cover, with Byar's Poisson interval; payout against the expected
 * payout with a normal interval from the compound-Poisson variance Σ payout².
 */
function actualVsExpected(
  facts: YearFacts,
  keyOf: (member: MemberPeriod, index: number) => string,
  order?: readonly string[],
) {
  const groups = new Map<
    string,
    {
      members: number;
      expectedClaims: number;
      expectedPayout: number;
      paid: number;
      payout: number;
      squares: number;
    }
  >();
  const get = (key: string) => {
    let entry = groups.get(key);
    if (!entry)
      groups.set(
        key,
        (entry = { members: 0, expectedClaims: 0, expectedPayout: 0, paid: 0, payout: 0, squares: 0 }),
      );
    return entry;
  };
  const keys: string[] = facts.members.map(keyOf);
  keys.forEach((key, index) => {
    const entry = get(key);
    entry.members++;
    entry.expectedClaims += facts.expectedClaims[index]!;
    entry.expectedPayout += facts.expectedPayout[index]!;
  });
  facts.adjudications.forEach((adjudication, index) => {
    const memberIndex = facts.claimMemberIndex[index]!;
    if (memberIndex < 0 || adjudication.status !== "paid" || adjudication.payout <= 0) return;
    const entry = get(keys[memberIndex]!);
    entry.paid++;
    entry.payout += adjudication.payout;
    entry.squares += adjudication.payout ** 2;
  });
  const groupKeys = [...groups.keys()].sort((a, b) =>
    order ? order.indexOf(a) - order.indexOf(b) : a.localeCompare(b),
  );
  const total = { members: 0, expectedClaims: 0, expectedPayout: 0, paid: 0, payout: 0, squares: 0 };
  for (const entry of groups.values())
    for (const field of Object.keys(total) as (keyof typeof total)[]) total[field] += entry[field];
  const row = (key: string, entry: typeof total): PackRow => {
    const interval = poissonInterval(entry.paid);
    const spread = 1.959964 * Math.sqrt(entry.squares);
    const e = entry.expectedClaims;
    const ep = entry.expectedPayout;
    return {
      key,
      members: entry.members,
      paid: entry.paid,
      expected_claims: e,
      ae_claims: e > 0 ? entry.paid / e : null,
      ae_claims_low: e > 0 ? interval.lower / e : null,
      ae_claims_high: e > 0 ? interval.upper / e : null,
      total_payout: roundCents(entry.payout),
      expected_payout: roundCents(ep),
      ae_payout: ep > 0 ? entry.payout / ep : null,
      ae_payout_low: ep > 0 ? Math.max(0, entry.payout - spread) / ep : null,
      ae_payout_high: ep > 0 ? (entry.payout + spread) / ep : null,
    };
  };
  return [...groupKeys.map((key) => row(key, groups.get(key)!)), row(ALL, total)];
}

function badInputRows(facts: YearFacts, records: YearRecords, previous: YearFacts | null): PackRow[] {
  const examples = (ids: string[]) => ids.slice(0, 5).join(" ");
  const byCategory = new Map<string, string[]>();
  facts.adjudications.forEach((adjudication) => {
    if (adjudication.status !== "invalid") return;
    const category = reasonCategory(adjudication) ?? "bad_value";
    byCategory.set(category, [...(byCategory.get(category) ?? []), adjudication.claimId]);
  });
  const duplicates: string[] = [];
  const badRows: string[] = [];
  for (const [memberId, reason] of records.members.badMembers)
    (reason.code === "duplicateMember" ? duplicates : badRows).push(memberId);
  const outside: string[] = [];
  facts.parsed.forEach((claim) => {
    if (claim && Number(formatDay(claim.admissionDay).slice(0, 4)) !== facts.year)
      outside.push(claim.claimId);
  });
  const claimsIn = (check: string, category: string): PackRow => {
    const ids = byCategory.get(category) ?? [];
    return { check, count: ids.length, examples: examples(ids) };
  };
  const rows: PackRow[] = [
    claimsIn("claims_of_unknown_members", "unknown_member"),
    { check: "bad_member_rows", count: badRows.length, examples: examples(badRows) },
    { check: "duplicate_member_ids", count: duplicates.length, examples: examples(duplicates) },
    claimsIn("duplicate_claim_ids", "duplicate_claim"),
    claimsIn("invalid_claim_rows", "bad_value"),
    { check: "claims_outside_the_year", count: outside.length, examples: examples(outside) },
  ];
  if (previous) {
    const regions = (f: YearFacts) => {
      const found = new Set<string>();
      for (const member of f.members) found.add(member.region || "(no region)");
      return found;
    };
    const [now, before] = [regions(facts), regions(previous)];
    const added = [...now].filter((region) => !before.has(region)).sort();
    const missing = [...before].filter((region) => !now.has(region)).sort();
    rows.push({ check: "regions_new_this_year", count: added.length, examples: added.join("; ") });
    rows.push({ check: "regions_missing_this_year", count: missing.length, examples: missing.join("; ") });
  }
  return rows;
}

/**
 * The yearly results pack of a year's adjudicated records, optionally against the previous year's:
 * headline, breakdowns (region, largest units, status, sex, age band, co-pay band, claim kind, month of
 * admission), rejections by reason, concentration and largest claims, actual vs expected by region and
 * age band, and the bad input found. Member-level group sums in one pass over the members (`groupSums`),
 * the claims-level breakdowns and rejections as arquero roll-ups, medians and sums with simple-statistics.
 * Every claims row is counted somewhere: an unknown member's claims under "(unknown member)", invalid
 * rows in the headline, the rejections and the bad-input table.
 * Cost: O(members + claims), a second or two for a full-size year.
 */
export function buildResultsPack(
  current: PackYear,
  previous: PackYear | null = null,
  topUnits = 20,
): ResultsPack {
  const facts = factsOf(current);
  const before = previous ? factsOf(previous) : null;
  const tables: PackTable[] = [];
  const add = (
    id: string,
    title: { en: string; zh: string },
    keyColumn: PackColumn | null,
    columns: PackColumn[],
    build: (f: YearFacts) => PackRow[],
    compared: readonly string[] = [],
    previousKey?: (key: string) => string,
    note?: { en: string; zh: string },
  ) => {
    const rename = (rows: PackRow[]) => (keyColumn ? renameKey(rows, keyColumn.key) : rows);
    const rows = rename(build(facts));
    const old = before && compared.length > 0 ? rename(build(before)) : null;
    const result = withChanges(columns, rows, old, keyColumn?.key ?? "measure", compared, previousKey);
    tables.push({
      id,
      title,
      columns: keyColumn ? [keyColumn, ...result.columns] : result.columns,
      rows: result.rows,
      ...(note ? { note } : {}),
    });
  };

  // Headline: a long table (measure, value) with last year beside it.
  {
    const rows = headlineRows(facts);
    const old = before
      ? new Map(headlineRows(before).map((row) => [row.measure as string, row.value]))
      : null;
    const columns: PackColumn[] = [
      { key: "measure", kind: "label" },
      { key: "value", kind: "count" },
    ];
    if (old)
      columns.push(
        { key: "previous", kind: "count" },
        { key: "change", kind: "count" },
        { key: "pct_change", kind: "percent" },
      );
    tables.push({
      id: "headline",
      title: { en: `Headline ${facts.year}`, zh: `${facts.year}年度概况` },
      columns,
      rows: rows.map((row) => {
        const kind = headlineKind(String(row.measure));
        const value = row.value;
        if (!old) return { ...row, kind };
        const then = old.get(String(row.measure)) ?? null;
        const ok = typeof value === "number" && typeof then === "number";
        return {
          ...row,
          kind,
          previous: then,
          change: ok ? value - then : null,
          pct_change: ok && then !== 0 && kind !== "ratio" ? (100 * (value - then)) / then : null,
        };
      }),
      note: LOSS_RATIO_DEFINITION,
    });
  }
  add(
    "by_region",
    { en: "By region", zh: "按盟市" },
    { key: "region", kind: "label" },
    REPORT_COLUMNS,
    (f) => memberBreakdown(f, (member) => member.region || "(no region)"),
    COMPARED,
  );
  add(
    "by_unit",
    { en: `Largest ${topUnits} units`, zh: `人数最多的${topUnits}个单位` },
    { key: "unit_id", kind: "label" },
    REPORT_COLUMNS,
    (f) => memberBreakdown(f, (member) => member.unitId, topUnits),
    COMPARED,
  );
  add(
    "by_status",
    { en: "By status", zh: "按身份" },
    { key: "status", kind: "label" },
    REPORT_COLUMNS,
    (f) => memberBreakdown(f, (member) => member.status),
    COMPARED,
  );
  add(
    "by_sex",
    { en: "By sex", zh: "按性别" },
    { key: "sex", kind: "label" },
    REPORT_COLUMNS,
    (f) => memberBreakdown(f, (member) => member.sex),
    COMPARED,
  );
  const bandLabel = (f: YearFacts) => (_member: MemberPeriod, index: number) =>
    f.expected.bandLabels[f.bands[index]!]!;
  add(
    "by_age_band",
    { en: "By age band (at the period start)", zh: "按年龄段（保障期开始时）" },
    { key: "age_band", kind: "label" },
    REPORT_COLUMNS,
    (f) => memberBreakdown(f, bandLabel(f)),
    COMPARED,
  );
  add(
    "by_copay_band",
    { en: "By co-pay band of the self-pay", zh: "按自付费用分段" },
    { key: "copay_band", kind: "label" },
    CLAIM_COLUMNS,
    (f) =>
      claimBreakdown(f, copayBandOf(f.policy), [
        ...f.policy.inpatient.bands.map((b) =>
          copayBandOf(f.policy)({ kind: "inpatient", selfPay: b.from } as Claim),
        ),
        "(above the last band)",
      ]),
    ["paid", "total_payout"],
  );
  add(
    "by_kind",
    { en: "By claim kind", zh: "按申领类别" },
    { key: "kind", kind: "label" },
    CLAIM_COLUMNS,
    (f) => claimBreakdown(f, (claim) => claim.kind),
    ["paid", "total_payout"],
  );
  add(
    "by_month",
    { en: "By month of admission", zh: "按入院月份" },
    { key: "month", kind: "label" },
    CLAIM_COLUMNS,
    (f) => claimBreakdown(f, (claim) => formatDay(claim.admissionDay).slice(0, 7)),
    ["paid", "total_payout"],
    (key) => (/^\d{4}-\d{2}$/.test(key) ? `${Number(key.slice(0, 4)) - 1}${key.slice(4)}` : key),
  );
  add(
    "rejections",
    { en: "Claims not paid, by reason", zh: "未补助申领（按原因）" },
    null,
    [
      { key: "reason", kind: "label" },
      { key: "status", kind: "label" },
      { key: "claims", kind: "count" },
      { key: "share_of_claims", kind: "percent" },
      { key: "examples", kind: "text" },
    ],
    rejectionRows,
  );
  add(
    "concentration",
    { en: "Concentration of payout among claimants", zh: "补助集中度" },
    null,
    [
      { key: "measure", kind: "label" },
      { key: "value", kind: "count" },
    ],
    concentrationRows,
    [],
    undefined,
    {
      en: "Shares in %: the payout of the top 1% and 10% of claimants (members paid in the year) as a share of all payout.",
      zh: "份额为百分比：补助金额最高的前1%、前10%受益人所得补助占补助总额的比例。",
    },
  );
  add(
    "largest_claims",
    { en: "Largest claims", zh: "最大的十笔补助" },
    null,
    [
      { key: "rank", kind: "count" },
      { key: "claim_id", kind: "text" },
      { key: "member_id", kind: "text" },
      { key: "region", kind: "label" },
      { key: "kind", kind: "label" },
      { key: "self_pay", kind: "yuan" },
      { key: "payout", kind: "yuan" },
    ],
    (f) => largestClaims(f),
  );
  const aeNote = {
    en: "Expected: the scenario's model for these members (age band, allowance years, days of cover) at its base costs. A/E above 1 runs hot; the 95% interval is Poisson (Byar) for claims and normal with variance Σ payout² for payout.",
    zh: "预期：按情景模型对这些会员（年龄段、连续参互年数、保障天数）以基准费用计算。A/E大于1表示偏高；件数为泊松(Byar)95%区间，金额为以Σ补助²为方差的正态区间。",
  };
  add(
    "ae_by_region",
    { en: "Actual vs expected by region", zh: "实际与预期（按盟市）" },
    { key: "region", kind: "label" },
    AE_COLUMNS,
    (f) => actualVsExpected(f, (member) => member.region || "(no region)"),
    [],
    undefined,
    aeNote,
  );
  add(
    "ae_by_age_band",
    { en: "Actual vs expected by age band", zh: "实际与预期（按年龄段）" },
    { key: "age_band", kind: "label" },
    AE_COLUMNS,
    (f) => actualVsExpected(f, bandLabel(f), f.expected.bandLabels),
    [],
    undefined,
    aeNote,
  );
  add(
    "bad_input",
    { en: "Bad input found (counted, never dropped)", zh: "数据问题（已计入，未删除）" },
    null,
    [
      { key: "check", kind: "label" },
      { key: "count", kind: "count" },
      { key: "examples", kind: "text" },
    ],
    (f) => badInputRows(f, f === facts ? current.records : previous!.records, f === facts ? before : null),
  );
  return {
    scenario: current.model.scenario.name,
    year: facts.year,
    previousYear: before ? before.year : null,
    tables,
  };
}
