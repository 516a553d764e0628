import { InputError, type Message, message } from "../messages.ts";

/**
 * One record of a CSV file as `scanCsv` hands it to a reader, without cutting the text into strings:
 * field `i` runs from `starts[i]` to `ends[i]` (exclusive) in `text`, or, when it was quoted, is
 * `quoted[i]` (its quotes and doubled quotes undone). The record is reused for the next one: copy what
 * you keep (`csvText`, `csvField` make strings).
 */
export interface CsvRecord {
  readonly text: string;
  /** Number of fields. */
  width: number;
  readonly starts: number[];
  readonly ends: number[];
  readonly quoted: (string | undefined)[];
}

/**
 * What a reader does with each data record: `line` is the line the record starts on (the header is
 * line 1), `problem` the record's problem with its shape (more or fewer fields than the header), or `null`.
 */
export type CsvRecordReader = (record: CsvRecord, line: number, problem: Message | null) => void;

/** Field `index` of a record as it is in the file (untrimmed); `undefined` when the record is shorter. */
export function csvText(record: CsvRecord, index: number): string | undefined {
  if (index < 0 || index >= record.width) return undefined;
  return record.quoted[index] ?? record.text.slice(record.starts[index], record.ends[index]);
}

/**
 * A field of a record as a reader wants it: trimmed, `null` when empty or when the record has no such
 * field (`index` −1 is a column the file does not have).
 * @example
 * const record = { text: "a, 7 ,", width: 3, starts: [0, 2, 6], ends: [1, 5, 6], quoted: [] };
 * [csvField(record, 1), csvField(record, 2), csvField(record, 3), csvField(record, -1)]
 * // → ["7", null, null, null]
 */
export function csvField(record: CsvRecord, index: number): string | null {
  const value = csvText(record, index);
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/**
 * Reads CSV text record by record by RFC 4180, without keeping the records: fields separated by
 * commas; a field that starts with `"` runs to the closing `"` (`""` is a quote inside it) and may hold
 * commas and line breaks; lines end in `\n`, `\r\n` or `\r`. A line with nothing on it (or only spaces)
 * is blank, skipped and counted. A UTF-8 byte-order mark is dropped. The first record is the header:
 * its names, trimmed and in lower case, are the columns; `open(columns)` gives the reader of the data
 * records, called once per record in file order, so rows out = records in. Linear in the text's length
 * and light on memory: fields are positions in the text until a reader asks for their text, so a
 * 1.2 M-row file is read with one record, whatever it holds.
 * @param file the file's name, for messages
 * @throws InputError naming the file when the header is missing, names a column twice or lacks a
 * required column, or a quote never closes (that message first: it names a line of the file)
 * @example
 * const lines: number[] = [];
 * scanCsv("a,b\n1,2\n\n3\n", "x.csv", ["a"], () => (record, line) => lines.push(line)).blankLines
 * // → 1
 */
export function scanCsv(
  text: string,
  file: string,
  required: readonly string[],
  open: (columns: readonly string[]) => CsvRecordReader,
): { columns: string[]; rows: number; blankLines: number } {
  const length = text.length;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nonBlank = /\S/g;
  nonBlank.lastIndex = index;
  if (!nonBlank.test(text)) throw new InputError([message.csvEmpty(file)]);
  let columns: string[] | null = null;
  let headerError: InputError | null = null;
  let reader: CsvRecordReader | null = null;
  let rows = 0;
  let blankLines = 0;
  let line = 1;
  const record: CsvRecord = { text, width: 0, starts: [], ends: [], quoted: [] };
  const { starts, ends, quoted } = record;
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
    let width = 0;
    let quoteLine = 0;
    for (;;) {
      if (text.charCodeAt(index) === 34) {
        const opened = line;
        let parts = "";
        let from = index + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new InputError([message.csvUnterminatedQuote(file, opened)]);
          for (let k = from; k < close; k++) {
            const c = text.charCodeAt(k);
            if (c === 10 || (c === 13 && (k + 1 === close || text.charCodeAt(k + 1) !== 10))) line++;
          }
          parts += text.slice(from, close);
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
        quoted[width] = end > index ? parts + text.slice(index, end) : parts;
        starts[width] = ends[width] = index = end;
      } else {
        let end = index;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10 || c === 13) break;
          end++;
        }
        quoted[width] = undefined;
        starts[width] = index;
        ends[width] = index = end;
      }
      width++;
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
    record.width = width;
    if (width === 1 && quoteLine === 0 && csvText(record, 0)!.trim() === "") {
      blankLines++;
      continue;
    }
    if (columns === null) {
      columns = [];
      for (let i = 0; i < width; i++) columns.push(csvText(record, i)!.trim().toLowerCase());
      headerError = headerProblem(columns, file, required);
      // With a bad header, the rest is still read: a quote that never closes is reported first.
      reader = headerError ? null : open(columns);
      continue;
    }
    rows++;
    if (reader === null) continue;
    reader(
      record,
      start,
      width === columns.length
        ? null
        : quoteLine > 0
          ? message.csvRow(file, start, message.csvQuoteSpansLines(quoteLine, width, columns.length))
          : message.csvRowWidth(file, start, columns.length, width),
    );
  }
  if (columns === null) throw new InputError([message.csvEmpty(file)]);
  if (headerError) throw headerError;
  return { columns, rows, blankLines };
}

function headerProblem(columns: string[], file: string, required: readonly string[]): InputError | null {
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) duplicated.add(column);
    seen.add(column);
  }
  if (duplicated.size > 0) {
    return new InputError([...duplicated].map((column) => message.csvDuplicateColumn(file, column)));
  }
  const missing = required.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    return new InputError(missing.map((column) => message.csvMissingColumn(file, column, columns)));
  }
  return null;
}
