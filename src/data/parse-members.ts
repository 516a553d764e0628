import { type Message, isMessage, message } from "../messages.ts";
import { parseDay, parseDayAt } from "../policy/dates.ts";
import { firstPositions, rememberMemberIndex } from "../policy/member-index.ts";
import type { MemberPeriod } from "../policy/records.ts";
import type { LumpSumKind } from "../scenario/types.ts";
import { type CsvRecord, csvField, scanCsv } from "./scan-csv.ts";
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

/** A field's trimmed text, "" when empty or missing. */
const textOf = (record: CsvRecord, index: number) => csvField(record, index) ?? "";

/** Whether field `index` is, as it stands in the file, exactly `value` (no string made). */
function fieldIs(record: CsvRecord, index: number, value: string): boolean {
  if (index < 0 || index >= record.width || record.quoted[index] !== undefined) return false;
  const start = record.starts[index]!;
  return record.ends[index]! - start === value.length && record.text.startsWith(value, start);
}

/** A date field as `parseDay` reads it, read in place when it is a plain ten-character date. */
function dayOf(record: CsvRecord, index: number): number {
  if (index >= 0 && index < record.width && record.quoted[index] === undefined) {
    const start = record.starts[index]!;
    if (record.ends[index]! - start === 10) {
      const day = parseDayAt(record.text, start);
      if (!Number.isNaN(day)) return day;
    }
  }
  return parseDay(textOf(record, index));
}

/** A whole-number field of 1–6 plain digits read in place, else `parseDecimal` of its text. */
function countOf(record: CsvRecord, index: number): number {
  if (index >= 0 && index < record.width && record.quoted[index] === undefined) {
    const { text } = record;
    const start = record.starts[index]!;
    const end = record.ends[index]!;
    if (end > start && end - start <= 6) {
      let value = 0;
      for (let at = start; at < end; at++) {
        const digit = text.charCodeAt(at) - 48;
        if (digit < 0 || digit > 9) return parseDecimal(textOf(record, index));
        value = value * 10 + digit;
      }
      return value;
    }
  }
  return parseDecimal(textOf(record, index));
}

/**
 * One copy of each distinct text of a column (units, regions): the same text gives the same string,
 * found from its place in the file without cutting it out first.
 */
function sharedTexts(): (record: CsvRecord, index: number) => string {
  const byHash = new Map<number, string[]>();
  const shared = (value: string, hash: number) => {
    let bucket = byHash.get(hash);
    if (bucket === undefined) byHash.set(hash, (bucket = []));
    for (const known of bucket) if (known === value) return known;
    bucket.push(value);
    return value;
  };
  const hashOf = (value: string) => {
    let hash = 0;
    for (let at = 0; at < value.length; at++) hash = (Math.imul(hash, 31) + value.charCodeAt(at)) | 0;
    return hash;
  };
  return (record, index) => {
    if (index < 0 || index >= record.width) return "";
    const { text } = record;
    const start = record.starts[index]!;
    const end = record.ends[index]!;
    // Plain ASCII with nothing to trim at either end: looked up in place.
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (
      record.quoted[index] !== undefined ||
      end === start ||
      first <= 32 ||
      first >= 127 ||
      last <= 32 ||
      last >= 127
    ) {
      const value = textOf(record, index);
      return shared(value, hashOf(value));
    }
    let hash = 0;
    for (let at = start; at < end; at++) hash = (Math.imul(hash, 31) + text.charCodeAt(at)) | 0;
    const bucket = byHash.get(hash);
    if (bucket !== undefined)
      for (const known of bucket)
        if (known.length === end - start && text.startsWith(known, start)) return known;
    return shared(text.slice(start, end), hash);
  };
}

/**
 * Reads member rows. A full-size year is a million rows or more, so the reader reads dates, statuses,
 * sexes and counts where they stand in the text, keeps one copy of each unit, region and product list
 * (the same text → the same string or array), and the statuses and sexes as the literals they are
 * checked against; only the member id is cut out. Anything unusual (spaces, quotes) takes the plain
 * road: the same values and messages either way.
 */
