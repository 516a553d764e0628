import { type Message, isMessage, message } from "../messages.ts";
import { parseDay } from "../policy/dates.ts";
import type { MemberPeriod } from "../policy/records.ts";
import type { LumpSumKind } from "../scenario/types.ts";
import { parseCsvRows } from "./parse-csv-rows.ts";
import { parseDecimal } from "./parse-decimal.ts";

export const MEMBER_COLUMNS = [
  "member_id",
  "status",
  "sex",
  "birth_date",
  "unit_id",
  "period_start",
  "period_end",
  "allowance_years",
] as const;

const PRODUCTS: readonly LumpSumKind[] = ["special_disease", "critical_illness", "accident"];

/** The members file, read: good member-periods, and the member ids whose rows are bad, with the reason. */
export interface MembersFile {
  members: MemberPeriod[];
  /** Reason by member id, for members with a bad row: their claims come out `invalid` with it. */
  badMembers: Map<string, Message>;
}

function parseMemberRow(row: Record<string, string | null>, rowNumber: number): MemberPeriod | Message {
  const text = (column: string) => row[column] ?? "";
  const status = text("status");
  if (status !== "active" && status !== "retiree")
    return message.badChoice("status", status, ["active", "retiree"]);
  const sex = text("sex");
  if (sex !== "F" && sex !== "M") return message.badChoice("sex", sex, ["F", "M"]);
  const days: Record<string, number> = {};
  for (const column of ["birth_date", "period_start", "period_end"]) {
    days[column] = parseDay(text(column));
    if (Number.isNaN(days[column])) return message.badDate(column, text(column));
  }
  if (days.period_end! < days.period_start!)
    return message.periodEndBeforeStart(text("period_start"), text("period_end"));
  const years = parseDecimal(text("allowance_years"));
  if (!Number.isInteger(years) || years < 1)
    return message.badCount("allowance_years", text("allowance_years"));
  const products: LumpSumKind[] = [];
  for (const name of (row.products ?? "").split(/[;| ]+/).filter(Boolean)) {
    if (!PRODUCTS.includes(name as LumpSumKind)) return message.badChoice("products", name, PRODUCTS);
    products.push(name as LumpSumKind);
  }
  const renewal = row.product_renewal ?? "no";
  if (!["yes", "no", "true", "false", "1", "0"].includes(renewal)) {
    return message.badChoice("product_renewal", renewal, ["yes", "no"]);
  }
  const shares = row.shares === null || row.shares === undefined ? 1 : parseDecimal(row.shares);
  if (!Number.isInteger(shares) || shares < 1) return message.badCount("shares", row.shares ?? "");
  void rowNumber;
  return {
    memberId: text("member_id"),
    status,
    sex,
    birthDay: days.birth_date!,
    unitId: text("unit_id"),
    region: row.region ?? "",
    periodStart: days.period_start!,
    periodEnd: days.period_end!,
    allowanceYears: years,
    products,
    productRenewal: ["yes", "true", "1"].includes(renewal),
    shares,
  };
}

/**
 * Parses a members file (`huzhu benefit --members`): one row per member and coverage period, columns
 * `member_id, status (active|retiree), sex (F|M), birth_date, unit_id, period_start, period_end,
 * allowance_years`, and optionally `region` (for reports), `products` (lump-sum products held, separated by `;`),
 * `product_renewal` (yes|no: an unbroken renewal has no observation period) and `shares` (default 1).
 * A bad row does not stop the run: its member's claims come out `invalid` with the row's reason.
 * @throws InputError when a required column is missing
 */
export function parseMembers(text: string, file: string): MembersFile {
  const { rows, rowLines, rowProblems } = parseCsvRows(text, file, MEMBER_COLUMNS);
  const members: MemberPeriod[] = [];
  const badMembers = new Map<string, Message>();
  rows.forEach((row, index) => {
    const rowNumber = rowLines[index]!;
    const memberId = row.member_id ?? "";
    const shape = rowProblems[index];
    const parsed = shape ?? parseMemberRow(row, rowNumber);
    if (shape) badMembers.set(memberId, shape);
    else if (isMessage(parsed)) badMembers.set(memberId, message.csvRow(file, rowNumber, parsed));
    else members.push(parsed);
  });
  // Periods of one member must not overlap: a stay could not say which period's cap it uses.
  const byMember = new Map<string, MemberPeriod[]>();
  for (const member of members)
    byMember.set(member.memberId, [...(byMember.get(member.memberId) ?? []), member]);
  for (const [memberId, periods] of byMember) {
    const sorted = [...periods].sort((a, b) => a.periodStart - b.periodStart);
    if (sorted.some((period, i) => i > 0 && period.periodStart <= sorted[i - 1]!.periodEnd)) {
      badMembers.set(memberId, message.duplicateMember(memberId));
    }
  }
  return { members: members.filter((member) => !badMembers.has(member.memberId)), badMembers };
}
