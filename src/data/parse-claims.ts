import { type Message, isMessage, message } from "../messages.ts";
import { parseDay } from "../policy/dates.ts";
import { type MemberIndex, memberIndex } from "../policy/member-index.ts";
import { CLAIM_KINDS, type Claim, type ClaimKind, type InvalidClaim } from "../policy/records.ts";
import { CLAIM_CAUSES } from "../scenario/claim-causes.ts";
import type { ClaimCause } from "../scenario/types.ts";
import type { MembersFile } from "./parse-members.ts";
import { type CsvRecord, csvField, scanCsv } from "./scan-csv.ts";
import { parseDecimal } from "./parse-decimal.ts";

export const CLAIM_COLUMNS = [
  "claim_id",
  "member_id",
  "kind",
  "admission_date",
  "discharge_date",
  "self_pay",
] as const;

/** The columns of a claims file by position (−1: the file has no such column). */
interface ClaimColumns {
  claimId: number;
  memberId: number;
  kind: number;
  admissionDate: number;
  dischargeDate: number;
  selfPay: number;
  cause: number;
  settlementDate: number;
  filedDate: number;
  diagnosisDate: number;
  paidDate: number;
}

/** A field's trimmed text, "" when empty or missing. */
const textOf = (record: CsvRecord, index: number) => csvField(record, index) ?? "";

function parseClaimRow(
  record: CsvRecord,
  at: ClaimColumns,
  members: MembersFile,
  memberIds: MemberIndex,
): Claim | Message {
  const text = (index: number) => textOf(record, index);
  const optional = (index: number) => csvField(record, index);
  const memberId = text(at.memberId);
  const badMember = members.badMembers.get(memberId);
  if (badMember !== undefined) return message.invalidMember(memberId, badMember);
  if (memberIds.firstIndex(memberId) < 0) return message.unknownMember(memberId);
  const kind = text(at.kind);
  if (!CLAIM_KINDS.includes(kind as ClaimKind)) return message.badChoice("kind", kind, CLAIM_KINDS);
  const admissionDay = parseDay(text(at.admissionDate));
  if (Number.isNaN(admissionDay)) return message.badDate("admission_date", text(at.admissionDate));
  const dischargeDay = parseDay(text(at.dischargeDate));
  if (Number.isNaN(dischargeDay)) return message.badDate("discharge_date", text(at.dischargeDate));
  if (dischargeDay < admissionDay)
    return message.dischargeBeforeAdmission(text(at.admissionDate), text(at.dischargeDate));
  const selfPayText = text(at.selfPay);
  const selfPay = parseDecimal(selfPayText);
  if (!Number.isFinite(selfPay) || selfPay < 0) return message.badAmount("self_pay", selfPayText);
  const cause = (optional(at.cause) ?? "illness") as ClaimCause;
  if (!CLAIM_CAUSES.includes(cause)) return message.badChoice("cause", cause, CLAIM_CAUSES);
  let settlementDay: number | null = dischargeDay;
  const settlement = optional(at.settlementDate);
  if (settlement === "none") settlementDay = null;
  else if (settlement) {
    settlementDay = parseDay(settlement);
    if (Number.isNaN(settlementDay)) return message.badDate("settlement_date", settlement);
  }
  let filedDay = settlementDay ?? dischargeDay;
  const filed = optional(at.filedDate);
  if (filed) {
    filedDay = parseDay(filed);
    if (Number.isNaN(filedDay)) return message.badDate("filed_date", filed);
  }
  let diagnosisDay = admissionDay;
  const diagnosis = optional(at.diagnosisDate);
  if (diagnosis) {
    diagnosisDay = parseDay(diagnosis);
    if (Number.isNaN(diagnosisDay)) return message.badDate("diagnosis_date", diagnosis);
  }
  let paidDay: number | null = null;
  const paid = optional(at.paidDate);
  if (paid) {
    paidDay = parseDay(paid);
    if (Number.isNaN(paidDay)) return message.badDate("paid_date", paid);
  }
  return {
    claimId: text(at.claimId),
    memberId,
    kind: kind as ClaimKind,
    admissionDay,
    dischargeDay,
    selfPay,
    cause: CLAIM_CAUSES[CLAIM_CAUSES.indexOf(cause)]!,
    settlementDay,
    filedDay,
    diagnosisDay,
    paidDay,
  };
}

/**
 * Parses a claims file (`huzhu benefit --claims`): columns `claim_id, member_id, kind, admission_date,
 * discharge_date, self_pay` and optionally `cause` (default illness), `settlement_date` (default the
 * discharge date; `none` when there is no insurance settlement), `filed_date` (default the settlement
 * date), `diagnosis_date` (lump sums; default the admission date) and `paid_date` (the day the fund
 * paid; empty = not known). Every row comes back: a row with a
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
  const claims: (Claim | InvalidClaim)[] = [];
  const seen = new Set<string>();
  const memberIds = memberIndex(members.members);
  const { blankLines } = scanCsv(text, file, CLAIM_COLUMNS, (columns) => {
    const at = (name: string) => columns.indexOf(name);
    const columnsAt: ClaimColumns = {
      claimId: at("claim_id"),
      memberId: at("member_id"),
      kind: at("kind"),
      admissionDate: at("admission_date"),
      dischargeDate: at("discharge_date"),
      selfPay: at("self_pay"),
      cause: at("cause"),
      settlementDate: at("settlement_date"),
      filedDate: at("filed_date"),
      diagnosisDate: at("diagnosis_date"),
      paidDate: at("paid_date"),
    };
    return (record, line, problem) => {
      const claimId = textOf(record, columnsAt.claimId);
      const memberId = textOf(record, columnsAt.memberId);
      if (problem) {
        claims.push({ claimId, memberId, invalidReason: problem });
        return;
      }
      const duplicate = seen.has(claimId);
      seen.add(claimId);
      const parsed = duplicate
        ? message.duplicateClaim(claimId)
        : parseClaimRow(record, columnsAt, members, memberIds);
      claims.push(
        isMessage(parsed) ? { claimId, memberId, invalidReason: message.csvRow(file, line, parsed) } : parsed,
      );
    };
  });
  if (read) read.blankLines = blankLines;
  return claims;
}
