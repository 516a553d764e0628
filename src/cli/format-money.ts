import { displayWidth } from "../format/display-width.ts";
import { formatAmount } from "../format/format-amount.ts";
import { formatPercent as formatPercentIn } from "../format/format-percent.ts";

/**
 * An amount of yuan for a terminal, written as the charts and the simulate table write it (万, 亿).
 * @example formatMoney(-123456)
 * // → "-12.3万"
 */
export function formatMoney(value: number): string {
  return formatAmount(value, "zh");
}

/**
 * A probability as a percentage, as everywhere else.
 * @example formatPercent(0.0125)
 * // → "1.25%"
 */
export function formatPercent(value: number): string {
  return formatPercentIn(value, "en");
}

/** A change with its interval: `+12.3万 [1.0万, 23.6万]`. */
export function formatChange(
  value: number,
  low: number,
  high: number,
  format: (value: number) => string,
): string {
  const sign = value > 0 ? "+" : "";
  return `${sign}${format(value)} [${format(low)}, ${format(high)}]`;
}

/** Lays out rows of cells in right-aligned columns (the first left-aligned), widths from the widest cell. */
export function formatColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const room = " ".repeat(widths[i]! - displayWidth(cell));
          return i === 0 ? cell + room : room + cell;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
