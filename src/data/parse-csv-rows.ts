import { InputError, type Message, message } from "../messages.ts";

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

interface Record_ {
  fields: string[];
  line: number;
  /** Line where a quoted field that spans lines opened (for messages), else 0. */
  quoteLine: number;
}

/**
 * Splits CSV text into records by RFC 4180: fields separated by commas; a field that starts with `"`
 * runs to the closing `"` (`""` is a quote inside it) and may hold commas and line breaks; lines end in
 * `\n`, `\r\n` or `\r`. A line with nothing on it is blank and skipped. Linear in the text's length.
 * @throws InputError naming the line where a quote opened and never closed
 */
function splitRecords(text: string, file: string): { records: Record_[]; blankLines: number } {
  const records: Record_[] = [];
  let blankLines = 0;
  let line = 1;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const start = line;
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) {
      // An empty line.
      index += code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 1;
      line++;
      blankLines++;
      continue;
    }
    const fields: string[] = [];
    let quoteLine = 0;
    for (;;) {
      let value: string;
      if (text.charCodeAt(index) === 34) {
        const opened = line;
        let parts = "";
        let from = index + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new InputError([message.csvUnterminatedQuote(file, opened)]);
          const piece = text.slice(from, close);
          for (let k = 0; k < piece.length; k++) {
            const c = piece.charCodeAt(k);
            if (c === 10 || (c === 13 && piece.charCodeAt(k + 1) !== 10)) line++;
          }
          parts += piece;
          if (text.charCodeAt(close + 1) === 34) {
            parts += '"';
            from = close + 2;
            continue;
          }
          index = close + 1;
          break;
        }
        if (line > opened && quoteLine === 0) quoteLine = opened;
        // Text after the closing quote, up to the next separator, is kept (lenient).
        let end = index;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10 || c === 13) break;
          end++;
        }
        value = parts + text.slice(index, end);
        index = end;
      } else {
        let end = index;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10 || c === 13) break;
          end++;
        }
        value = text.slice(index, end);
        index = end;
      }
      fields.push(value);
      const c = text.charCodeAt(index);
      if (c === 44) {
        index++;
        continue;
      }
      if (c === 13) index += text.charCodeAt(index + 1) === 10 ? 2 : 1;
      else if (c === 10) index++;
      line++;
      break;
    }
    if (fields.length === 1 && fields[0]!.trim() === "" && quoteLine === 0) {
      blankLines++;
      continue;
    }
    records.push({ fields, line: start, quoteLine });
  }
  return { records, blankLines };
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
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError([message.csvEmpty(file)]);
  const { records, blankLines } = splitRecords(body, file);
  const [header, ...data] = records;
  if (!header) throw new InputError([message.csvEmpty(file)]);
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) duplicated.add(column);
    seen.add(column);
  }
  if (duplicated.size > 0) {
    throw new InputError([...duplicated].map((column) => message.csvDuplicateColumn(file, column)));
  }
  const missing = required.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    throw new InputError(missing.map((column) => message.csvMissingColumn(file, column, columns)));
  }
  const rows: Record<string, string | null>[] = [];
  const rowLines: number[] = [];
  const rowProblems: (Message | null)[] = [];
  for (const record of data) {
    const row = Object.create(null) as Record<string, string | null>;
    columns.forEach((column, index) => {
      const value = record.fields[index]?.trim() ?? "";
      row[column] = value === "" ? null : value;
    });
    rows.push(row);
    rowLines.push(record.line);
    const width = record.fields.length;
    rowProblems.push(
      width === columns.length
        ? null
        : record.quoteLine > 0
          ? message.csvRow(
              file,
              record.line,
              message.csvQuoteSpansLines(record.quoteLine, width, columns.length),
            )
          : message.csvRowWidth(file, record.line, columns.length, width),
    );
  }
  return { columns, rows, rowLines, rowProblems, blankLines };
}
