import { formatCsv } from "../data/format-csv.ts";
import type { ExplanationLocale } from "../policy/explanation-text.ts";
import type { PackTable } from "./build-results-pack.ts";
import { cellKind, formatPackCell } from "./format-pack-cell.ts";
import { packHeader } from "./pack-labels.ts";

/**
 * One table of the pack as CSV. English headers are the stable column names (`members`,
 * `total_payout`, `loss_ratio` …) and the loss ratio stays a ratio, so scripts keep working; `zh` gives
 * Chinese headers and labels (合计 for the total line) with the same numbers.
 * @example
 * const table = {
 *   id: "regions",
 *   title: { en: "By region", zh: "分盟市" },
 *   columns: [
 *     { key: "region", kind: "label" as const },
 *     { key: "members", kind: "count" as const },
 *     { key: "loss_ratio", kind: "ratio" as const },
 *   ],
 *   rows: [{ region: "(all)", members: 1200, loss_ratio: 0.3886 }],
 * };
 * formatPackCsv(table, "en")
 * // → "region,members,loss_ratio\n(all),1200,0.3886\n"
 * formatPackCsv(table, "zh")
 * // → "盟市,参互人数,赔付率\n合计,1200,0.3886\n"
 */
export function formatPackCsv(table: PackTable, locale: ExplanationLocale): string {
  const headers = table.columns.map((column) => packHeader(column.key, locale));
  const rows = table.rows.map((row) => {
    const out: Record<string, string> = {};
    table.columns.forEach((column, index) => {
      out[headers[index]!] = formatPackCell(
        row[column.key],
        cellKind(table, column, row),
        locale,
        "csv",
        column.key,
      );
    });
    return out;
  });
  return formatCsv(headers, rows);
}
