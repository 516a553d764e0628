import { fromCSV } from "arquero";
import { InputError, message } from "../messages.ts";

/** Rows of a CSV file as text fields keyed by lower-case column name (`null` for an empty field). */
export interface CsvRows {
  columns: string[];
  rows: Record<string, string | null>[];
}

/**
 * Parses CSV text with arquero, keeping every field as text (no type guessing: `007` stays `007`), and
 * checks the header has the required columns.
 * @param file the file's name, for messages
 * @throws InputError naming the file and the missing column
 */
export function parseCsvRows(text: string, file: string, required: readonly string[]): CsvRows {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError([message.csvEmpty(file)]);
  const table = fromCSV(body, { autoType: false });
  const original = table.columnNames();
  const columns = original.map((name) => name.trim().toLowerCase());
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new InputError(missing.map((column) => message.csvMissingColumn(file, column, columns)));
  }
  const rows = (table.objects() as Record<string, unknown>[]).map((object) => {
    const row: Record<string, string | null> = {};
    original.forEach((name, index) => {
      const value = object[name];
      const textValue = value === null || value === undefined ? null : String(value).trim();
      row[columns[index]!] = textValue === "" ? null : textValue;
    });
    return row;
  });
  return { columns, rows };
}
