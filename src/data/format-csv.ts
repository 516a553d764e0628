/**
 * A text cell a spreadsheet would run as a formula (`=…`, `+…`, `@…`, `-` followed by a letter, or a
 * leading tab or carriage return) gets a leading `'`, so it shows as the text it is. Numbers and text
 * such as `-12.50` are left alone.
 * @example [neutralizeFormula("=SUM(A1:A9)"), neutralizeFormula("-12.50")]
 * // → ["'=SUM(A1:A9)", "-12.50"]
 */
export function neutralizeFormula(text: string): string {
  return /^([=+@\t\r]|-\p{L})/u.test(text) ? `'${text}` : text;
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180); text cells are neutralised. */
function field(value: string | number): string {
  const text = typeof value === "number" ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text with a header, in the given column order. Every CSV the product writes goes
 * through here, so no text cell can be taken for a formula (see `neutralizeFormula`).
 * @example formatCsv(["a", "b"], [{ a: 1, b: "x,y" }])
 * // → 'a,b\n1,"x,y"\n'
 */
export function formatCsv<Row extends Record<string, string | number>>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  const lines = [columns.map(field).join(",")];
  for (const row of rows) lines.push(columns.map((column) => field(row[column] ?? "")).join(","));
  return lines.join("\n") + "\n";
}
