import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { ResultsPack } from "./build-results-pack.ts";
import { cellKey, cellKind, formatPackCell } from "./format-pack-cell.ts";
import { packHeader } from "./pack-labels.ts";

/** Display width of a text: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return columns;
}

/**
 * The whole pack as aligned text tables for a terminal: each table's title, its columns (labels left,
 * numbers right, thousands separators, the loss ratio as a percentage) and its note.
 */
export function formatPackText(pack: ResultsPack, locale: ExplanationLocale): string {
  const out: string[] = [];
  for (const table of pack.tables) {
    out.push(locale === "zh" ? table.title.zh : table.title.en);
    const headers = table.columns.map((column) => packHeader(column.key, locale));
    const cells = table.rows.map((row) =>
      table.columns.map((column) =>
        formatPackCell(
          row[column.key],
          cellKind(table, column, row),
          locale,
          "view",
          cellKey(table, column, row),
        ),
      ),
    );
    const widths = headers.map((header, index) =>
      Math.max(width(header), ...cells.map((row) => width(row[index]!))),
    );
    const left = table.columns.map((column) => column.kind === "label" || column.kind === "text");
    const line = (row: string[]) =>
      row
        .map((cell, index) => {
          const pad = " ".repeat(widths[index]! - width(cell));
          return left[index] ? cell + pad : pad + cell;
        })
        .join("  ")
        .trimEnd();
    out.push(line(headers));
    for (const row of cells) out.push(line(row));
    if (table.note) out.push(locale === "zh" ? table.note.zh : table.note.en);
    out.push("");
  }
  return out.join("\n");
}
