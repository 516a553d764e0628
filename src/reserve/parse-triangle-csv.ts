import { InputError, message, type Message } from "../messages.ts";
import type { Triangle } from "./triangle.ts";

/**
 * Reads a cumulative triangle from CSV text: a header `origin,1,2,…`, then one row per origin period
 * (oldest first) with its cumulative amounts and empty cells for the future. Every problem is reported
 * at once, each naming the file, row (the header is row 1) and column, as messages.
 * @throws InputError when the file is malformed
 * @example
 * parseTriangleCsv("origin,1,2\n2023,100,150\n2024,120,\n", "t.csv").cells
 * // → [[100, 150], [120, null]]
 */
export function parseTriangleCsv(text: string, file: string): Triangle {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.split(",").map((field) => field.trim().replace(/^"(.*)"$/, "$1")));
  while (lines.length > 0 && lines.at(-1)!.every((field) => field === "")) lines.pop();
  const problems: Message[] = [];
  const fail = (problem: Message) => problems.push(problem);
  const header = lines[0];
  if (header === undefined || lines.length < 2) throw new InputError([message.triangleEmpty(file)]);
  if (header[0]!.toLowerCase() !== "origin") fail(message.triangleFirstColumn(file, header[0]!));
  header.slice(1).forEach((name, index) => {
    if (name !== String(index + 1)) fail(message.triangleHeader(file, index + 2, name));
  });
  const origins: string[] = [];
  const cells: (number | null)[][] = [];
  lines.slice(1).forEach((fields, index) => {
    const row = index + 2;
    if (fields.length !== header.length) {
      fail(message.triangleWidth(file, row, fields.length, header.length));
      return;
    }
    const origin = fields[0]!;
    if (origin === "" || origins.includes(origin)) fail(message.triangleOrigin(file, row, origin));
    origins.push(origin);
    const values: (number | null)[] = [];
    let ended = false;
    fields.slice(1).forEach((field, offset) => {
      const column = offset + 2;
      if (field === "") {
        ended = true;
        values.push(null);
        return;
      }
      const value = Number(field.replaceAll("_", ""));
      if (!Number.isFinite(value)) fail(message.triangleCell(file, row, column, field));
      else if (ended) fail(message.triangleGap(file, row, column));
      values.push(Number.isFinite(value) ? value : null);
    });
    if (values[0] === null) fail(message.triangleRowEmpty(file, row));
    cells.push(values);
  });
  if (problems.length > 0) throw new InputError(problems);
  return { origins, cells };
}
