import { publishedDocument } from "../data/published-document.ts";
import type { PublishedFigure } from "../data/published-figures.ts";
import { formatCount } from "../format/format-count.ts";
import { formatNumber } from "../format/format-number.ts";
import { formatPercent } from "../format/format-percent.ts";
import type { Language } from "../format/language.ts";
import { message, renderMessage } from "../messages.ts";
import type { PublishedComparison, PublishedComparisonRow, PublishedMeasure } from "./compare-published.ts";

/** The columns of the comparison, in order (the English CSV's names). */
export const PUBLISHED_COMPARISON_COLUMNS = [
  "figure",
  "period",
  "published",
  "expected",
  "difference",
  "within",
  "source",
] as const;

export type PublishedComparisonColumn = (typeof PUBLISHED_COMPARISON_COLUMNS)[number];

/** A row's cells as text in a language, and the source's quotations (the published rows' own `source`). */
export interface PublishedComparisonCells {
  readonly cells: Readonly<Record<PublishedComparisonColumn, string>>;
  /** For a rate, how it is derived: "281,500 ÷ 5,815,000"; empty for a count. */
  readonly basis: string;
  /** The `source` texts of the published rows, as in the CSV. */
  readonly quotes: readonly string[];
}

/**
 * A figure as the table shows it: counts whole, claims per 100 to two decimals (three under 1, so that
 * 0.176 and 0.175 do not both read 0.18), yuan to the yuan.
 * @example formatFigure("claims_per_100", 4.8409, "en")
 * // → "4.84"
 * @example formatFigure("claims_per_100", 0.175984, "en")
 * // → "0.176"
 * @example formatFigure("members", 1_439_519.4, "zh")
 * // → "1,439,519"
 */
export function formatFigure(measure: PublishedMeasure, value: number, language: Language): string {
  if (measure !== "claims_per_100") return formatCount(value, language);
  return formatNumber(value, language, Math.abs(value) < 1 ? 3 : 2);
}

const period = (row: PublishedComparisonRow) =>
  row.periodFrom === row.periodTo ? String(row.periodFrom) : `${row.periodFrom}–${row.periodTo}`;

const documents = (basis: readonly PublishedFigure[], language: Language) =>
  [...new Set(basis.map((figure) => publishedDocument(figure.source)))]
    .map((key) => renderMessage(message.publishedDocument(key), language))
    .join("; ");

/**
 * The cells of one comparison row in `language`: the figure's name, the period, the published value
 * ("derived" marked for a rate), the model's expectation, the difference in % with its sign, whether it
 * is within the tolerance, and the documents.
 */
export function publishedComparisonCells(
  row: PublishedComparisonRow,
  language: Language,
): PublishedComparisonCells {
  const text = (item: Parameters<typeof renderMessage>[0]) => renderMessage(item, language);
  const difference =
    row.difference === null
      ? "–"
      : Math.abs(row.difference) < 0.0005
        ? formatPercent(0, language, 1)
        : `${row.difference > 0 ? "+" : ""}${formatPercent(row.difference, language, 1)}`;
  return {
    cells: {
      figure: text(message.publishedMeasure(row.measure, row.product)),
      period: period(row),
      published: formatFigure(row.measure, row.published, language),
      expected:
        row.expected === null
          ? text(message.publishedNoProduct())
          : formatFigure(row.measure, row.expected, language),
      difference,
      within:
        row.within === null
          ? "–"
          : text(message.publishedWithinCell(row.within ? 1 : 0, formatPercent(row.tolerance, language, 0))),
      source: documents(row.basis, language),
    },
    basis:
      row.basis.length === 2
        ? text(
            message.publishedBasisRate(
              formatCount(row.basis[0]!.value, language),
              formatCount(row.basis[1]!.value, language),
            ),
          )
        : "",
    quotes: row.basis.map((figure) => figure.source),
  };
}

/** The sentence under the table: all within, or which are outside and why that can be. */
export function publishedVerdict(comparison: PublishedComparison, language: Language): string {
  const outside = comparison.rows.filter((row) => row.within === false);
  if (outside.length === 0)
    return renderMessage(message.publishedVerdictWithin(comparison.compared), language);
  const figures = outside.map((row) => {
    const cells = publishedComparisonCells(row, language).cells;
    return `${cells.figure} ${cells.period} ${cells.difference}`;
  });
  return renderMessage(
    message.publishedVerdictOutside(outside.length, comparison.compared, figures),
    language,
  );
}
