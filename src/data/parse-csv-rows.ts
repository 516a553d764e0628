import type { Message } from "../messages.ts";
import { csvField, scanCsv } from "./scan-csv.ts";

/**
 * Rows of a CSV file as text fields keyed by lower-case column name (`null` for an empty field). Each
 * row is a prototype-free object, so a column named `__proto__` or `valueOf` is just a column.
 */
export interface CsvRows {
  columns: string[];
  rows: Record<string, string | null>[];
  /** The line of the file each row starts on (the header is line 1), for messages. */
  rowLines: number[];
  /** A row's problem with its shape (too many or too few fields), or `null`; such a row is `invalid`. */
  rowProblems: (Message | null)[];
  /** Blank lines skipped (they are not rows). */
  blankLines: number;
}

/**
 * Parses CSV text, keeping every field as text (no type guessing: `007` stays `007`, `0x10` stays
 * `0x10`). Every record becomes a row, so rows out = records in: a record with more or fewer fields than
 * the header keeps the fields it has and gets a problem (the caller reports it as an `invalid` row).
 * Blank lines are skipped and counted. A UTF-8 byte-order mark is dropped.
 * @param file the file's name, for messages
 * @throws InputError naming the file when the header is missing, names a column twice or lacks a
 * required column, or a quote never closes
 * @example parseCsvRows("a,b\n1,2\n\n3\n", "x.csv", ["a"]).rows.length
 * // → 2
 */
export function parseCsvRows(text: string, file: string, required: readonly string[]): CsvRows {
  const rows: Record<string, string | null>[] = [];
  const rowLines: number[] = [];
  const rowProblems: (Message | null)[] = [];
  const { columns, blankLines } = scanCsv(text, file, required, (columns) => (record, line, problem) => {
    const row = Object.create(null) as Record<string, string | null>;
    columns.forEach((column, index) => {
      row[column] = csvField(record, index);
    });
    rows.push(row);
    rowLines.push(line);
    rowProblems.push(problem);
  });
  return { columns, rows, rowLines, rowProblems, blankLines };
}
