import type { RandomStream } from "../sim/random-stream.ts";

/** Rows given a data-entry error, by file. */
export interface DirtyCounts {
  members: number;
  claims: number;
}

function pick(stream: RandomStream, count: number): number {
  return Math.min(count - 1, Math.floor(stream.uniform() * count));
}

/**
 * One data-entry error in a members row (fields `member_id,status,sex,birth_date,unit_id,…`): a sex
 * that is not F/M, an impossible birth date, allowance years of 0, or the row entered twice (the
 * duplicate goes out through `writer` first). The reader must count each, never drop it.
 * @example
 * // A stand-in stream: a draw below 1/4 picks the first error (the sex written in Chinese), one of
 * // 3/4 or more the duplicate row.
 * const written: string[] = [];
 * const writer = { line: (text: string) => written.push(text) };
 * const row = "M1,active,F,1980-01-02,U1,Hohhot,2";
 * corruptMemberRow({ uniform: () => 0.1 } as RandomStream, row, writer)
 * // → "M1,active,女,1980-01-02,U1,Hohhot,2"
 * corruptMemberRow({ uniform: () => 0.9 } as RandomStream, row, writer)
 * // → row
 * written
 * // → [row]
 */
export function corruptMemberRow(
  stream: RandomStream,
  row: string,
  writer: { line(text: string): void },
): string {
  const fields = row.split(",");
  switch (pick(stream, 4)) {
    case 0:
      fields[2] = fields[2] === "F" ? "女" : "男";
      return fields.join(",");
    case 1:
      fields[3] = `${fields[3]!.slice(0, 4)}-02-30`;
      return fields.join(",");
    case 2:
      fields[fields.length - 1] = "0";
      return fields.join(",");
    default:
      writer.line(row);
      return row;
  }
}

/**
 * One data-entry error in a claims row (`claim_id,member_id,kind,cause,admission_date,discharge_date,
 * self_pay,…`): an amount typed with a thousands separator or as text, a member id with a typo (an
 * unknown member), admission and discharge swapped, an impossible date, the previous claim's id
 * repeated, or an admission date a year early (a claim outside the year).
 */
export function corruptClaimRow(
  stream: RandomStream,
  row: string,
  previousClaimId: string,
  year: number,
): string {
  const fields = row.split(",");
  switch (pick(stream, 6)) {
    case 0:
      fields[6] = stream.uniform() < 0.5 ? `"${Number(fields[6]).toLocaleString("en-US")}"` : "n/a";
      break;
    case 1:
      fields[1] = `X${fields[1]!.slice(1)}`;
      break;
    case 2:
      if (fields[4] === fields[5]) fields[5] = `${year}-13-01`;
      else [fields[4], fields[5]] = [fields[5]!, fields[4]!];
      break;
    case 3:
      fields[5] = `${year}-02-30`;
      break;
    case 4:
      if (previousClaimId !== "") fields[0] = previousClaimId;
      else fields[6] = "n/a";
      break;
    default:
      fields[4] = `${year - 1}${fields[4]!.slice(4)}`;
      fields[5] = `${year - 1}${fields[5]!.slice(4)}`;
      break;
  }
  return fields.join(",");
}
