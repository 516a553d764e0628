import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { ColumnKind, PackColumn, PackRow, PackTable } from "./build-results-pack.ts";
import { packValue } from "./pack-labels.ts";

/** Where a cell is shown: a CSV file (machine-readable, today's formats) or a table/page view. */
export type CellView = "csv" | "view";

/** The kind of a cell: a headline row carries its own kind for the value columns. */
export function cellKind(table: PackTable, column: PackColumn, row: PackRow): ColumnKind {
  if (table.id === "headline" && ["value", "previous", "change"].includes(column.key))
    return (row.kind as ColumnKind | undefined) ?? column.kind;
  if (table.id === "concentration" && column.key === "value")
    return row.measure === "claimants"
      ? "count"
      : row.measure === "largest_member_total"
        ? "yuan"
        : "percent";
  return column.kind;
}

/** The key a cell is formatted as: a headline value takes its measure's (so `loss_ratio` shows as %). */
export function cellKey(table: PackTable, column: PackColumn, row: PackRow): string {
  if (table.id !== "headline" || !["value", "previous", "change"].includes(column.key)) return column.key;
  return column.key === "change" ? `${String(row.measure)}_change` : String(row.measure);
}

/**
 * A cell as text. CSV keeps today's formats (amounts to the cent, rates to 2 places, ratios such as
 * the loss ratio to 4 places, no thousands separators); the view adds separators and shows ratios of
 * the `loss_ratio` kind as percentages. Labels are translated under `zh`; empty for no value.
 * @example
 * formatPackCell(0.3886, "ratio", "en", "view", "loss_ratio") // the view shows a loss ratio in %
 * // → "38.9%"
 * formatPackCell(0.3886, "ratio", "en", "csv", "loss_ratio") // the CSV keeps the ratio
 * // → "0.3886"
 * formatPackCell(1234.5, "yuan", "en", "view")
 * // → "1,234.50"
 */
export function formatPackCell(
  value: string | number | null | undefined,
  kind: ColumnKind,
  locale: ExplanationLocale,
  view: CellView,
  key = "",
): string {
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value)))
    return "";
  if (typeof value === "string") return kind === "label" ? packValue(value, locale, key) : value;
  const fixed = (digits: number) =>
    view === "csv"
      ? value.toFixed(digits)
      : value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (kind) {
    case "count":
      return Number.isInteger(value) ? fixed(0) : fixed(2);
    case "yuan":
      return fixed(2);
    case "rate":
    case "percent":
      return fixed(2);
    case "ratio":
      if (view === "view" && key === "loss_ratio_change")
        return `${value > 0 ? "+" : ""}${(value * 100).toFixed(1)} ${locale === "zh" ? "个百分点" : "pts"}`;
      if (view === "view" && key.startsWith("loss_ratio")) return `${(value * 100).toFixed(1)}%`;
      return view === "csv" ? value.toFixed(4) : value.toFixed(2);
    default:
      return String(value);
  }
}
