import { reserveCsv } from "../reserve/reserve-csv.ts";
import { InputError, message, renderMessage } from "../messages.ts";
import { parseDay } from "../policy/dates.ts";
import {
  estimateReserve,
  RESERVE_METHODS,
  type ReserveEstimate,
  type ReserveMethod,
} from "../reserve/estimate-reserve.ts";
import type { TailChoice } from "../reserve/fit-tail-factor.ts";
import { parseTriangleCsv } from "../reserve/parse-triangle-csv.ts";
import { RESERVE_GRAINS, type ReserveGrain } from "../reserve/reserve-grain.ts";
import { triangleFromRecords } from "../reserve/triangle-from-records.ts";
import { expectedByOrigin } from "../results/expected-by-origin.ts";
import type { Triangle } from "../reserve/triangle.ts";
import type { Scenario } from "../scenario/types.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { optionInteger, optionLocale, optionNumber, optionText, parseOptions } from "./parse-options.ts";
import { readInputFile } from "./read-input-file.ts";
import { writeOutput } from "./write-output.ts";

const OPTIONS = [
  "--members",
  "--claims",
  "--scenario",
  "--valuation",
  "--grain",
  "--origin",
  "--basis",
  "--triangle",
  "--method",
  "--tail",
  "--simulations",
  "--seed",
  "--held",
  "--prior-loss-ratio",
  "--prior-cv",
  "--sigma",
  "--format",
  "--out",
  "--lang",
];

function choice<T extends string>(value: string, option: string, choices: readonly T[]): T {
  if (!choices.includes(value as T))
    throw new InputError([message.optionValue(option, value, choices.join(", "))]);
  return value as T;
}

function tailOption(text: string): TailChoice {
  if (text === "none") return { kind: "none" };
  if (text === "fitted") return { kind: "fitted" };
  const factor = Number(text);
  if (!Number.isFinite(factor) || factor < 1 || factor > 10)
    throw new InputError([message.optionValue("--tail", text, "none, fitted or a factor from 1 to 10")]);
  return { kind: "given", factor };
}

/** The triangle and the BF exposure from the members' and claims' files as at the valuation date. */
function fromRecords(
  io: CommandIo,
  options: ReturnType<typeof parseOptions>,
  scenario: Scenario,
  grain: ReserveGrain,
  locale: "en" | "zh",
): {
  triangle: Triangle;
  contributions: number[];
  expected: () => number[];
  valuation: string;
  notes: string[];
} {
  const valuation = optionText(options, "--valuation");
  const valuationDay = parseDay(valuation);
  if (Number.isNaN(valuationDay))
    throw new InputError([message.optionValue("--valuation", valuation, "a date YYYY-MM-DD")]);
  const read = (option: string) => {
    const files = options.values.get(option) ?? [];
    if (files.length === 0) throw new InputError([message.optionMissing(option)]);
    return files.map((name) => ({ name, text: readInputFile(io, name) }));
  };
  const members = read("--members");
  const claims = read("--claims");
  const originBy = choice(optionText(options, "--origin", "admission"), "--origin", [
    "admission",
    "discharge",
  ]);
  const basis = choice(optionText(options, "--basis", "paid"), "--basis", ["paid", "reported"]);
  const triangles = triangleFromRecords({
    members,
    claims,
    policy: scenario.policy,
    valuationDay,
    grain,
    originBy,
  });
  const triangle = basis === "paid" ? triangles.paidAmount : triangles.reportedAmount;
  return {
    triangle,
    contributions: triangles.contributions,
    // The scenario's own expectation: its model's expected payout of each member-year (at the
    // scenario's base costs), spread over the member's days of cover like the fees.
    expected: () =>
      expectedByOrigin(scenario, triangles.members, grain, triangles.firstPeriod, triangle.origins.length),
    valuation,
    notes: triangles.notes.map((note) => renderMessage(note, locale)),
  };
}

const round = (value: number) => Math.round(value);

/** The JSON of `huzhu reserve --format json`. */
export function reserveJson(estimate: ReserveEstimate, valuation: string | null, locale: "en" | "zh") {
  return {
    method: estimate.method,
    valuation,
    byOrigin: estimate.byOrigin.map((row) => ({
      origin: row.origin,
      latest: round(row.latest),
      ultimate: round(row.ultimate),
      ibnr: round(row.ibnr),
      se: round(row.se),
    })),
    total: {
      latest: round(estimate.total.latest),
      ultimate: round(estimate.total.ultimate),
      ibnr: round(estimate.total.ibnr),
      se: round(estimate.total.se),
    },
    factors: estimate.factors,
    tail: estimate.tail,
    quantiles: Object.fromEntries(
      Object.entries(estimate.quantiles).map(([key, value]) => [key, round(value)]),
    ),
    adequacy:
      estimate.adequacy === null
        ? null
        : {
            held: estimate.adequacy.held,
            probabilityCovered: estimate.adequacy.probabilityCovered,
            p75: round(estimate.adequacy.quantiles.p75),
            p90: round(estimate.adequacy.quantiles.p90),
            p995: round(estimate.adequacy.quantiles.p995),
            shortfall: round(estimate.adequacy.shortfall),
            sentence: renderMessage(estimate.adequacy.sentence, locale),
          },
    openingLiability: {
      mean: round(estimate.openingLiability.mean),
      standardDeviation: round(estimate.openingLiability.standardDeviation),
    },
    error:
      estimate.errorParts === null
        ? null
        : {
            process: round(estimate.errorParts.process),
            estimation: round(estimate.errorParts.estimation),
            prior: estimate.errorParts.prior === null ? null : round(estimate.errorParts.prior),
            priorCv: estimate.errorParts.priorCv,
            tailSe: estimate.errorParts.tailSe,
            tailSigma: estimate.errorParts.tailSigma,
            notes: estimate.errorNotes.map((note) => renderMessage(note, locale)),
          },
  };
}

