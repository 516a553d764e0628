import { parseClaims } from "../data/parse-claims.ts";
import { type MembersFile, parseMembers } from "../data/parse-members.ts";
import { adjudicateClaims } from "../policy/adjudicate-claims.ts";
import type { CompiledPolicy } from "../policy/compile-policy.ts";
import type { Adjudication, Claim, InvalidClaim } from "../policy/records.ts";

/** Lines after the header that are not blank. */
function countDataRows(text: string): number {
  let rows = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (end - start > 1 || (end - start === 1 && text[start] !== "\r")) rows++;
    start = end + 1;
  }
  return Math.max(0, rows - 1);
}

/** One year's records, read and adjudicated: what the results pack is made from. */
export interface YearRecords {
  membersFile: string;
  claimsFile: string;
  members: MembersFile;
  /** Every claims row, parsed or invalid, in file order. */
  claims: (Claim | InvalidClaim)[];
  /** One adjudication per claims row, in the same order (reasons in English, for the categories). */
  adjudications: Adjudication[];
  /** Rows of the members file (good and bad). */
  memberRows: number;
}

/**
 * Reads a year's members and claims files and adjudicates the claims under `policy`.
 * @throws InputError when a file lacks a required column
 */
export function readYearRecords(
  policy: CompiledPolicy,
  membersText: string,
  membersFile: string,
  claimsText: string,
  claimsFile: string,
): YearRecords {
  const members = parseMembers(membersText, membersFile);
  const claims = parseClaims(claimsText, claimsFile, members);
  const adjudications = adjudicateClaims(policy, members.members, claims, { locale: "en" });
  const memberRows = countDataRows(membersText);
  return { membersFile, claimsFile, members, claims, adjudications, memberRows };
}
