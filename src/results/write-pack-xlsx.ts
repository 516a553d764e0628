import ExcelJS from "exceljs";
import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { PackTable, ResultsPack } from "./build-results-pack.ts";
import { cellKey, cellKind } from "./format-pack-cell.ts";
import { packHeader, packValue } from "./pack-labels.ts";

const FORMATS = { count: "#,##0", yuan: "#,##0.00", rate: "0.00", percent: "0.00", ratio: "0.00" } as const;

function sheetName(table: PackTable, locale: ExplanationLocale, used: Set<string>): string {
  let name = (locale === "zh" ? table.title.zh : table.id).replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  while (used.has(name)) name = `${name.slice(0, 28)} ${used.size}`;
  used.add(name);
  return name;
}

/**
 * The pack as one Excel workbook (exceljs, which runs in Node and, bundled, in the browser): one sheet
 * per table, a header row in the language, numbers stored as numbers (amounts with 2 decimals, the
 * loss ratio as a ratio with a percent format), the table's note under it. Returns the .xlsx bytes.
 */
export async function writePackXlsx(pack: ResultsPack, locale: ExplanationLocale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "huzhu";
  const used = new Set<string>();
  for (const table of pack.tables) {
    const sheet = workbook.addWorksheet(sheetName(table, locale, used));
    sheet.addRow(table.columns.map((column) => packHeader(column.key, locale)));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(
        table.columns.map((column) => {
          const value = row[column.key];
          if (typeof value === "string") return column.kind === "label" ? packValue(value, locale) : value;
          return value ?? null;
        }),
      );
      table.columns.forEach((column, index) => {
        const kind = cellKind(table, column, row);
        const cell = added.getCell(index + 1);
        if (typeof cell.value !== "number") return;
        if (kind === "ratio" && cellKey(table, column, row).startsWith("loss_ratio")) cell.numFmt = "0.0%";
        else if (kind in FORMATS) cell.numFmt = FORMATS[kind as keyof typeof FORMATS];
      });
    }
    if (table.note) sheet.addRow([]).commit();
    if (table.note) sheet.addRow([locale === "zh" ? table.note.zh : table.note.en]);
    sheet.columns.forEach((column, index) => {
      column.width = Math.min(
        40,
        Math.max(10, packHeader(table.columns[index]?.key ?? "", locale).length + 2),
      );
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