function memberRowReader(at: MemberColumns) {
  const unitOf = sharedTexts();
  const regionOf = sharedTexts();
  const productLists = new Map<string, LumpSumKind[] | Message>();
  const productsOf = (value: string): LumpSumKind[] | Message => {
    let list = productLists.get(value);
    if (list === undefined) {
      const products: LumpSumKind[] = [];
      list = products.length === 0 ? NO_PRODUCTS : products;
      for (const name of value.split(/[;| ]+/).filter(Boolean)) {
        if (!PRODUCTS.includes(name as LumpSumKind)) {
          list = message.badChoice("products", name, PRODUCTS);
          break;
        }
        products.push(name as LumpSumKind);
        list = products;
      }
      productLists.set(value, list);
    }
    return list;
  };
  return (record: CsvRecord, memberId: string): MemberPeriod | Message => {
    let status: "active" | "retiree";
    if (fieldIs(record, at.status, "active")) status = "active";
    else if (fieldIs(record, at.status, "retiree")) status = "retiree";
    else {
      const text = textOf(record, at.status);
      if (text !== "active" && text !== "retiree")
        return message.badChoice("status", text, ["active", "retiree"]);
      status = text === "active" ? "active" : "retiree";
    }
    let sex: "F" | "M";
    if (fieldIs(record, at.sex, "F")) sex = "F";
    else if (fieldIs(record, at.sex, "M")) sex = "M";
    else {
      const text = textOf(record, at.sex);
      if (text !== "F" && text !== "M") return message.badChoice("sex", text, ["F", "M"]);
      sex = text === "F" ? "F" : "M";
    }
    const birthDay = dayOf(record, at.birthDate);
    if (Number.isNaN(birthDay)) return message.badDate("birth_date", textOf(record, at.birthDate));
    const periodStart = dayOf(record, at.periodStart);
    if (Number.isNaN(periodStart)) return message.badDate("period_start", textOf(record, at.periodStart));
    const periodEnd = dayOf(record, at.periodEnd);
    if (Number.isNaN(periodEnd)) return message.badDate("period_end", textOf(record, at.periodEnd));
    if (periodEnd < periodStart)
      return message.periodEndBeforeStart(textOf(record, at.periodStart), textOf(record, at.periodEnd));
    const years = countOf(record, at.allowanceYears);
    if (!Number.isInteger(years) || years < 1)
      return message.badCount("allowance_years", textOf(record, at.allowanceYears));
    const productsText = csvField(record, at.products);
    const products = productsText === null ? NO_PRODUCTS : productsOf(productsText);
    if (isMessage(products)) return products;
    const renewal = csvField(record, at.productRenewal) ?? "no";
    if (!RENEWALS.includes(renewal)) return message.badChoice("product_renewal", renewal, ["yes", "no"]);
    const sharesText = csvField(record, at.shares);
    const shares = sharesText === null ? 1 : parseDecimal(sharesText);
    if (!Number.isInteger(shares) || shares < 1) return message.badCount("shares", sharesText ?? "");
    return {
      memberId,
      status,
      sex,
      birthDay,
      unitId: unitOf(record, at.unitId),
      region: regionOf(record, at.region),
      periodStart,
      periodEnd,
      allowanceYears: years,
      products,
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
  // Whether the good rows' ids never decrease (then each member's periods are neighbours).
  let sorted = true;
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
    return (record, line, problem) => {
      const memberId = textOf(record, memberIdAt);
      const parsed = problem ?? read(record, memberId);
      if (problem) badMembers.set(memberId, problem);
      else if (isMessage(parsed)) badMembers.set(memberId, message.csvRow(file, line, parsed));
      else {
        if (sorted && members.length > 0 && members[members.length - 1]!.memberId > parsed.memberId)
          sorted = false;
        members.push(parsed);
      }
    };
  });
  // Periods of one member must not overlap: a stay could not say which period's cap it uses. Checked
  // in the order of the members' first periods (the order of the bad-member list).
  const positions = sorted ? null : firstPositions(members);
  const repeated: string[] = [];
  if (positions === null) {
    for (let index = 1; index < members.length; index++) {
      const memberId = members[index]!.memberId;
      if (memberId === members[index - 1]!.memberId && repeated.at(-1) !== memberId) repeated.push(memberId);
    }
  } else if (positions.repeats) {
    const counts = new Map<string, number>();
    for (const member of members) counts.set(member.memberId, (counts.get(member.memberId) ?? 0) + 1);
    for (const [memberId, count] of counts) if (count > 1) repeated.push(memberId);
  }
  if (repeated.length > 0) {
    const periodsOf = new Map<string, MemberPeriod[]>(repeated.map((id) => [id, []]));
    for (const member of members) periodsOf.get(member.memberId)?.push(member);
    for (const memberId of repeated) {
      const periods = periodsOf.get(memberId)!.sort((a, b) => a.periodStart - b.periodStart);
      if (periods.some((period, i) => i > 0 && period.periodStart <= periods[i - 1]!.periodEnd)) {
        badMembers.set(memberId, message.duplicateMember(memberId));
      }
    }
  }
  if (badMembers.size > 0)
    return { members: members.filter((member) => !badMembers.has(member.memberId)), badMembers };
  rememberMemberIndex(
    members,
    positions === null
      ? { sorted: true }
      : { sorted: false, first: positions.first, repeats: positions.repeats },
  );
  return { members, badMembers };
}
