import { type Message, isMessage, message } from "../messages.ts";
import { parseDay } from "../policy/dates.ts";
import { rememberMemberIndex } from "../policy/member-index.ts";
import type { MemberPeriod } from "../policy/records.ts";
import type { LumpSumKind } from "../scenario/types.ts";
import { csvField, scanCsv } from "./scan-csv.ts";
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

const RENEWALS = ["yes", "no", "true", "false", "1", "0"];
const NO_PRODUCTS: LumpSumKind[] = Object.freeze([]) as unknown as LumpSumKind[];

/** The columns of a members file by position (−1: the file has no such column). */
interface MemberColumns {
  memberId: number;
  status: number;
  sex: number;
  birthDate: number;
  unitId: number;
  region: number;
  periodStart: number;
  periodEnd: number;
  allowanceYears: number;
  products: number;
  productRenewal: number;
  shares: number;
}

/**
 * Reads member rows. A full-size year is a million rows or more, so the reader keeps one copy of each
 * unit, region and product list (the same text → the same string or array), and the statuses and sexes
 * as the literals they are checked against.
 */
function memberRowReader(at: MemberColumns) {
  const shared = new Map<string, string>();
  const share = (value: string) => {
    const known = shared.get(value);
    if (known !== undefined) return known;
    shared.set(value, value);
    return value;
  };
  const productLists = new Map<string, LumpSumKind[] | Message>();
  const productsOf = (value: string): LumpSumKind[] | Message => {
    let list = productLists.get(value);
    if (list === undefined) {
      const products: LumpSumKind[] = [];
      list = products;
      for (const name of value.split(/[;| ]+/).filter(Boolean)) {
        if (!PRODUCTS.includes(name as LumpSumKind)) {
          list = message.badChoice("products", name, PRODUCTS);
          break;
        }
        products.push(name as LumpSumKind);
      }
      productLists.set(value, list);
    }
    return list;
  };
  return (fields: readonly string[]): MemberPeriod | Message => {
    const text = (index: number) => csvField(fields, index) ?? "";
    const status = text(at.status);
    if (status !== "active" && status !== "retiree")
      return message.badChoice("status", status, ["active", "retiree"]);
    const sex = text(at.sex);
    if (sex !== "F" && sex !== "M") return message.badChoice("sex", sex, ["F", "M"]);
    const birthDay = parseDay(text(at.birthDate));
    if (Number.isNaN(birthDay)) return message.badDate("birth_date", text(at.birthDate));
    const periodStart = parseDay(text(at.periodStart));
    if (Number.isNaN(periodStart)) return message.badDate("period_start", text(at.periodStart));
    const periodEnd = parseDay(text(at.periodEnd));
    if (Number.isNaN(periodEnd)) return message.badDate("period_end", text(at.periodEnd));
    if (periodEnd < periodStart)
      return message.periodEndBeforeStart(text(at.periodStart), text(at.periodEnd));
    const years = parseDecimal(text(at.allowanceYears));
    if (!Number.isInteger(years) || years < 1)
      return message.badCount("allowance_years", text(at.allowanceYears));
    const productsText = csvField(fields, at.products);
    const products = productsText === null ? NO_PRODUCTS : productsOf(productsText);
    if (isMessage(products)) return products;
    const renewal = csvField(fields, at.productRenewal) ?? "no";
    if (!RENEWALS.includes(renewal)) return message.badChoice("product_renewal", renewal, ["yes", "no"]);
    const sharesText = csvField(fields, at.shares);
    const shares = sharesText === null ? 1 : parseDecimal(sharesText);
    if (!Number.isInteger(shares) || shares < 1) return message.badCount("shares", sharesText ?? "");
    return {
      memberId: text(at.memberId),
      status: status === "active" ? "active" : "retiree",
      sex: sex === "F" ? "F" : "M",
      birthDay,
      unitId: share(text(at.unitId)),
      region: share(csvField(fields, at.region) ?? ""),
      periodStart,
      periodEnd,
      allowanceYears: years,
      products: products.length === 0 ? NO_PRODUCTS : products,
      productRenewal: renewal === "yes" || renewal === "true" || renewal === "1",
      shares,
    };
  };
}

/**
 * Parses a members file (`huzhu benefit --members`): one row per member and coverage period, columns
 * `member_id, status (active|retiree), sex (F|M), birth_date, unit_id, period_start, period_end,
 * allowance_years`, and optionally `region` (for reports), `products` (lump-sum products held, separated by `;`),
 * `product_renewal` (yes|no: an unbroken renewal has no observation period) and `shares` (default 1).
 * A bad row does not stop the run: its member's claims come out `invalid` with the row's reason.
 * Members' `products` arrays are shared between members holding the same products: read, never change them.
 * Cost: linear in the file, about 150 bytes a member kept.
 * @throws InputError when a required column is missing
 */
export function parseMembers(text: string, file: string): MembersFile {
  const members: MemberPeriod[] = [];
  const badMembers = new Map<string, Message>();
  // The first good period of each member id, and the ids seen with more than one.
  const first = new Map<string, number>();
  const repeated: string[] = [];
  const repeatedIds = new Set<string>();
  scanCsv(text, file, MEMBER_COLUMNS, (columns) => {
    const at = (name: string) => columns.indexOf(name);
    const memberIdAt = at("member_id");
    const read = memberRowReader({
      memberId: memberIdAt,
      status: at("status"),
      sex: at("sex"),
      birthDate: at("birth_date"),
      unitId: at("unit_id"),
      region: at("region"),
      periodStart: at("period_start"),
      periodEnd: at("period_end"),
      allowanceYears: at("allowance_years"),
      products: at("products"),
      productRenewal: at("product_renewal"),
      shares: at("shares"),
    });
    return (fields, line, problem) => {
      const memberId = csvField(fields, memberIdAt) ?? "";
      const parsed = problem ?? read(fields);
      if (problem) badMembers.set(memberId, problem);
      else if (isMessage(parsed)) badMembers.set(memberId, message.csvRow(file, line, parsed));
      else {
        const seen = first.get(parsed.memberId);
        if (seen === undefined) first.set(parsed.memberId, members.length);
        else if (!repeatedIds.has(parsed.memberId)) {
          repeatedIds.add(parsed.memberId);
          repeated.push(parsed.memberId);
        }
        members.push(parsed);
      }
    };
  });
  // Periods of one member must not overlap: a stay could not say which period's cap it uses. Checked
  // in the order of the members' first periods (the order of the bad-member list).
  if (repeated.length > 0) {
    const periodsOf = new Map<string, MemberPeriod[]>(repeated.map((id) => [id, []]));
    for (const member of members) periodsOf.get(member.memberId)?.push(member);
    repeated.sort((a, b) => first.get(a)! - first.get(b)!);
    for (const memberId of repeated) {
      const sorted = [...periodsOf.get(memberId)!].sort((a, b) => a.periodStart - b.periodStart);
      if (sorted.some((period, i) => i > 0 && period.periodStart <= sorted[i - 1]!.periodEnd)) {
        badMembers.set(memberId, message.duplicateMember(memberId));
      }
    }
  }
  if (badMembers.size > 0)
    return { members: members.filter((member) => !badMembers.has(member.memberId)), badMembers };
  rememberMemberIndex(members, first, repeated.length > 0);
  return { members, badMembers };
}
