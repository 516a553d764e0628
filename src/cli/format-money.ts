/**
 * An amount of yuan for a terminal: 亿 (10⁸) with two decimals, 万 (10⁴) with one, else whole yuan.
 * @example formatMoney(-123456)
 * // → "-12.3万"
 */
export function formatMoney(value: number): string {
  if (!Number.isFinite(value)) return "–";
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${(value / 1e8).toFixed(2)}亿`;
  if (abs >= 1e4) return `${(value / 1e4).toFixed(1)}万`;
  return value.toFixed(0);
}

/** A probability as a percentage with two decimals, e.g. `0.0125` → `1.25%`. */
export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(2)}%` : "–";
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

/** Columns a text takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}
