import { InputError, message } from "../messages.ts";
import { parseCsvRows } from "./parse-csv-rows.ts";

/**
 * One published figure of `data/published/inner-mongolia.csv`: a measure of a product over a period of
 * calendar years, with its flag (P published, D derived from published figures) and its source.
 */
export interface PublishedFigure {
  periodFrom: number;
  periodTo: number;
  /** `inpatient`, `special_disease` or `all` (every product of the fund). */
  product: string;
  /** `members`, `person_times`, `paid_claims`, `benefits`, `units`. */
  measure: string;
  value: number;
  unit: string;
  flag: string;
  source: string;
}

export const PUBLISHED_COLUMNS = [
  "period_from",
  "period_to",
  "product",
  "measure",
  "value",
  "unit",
  "flag",
  "source",
] as const;

/**
 * Reads the published figures (a CSV with the columns of `PUBLISHED_COLUMNS`).
 * @throws InputError naming the file, row and field of a value that is not a number
 */
export function parsePublishedFigures(text: string, file: string): PublishedFigure[] {
  const { rows } = parseCsvRows(text, file, PUBLISHED_COLUMNS);
  return rows.map((row, index) => {
    const number = (column: string) => {
      const value = Number(row[column] ?? "");
      if (row[column] === null || !Number.isFinite(value))
        throw new InputError([message.csvRow(file, index + 2, message.badAmount(column, row[column] ?? ""))]);
      return value;
    };
    return {
      periodFrom: number("period_from"),
      periodTo: number("period_to"),
      product: row.product ?? "",
      measure: row.measure ?? "",
      value: number("value"),
      unit: row.unit ?? "",
      flag: row.flag ?? "",
      source: row.source ?? "",
    };
  });
}

/**
 * The published value of `measure` for `product` over `from`–`to`.
 * @throws Error when the file has no such figure (a test or caller asked for one that is not published)
 * @example
 * const csv = "period_from,period_to,product,measure,value,unit,flag,source\n" +
 *   "2019,2024,inpatient,paid_claims,281500,claims,P,seed 000\n";
 * const figures = parsePublishedFigures(csv, "published.csv");
 * publishedValue(figures, "inpatient", 2019, 2024, "paid_claims")
 * // → 281500
 * publishedValue(figures, "inpatient", 2019, 2024, "benefits")
 * // throws "no published inpatient benefits for 2019–2024"
 */
export function publishedValue(
  figures: readonly PublishedFigure[],
  product: string,
  from: number,
  to: number,
  measure: string,
): number {
  const figure = figures.find(
    (row) =>
      row.product === product && row.periodFrom === from && row.periodTo === to && row.measure === measure,
  );
  if (!figure) throw new Error(`no published ${product} ${measure} for ${from}–${to}`);
  return figure.value;
}
