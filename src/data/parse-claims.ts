import { type Message, isMessage, message } from "../messages.ts";
import { parseDay } from "../policy/dates.ts";
import { CLAIM_KINDS, type Claim, type ClaimKind, type InvalidClaim } from "../policy/records.ts";
import { CLAIM_CAUSES } from "../scenario/claim-causes.ts";
import type { ClaimCause } from "../scenario/types.ts";
import type { MembersFile } from "./parse-members.ts";
import { parseCsvRows } from "./parse-csv-rows.ts";
import { parseDecimal } from "./parse-decimal.ts";

export const CLAIM_COLUMNS = [
  "claim_id",
  "member_id",
  "kind",
  "admission_date",
  "discharge_date",
  "self_pay",
] as const;

function parseClaimRow(
  row: Record<string, string | null>,
  members: MembersFile,
  memberIds: ReadonlySet<string>,
): Claim | Message {
  const text = (column: string) => row[column] ?? "";
  const memberId = text("member_id");
  const badMember = members.badMembers.get(memberId);
  if (badMember !== undefined) return message.invalidMember(memberId, badMember);
  if (!memberIds.has(memberId)) return message.unknownMember(memberId);
  const kind = text("kind");
  if (!CLAIM_KINDS.includes(kind as ClaimKind)) return message.badChoice("kind", kind, CLAIM_KINDS);
  const admissionDay = parseDay(text("admission_date"));
  if (Number.isNaN(admissionDay)) return message.badDate("admission_date", text("admission_date"));
  const dischargeDay = parseDay(text("discharge_date"));
  if (Number.isNaN(dischargeDay)) return message.badDate("discharge_date", text("discharge_date"));
  if (dischargeDay < admissionDay)
    return message.dischargeBeforeAdmission(text("admission_date"), text("discharge_date"));
  const selfPayText = text("self_pay");
  const selfPay = parseDecimal(selfPayText);
  if (!Number.isFinite(selfPay) || selfPay < 0) return message.badAmount("self_pay", selfPayText);
  const cause = (row.cause ?? "illness") as ClaimCause;
  if (!CLAIM_CAUSES.includes(cause)) return message.badChoice("cause", cause, CLAIM_CAUSES);
  let settlementDay: number | null = dischargeDay;
  if (row.settlement_date === "none") settlementDay = null;
  else if (row.settlement_date) {
    settlementDay = parseDay(row.settlement_date);
    if (Number.isNaN(settlementDay)) return message.badDate("settlement_date", row.settlement_date);
  }
  let filedDay = settlementDay ?? dischargeDay;
  if (row.filed_date) {
    filedDay = parseDay(row.filed_date);
    if (Number.isNaN(filedDay)) return message.badDate("filed_date", row.filed_date);
  }
  let diagnosisDay = admissionDay;
  if (row.diagnosis_date) {
    diagnosisDay = parseDay(row.diagnosis_date);
    if (Number.isNaN(diagnosisDay)) return message.badDate("diagnosis_date", row.diagnosis_date);
  }
  return {
    claimId: text("claim_id"),
    memberId,
    kind: kind as ClaimKind,
    admissionDay,
    dischargeDay,
    selfPay,
    cause,
    settlementDay,
    filedDay,
    diagnosisDay,
  };
}

/**
 * Parses a claims file (`huzhu benefit --claims`): columns `claim_id, member_id, kind, admission_date,
 * discharge_date, self_pay` and optionally `cause` (default illness), `settlement_date` (default the
 * discharge date; `none` when there is no insurance settlement), `filed_date` (default the settlement
 * date) and `diagnosis_date` (lump sums; default the admission date). Every row comes back: a row with a
 * bad value, an unknown member or a repeated claim id becomes an `InvalidClaim` whose reason names the
 * file, the row and the field.
 * A row with more or fewer fields than the header is `invalid` too; blank lines are skipped and
 * counted in `read.blankLines` when `read` is given.
 * @throws InputError when a required column is missing or repeated, or a quote never closes
 */
export function parseClaims(
  text: string,
  file: string,
  members: MembersFile,
  read?: { blankLines: number },
): (Claim | InvalidClaim)[] {
  const { rows, rowLines, rowProblems, blankLines } = parseCsvRows(text, file, CLAIM_COLUMNS);
  if (read) read.blankLines = blankLines;
  const seen = new Set<string>();
  const memberIds = new Set(members.members.map((member) => member.memberId));
  return rows.map((row, index) => {
    const claimId = row.claim_id ?? "";
    const memberId = row.member_id ?? "";
    const shape = rowProblems[index];
    if (shape) return { claimId, memberId, invalidReason: shape };
    const duplicate = seen.has(claimId);
    seen.add(claimId);
    const parsed = duplicate ? message.duplicateClaim(claimId) : parseClaimRow(row, members, memberIds);
    if (isMessage(parsed))
      return { claimId, memberId, invalidReason: message.csvRow(file, rowLines[index]!, parsed) };
    return parsed;
  });
}
