import { memberFee } from "../data/member-fee.ts";
import { parseClaims } from "../data/parse-claims.ts";
import { type MembersFile, parseMembers } from "../data/parse-members.ts";
import { message, type Message } from "../messages.ts";
import { adjudicateClaims } from "../policy/adjudicate-claims.ts";
import { compilePolicy } from "../policy/compile-policy.ts";
import type { MemberPeriod } from "../policy/records.ts";
import type { Policy } from "../scenario/types.ts";
import { buildTriangles, type ClaimTriangles } from "./build-triangles.ts";
import { contributionsByOrigin } from "./contributions-by-origin.ts";
import { recordsFromClaims, type OriginBy } from "./records-from-claims.ts";
import { periodOfDay, type ReserveGrain } from "./reserve-grain.ts";

/** A text file by name (a path on the command line, a picked file on the page). */
export interface NamedText {
  name: string;
  text: string;
}

/** The triangles of a fund's records as at a valuation date, with what BF and the reader need. */
export interface RecordTriangles extends ClaimTriangles {
  /** Contributions earned in each origin period (the a-priori loss ratio's exposure). */
  contributions: number[];
  /** The member-periods read (all files), for other exposure bases. */
  members: MemberPeriod[];
  /** The number of the first origin period (as counted by `periodOfDay`). */
  firstPeriod: number;
  /** What happened to every claim row. */
  notes: Message[];
}

/**
 * Reads members' and claims' files (several years' each), adjudicates the claims under `policy`, and
 * builds the paid and reported triangles as at `valuationDay` with the contributions earned per origin
 * period. Every claim row is accounted for in `notes`: used, invalid, rejected (or paying nothing), and
 * how many of those used were filed after the valuation date.
 * @throws InputError naming a file with a missing column
 */
export function triangleFromRecords(input: {
  members: readonly NamedText[];
  claims: readonly NamedText[];
  policy: Policy;
  valuationDay: number;
  grain: ReserveGrain;
  originBy: OriginBy;
}): RecordTriangles {
  const { policy, valuationDay, grain } = input;
  const members: MembersFile = { members: [], badMembers: new Map() };
  for (const file of input.members) {
    const parsed = parseMembers(file.text, file.name);
    members.members.push(...parsed.members);
    for (const [id, reason] of parsed.badMembers) members.badMembers.set(id, reason);
  }
  const claims = input.claims.flatMap((file) => parseClaims(file.text, file.name, members));
  const adjudications = adjudicateClaims(compilePolicy(policy), members.members, claims);
  const { records, assumedPaid } = recordsFromClaims(claims, adjudications, input.originBy);
  const triangles = buildTriangles(records, { valuationDay, grain });
  const size = triangles.paidAmount.origins.length;
  const firstPeriod = periodOfDay(valuationDay, grain) - size + 1;
  const contributions = contributionsByOrigin(
    members.members.map((member) => ({ ...member, fee: memberFee(member, policy) })),
    grain,
    firstPeriod,
    size,
  );
  const invalid = claims.filter((claim) => "invalidReason" in claim).length;
  const rejected = claims.length - records.length - invalid;
  const notes = [
    message.reserveClaimsRead(claims.length, records.length, invalid, rejected, triangles.unknown),
  ];
  if (assumedPaid > 0) notes.push(message.reserveAssumedPaid(assumedPaid));
  return { ...triangles, contributions, notes, members: members.members, firstPeriod };
}
