/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text with a header, in the given column order.
 * @example formatCsv(["a", "b"], [{ a: 1, b: "x,y" }])
 * // → 'a,b\n1,"x,y"\n'
 */
export function formatCsv<Row extends Record<string, string | number>>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((column) => field(row[column] ?? "")).join(","));
  return lines.join("\n") + "\n";
}
