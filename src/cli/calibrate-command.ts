import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatCsv } from "../data/format-csv.ts";
import { parsePublishedFigures } from "../data/published-figures.ts";
import { InputError, message, renderMessage } from "../messages.ts";
import { compileModel } from "../model/compile-model.ts";
import { comparePublished, publishedMatch } from "../results/compare-published.ts";
import {
  PUBLISHED_COMPARISON_COLUMNS,
  publishedComparisonCells,
  publishedVerdict,
} from "../results/published-comparison-cells.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { optionLocale, optionText, parseOptions } from "./parse-options.ts";
import { readInputFile } from "./read-input-file.ts";
import { checkOutput, writeOutput } from "./write-output.ts";

/** The published figures shipped with huzhu (`data/published`). */
const PUBLISHED_DIR = fileURLToPath(new URL("../../data/published/", import.meta.url));

/**
 * The names of a scenario file and of the files it extends, without `.json`, the file's own first
 * (`my.json` extending `inner-mongolia-2025.json` → ["my", "inner-mongolia-2025"]). A file that cannot be
 * read here has already been reported by the loader.
 */
function scenarioNames(path: string): string[] {
  const names: string[] = [];
  let current: string | null = path;
  while (current !== null && names.length < 16) {
    names.push(basename(current).replace(/\.json$/, ""));
    let parent: unknown;
    try {
      parent = (JSON.parse(readFileSync(current, "utf8")) as { extends?: unknown }).extends;
    } catch {
      parent = undefined;
    }
    current = typeof parent === "string" ? resolve(dirname(current), parent) : null;
  }
  return names;
}

/** Width of a text in a terminal: Chinese characters and full-width punctuation take two columns. */
const width = (text: string) =>
  [...text].reduce(
    (sum, char) => sum + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1),
    0,
  );

/**
 * `huzhu calibrate --scenario S [--published FILE] [--format table|csv|json] [--lang en|zh] [--out FILE]`:
 * the scenario's expected year one beside its fund's published figures (see `comparePublished`), with
 * the difference in % and each figure's source. The fund comes from the scenario's file name or a file it
 * extends (`inner-mongolia-YYYY…`); `--published` reads another file of that format instead of the
 * bundled `data/published/<fund>.csv`. A scenario with no published figures prints a note and exits 0.
 */
export function calibrateCommand(args: readonly string[], io: CommandIo): number {
  const options = parseOptions(args, ["--scenario", "--published", "--format", "--lang", "--out"]);
  const language = optionLocale(options);
  const format = optionText(options, "--format", "table");
  if (format !== "table" && format !== "csv" && format !== "json")
    throw new InputError([
      message.optionValue("--format", format, message.optionOneOf(["table", "csv", "json"])),
    ]);
  const file = optionText(options, "--scenario");
  const out = options.values.get("--out")?.at(-1);
  checkOutput(io, out);
  const scenario = loadScenarioOption(io, file);
  const match = publishedMatch(scenarioNames(resolve(io.cwd, file)));
  const publishedFile = options.values.get("--published")?.at(-1);
  const text = (item: Parameters<typeof renderMessage>[0]) => renderMessage(item, language);
  if (match === null) {
    const note = text(message.publishedNone(scenario.name));
    if (format === "json")
      writeOutput(io, out, `${JSON.stringify({ scenario: scenario.name, match: null, note }, null, 2)}\n`);
    else writeOutput(io, out, `${note}\n`);
    return 0;
  }
  const figures =
    publishedFile === undefined
      ? parsePublishedFigures(
          readFileSync(resolve(PUBLISHED_DIR, `${match.fund}.csv`), "utf8"),
          `data/published/${match.fund}.csv`,
        )
      : parsePublishedFigures(readInputFile(io, publishedFile), publishedFile);
  const comparison = comparePublished(compileModel(scenario), figures, match);
  const rows = comparison.rows.map((row) => publishedComparisonCells(row, language));
  const verdict = publishedVerdict(comparison, language);
  if (format === "json") {
    writeOutput(
      io,
      out,
      `${JSON.stringify(
        {
          scenario: scenario.name,
          match: comparison.match,
          year: comparison.year,
          expected: comparison.expected,
          rows: comparison.rows.map((row) => ({
            measure: row.measure,
            product: row.product,
            periodFrom: row.periodFrom,
            periodTo: row.periodTo,
            published: row.published,
            flag: row.flag,
            expected: row.expected,
            difference: row.difference,
            tolerance: row.tolerance,
            within: row.within,
            sources: row.basis.map((figure) => figure.source),
          })),
          compared: comparison.compared,
          outside: comparison.outside,
          verdict,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (format === "csv") {
    const headers = PUBLISHED_COMPARISON_COLUMNS.map((column) =>
      language === "en"
        ? column === "difference"
          ? "difference_pct"
          : column
        : text(message.publishedColumn(column)),
    );
    const csvRows = comparison.rows.map((row, index) => {
      const cells = rows[index]!.cells;
      const values: (string | number)[] = [
        cells.figure,
        cells.period,
        row.published,
        row.expected ?? "",
        row.difference === null ? "" : Math.round(row.difference * 10000) / 100,
        row.within === null ? "" : text(message.publishedWithin(row.within ? 1 : 0)),
        rows[index]!.quotes.join(" | "),
      ];
      return Object.fromEntries(headers.map((header, column) => [header, values[column]!]));
    });
    writeOutput(io, out, formatCsv(headers, csvRows));
    return 0;
  }
  const header = PUBLISHED_COMPARISON_COLUMNS.map((column) => text(message.publishedColumn(column)));
  const body = rows.map((row) =>
    PUBLISHED_COMPARISON_COLUMNS.map((column) =>
      column === "source" && row.basis !== ""
        ? language === "zh"
          ? `${row.cells.source}（${row.basis}）`
          : `${row.cells.source} (${row.basis})`
        : row.cells[column],
    ),
  );
  const widths = header.map((cell, column) =>
    Math.max(width(cell), ...body.map((cells) => width(cells[column]!))),
  );
  const numeric = new Set([2, 3, 4]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const pad = " ".repeat(widths[column]! - width(cell));
        return column === cells.length - 1 ? cell : numeric.has(column) ? pad + cell : cell + pad;
      })
      .join("  ");
  const lines = [
    text(message.publishedHeading()),
    text(message.publishedIntro(scenario.name, comparison.year, match.scenarioYear)),
    "",
    line(header),
    ...body.map(line),
    "",
    verdict,
    text(message.publishedFootnote()),
  ];
  writeOutput(io, out, `${lines.join("\n")}\n`);
  return 0;
}