const HEADERS = {
  en: ["origin", "latest", "ultimate", "outstanding", "s.e.", "c.v."],
  zh: ["起始期", "已发生", "最终", "未决", "标准误", "变异系数"],
};

/** A plain-text table of the estimate for a terminal. */
function formatTable(estimate: ReserveEstimate, locale: "en" | "zh"): string {
  const number = (value: number) => Math.round(value).toLocaleString("en-US");
  const rows = [
    HEADERS[locale],
    ...[...estimate.byOrigin, { origin: locale === "zh" ? "合计" : "total", ...estimate.total }].map(
      (row) => [
        row.origin,
        number(row.latest),
        number(row.ultimate),
        number(row.ibnr),
        number(row.se),
        row.ibnr > 0 ? `${((row.se / row.ibnr) * 100).toFixed(0)}%` : "",
      ],
    ),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padStart(widths[column]!)).join("  "));
  const factors = estimate.factors.map((factor) => factor.toFixed(4)).join(" ");
  const q = estimate.quantiles;
  lines.push(
    "",
    `${locale === "zh" ? "进展因子" : "factors"}: ${factors}${estimate.tail !== 1 ? ` (${locale === "zh" ? "含尾部" : "incl. tail"})` : ""}`,
    `${locale === "zh" ? "未决分位数" : "outstanding at"} 75% ${number(q.p75)}  90% ${number(q.p90)}  99.5% ${number(q.p995)}`,
  );
  for (const note of estimate.errorNotes) lines.push(renderMessage(note, locale));
  if (estimate.adequacy) lines.push(renderMessage(estimate.adequacy.sentence, locale));
  return lines.join("\n") + "\n";
}

/**
 * `huzhu reserve`: outstanding claims with their uncertainty, from claim records as at a valuation date
 * (`--members M.csv --claims C.csv [--members … --claims …] --scenario S --valuation YYYY-MM-DD`) or from a
 * cumulative triangle (`--triangle T.csv`), by Mack's chain ladder, Bornhuetter–Ferguson or the ODP
 * bootstrap, with the adequacy test of the held reserve (`--held`, or the scenario fund's opening balance
 * and risk reserve). Writes a table, CSV or JSON (with `openingLiability` for the projection).
 */
export function reserveCommand(args: readonly string[], io: CommandIo): number {
  const options = parseOptions(args, OPTIONS);
  const locale = optionLocale(options);
  const method = choice(
    optionText(options, "--method", "mack"),
    "--method",
    RESERVE_METHODS,
  ) as ReserveMethod;
  const grain = choice(optionText(options, "--grain", "year"), "--grain", RESERVE_GRAINS);
  const format = choice(optionText(options, "--format", "table"), "--format", ["table", "csv", "json"]);
  const tail = tailOption(optionText(options, "--tail", "none"));
  const simulations = optionInteger(options, "--simulations", 10_000, 10, 1_000_000);
  const seed = optionInteger(options, "--seed", 1, 0, Number.MAX_SAFE_INTEGER);
  const scenarioFile = options.values.get("--scenario")?.at(-1);
  const scenario = scenarioFile === undefined ? undefined : loadScenarioOption(io, scenarioFile);
  const triangleFile = options.values.get("--triangle")?.at(-1);
  let triangle: Triangle;
  let contributions: number[] | undefined;
  let expected: (() => number[]) | undefined;
  let valuation: string | null = null;
  let notes: string[] = [];
  if (triangleFile !== undefined) {
    triangle = parseTriangleCsv(readInputFile(io, triangleFile), triangleFile);
  } else {
    if (scenario === undefined) throw new InputError([message.optionMissing("--scenario (or --triangle)")]);
    ({ triangle, contributions, expected, valuation, notes } = fromRecords(
      io,
      options,
      scenario,
      grain,
      locale,
    ));
  }
  const heldText = options.values.get("--held")?.at(-1);
  const held =
    heldText !== undefined
      ? optionNumber(options, "--held", 0, 0, 1e15)
      : scenario
        ? scenario.assumptions.fund.openingBalance + scenario.assumptions.fund.riskReserve
        : undefined;
  let prior: number[] | undefined;
  if (method === "bf") {
    const lossRatio = optionNumber(options, "--prior-loss-ratio", NaN, 0, 10);
    if (contributions === undefined || expected === undefined)
      throw new InputError([message.reserveNoPrior(triangle.origins[0] ?? "")]);
    prior = Number.isNaN(lossRatio) ? expected() : contributions.map((value) => value * lossRatio);
  }
  const priorCv = optionNumber(options, "--prior-cv", 0, 0, 10);
  const sigmaRule = choice(optionText(options, "--sigma", "mack"), "--sigma", [
    "mack",
    "log-linear",
  ] as const);
  const outcome = estimateReserve(triangle, {
    method,
    tail,
    simulations,
    seed,
    prior,
    priorCv,
    sigmaRule,
    held,
  });
  if (!outcome.ok) throw new InputError([outcome.reason]);
  const estimate = outcome.value;
  const out = options.values.get("--out")?.at(-1);
  if (format === "json")
    writeOutput(io, out, JSON.stringify(reserveJson(estimate, valuation, locale), null, 2) + "\n");
  else if (format === "csv") writeOutput(io, out, reserveCsv(estimate));
  else writeOutput(io, out, formatTable(estimate, locale));
  for (const note of notes) io.stderr.write(`${note}\n`);
  return 0;
}
