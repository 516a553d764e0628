import { formatCents } from "../format/format-cents.ts";
import { yuan } from "../messages.ts";

/** An amount to the cent, with thousands separators. */
export const cents = (value: number) => formatCents(value, "en");

/**
 * The English catalogue: one function per message code, taking the message's parameters and returning
 * the text. `src/messages/zh.ts` has the same codes (a missing translation is a type error). A parameter
 * that is itself a message (a reason inside a row message) arrives already rendered, as text.
 */
export const en = {
  // Scenario files
  fileUnreadable: (file: string, detail: string) => `${file}: cannot be read (${detail})`,
  jsonSyntax: (file: string, detail: string) => `${file}: is not valid JSON (${detail})`,
  notAnObject: (file: string) => `${file}: expected a JSON object with the scenario's fields`,
  extendsCycle: (chain: readonly string[]) =>
    `${chain[0]}: "extends" goes round in a circle: ${chain.join(" → ")}`,
  schema: (file: string, path: string, detail: string) => `${file}: ${path}: ${detail}`,
  /** A path inside a band table, with the band's number as the table shows it (from 1). */
  pathInBand: (path: string, band: number) => `${path} (band ${band})`,
  bandFirstFrom: (file: string, path: string, from: number) =>
    `${file}: ${path}: the first band must start at 0, not ${yuan(from)}`,
  bandGap: (file: string, path: string, from: number, previousUpTo: number) =>
    `${file}: ${path}: leaves a gap: expected ${yuan(previousUpTo)} (where the previous band ends), found ${yuan(from)}`,
  bandOverlap: (file: string, path: string, from: number, previousUpTo: number) =>
    `${file}: ${path}: overlaps the previous band: expected ${yuan(previousUpTo)} (where the previous band ends), found ${yuan(from)}`,
  bandEmpty: (file: string, path: string) => `${file}: ${path}: must be above the band's "from"`,
  bandOpenNotLast: (file: string, path: string) =>
    `${file}: ${path}: only the last band may be open-ended (null)`,
  bandsEmpty: (file: string, path: string) => `${file}: ${path}: expected at least one band`,
  allowanceEmpty: (file: string, path: string) =>
    `${file}: ${path}.ratePerDayByYears: expected at least one daily rate`,
  ageRange: (file: string, path: string) => `${file}: ${path}: minAge must not be above maxAge`,
  ageBandsEmpty: (file: string, path: string) => `${file}: ${path}: expected at least one age band`,
  regionsEmpty: (file: string, path: string) => `${file}: ${path}: expected at least one region`,
  duplicateLumpSum: (file: string, path: string, kind: string) =>
    `${file}: ${path}.kind: a second "${kind}" product; expected at most one per kind`,
  sharesSum: (file: string, path: string, sum: number) =>
    `${file}: ${path}: the shares add up to ${sum}; expected 1`,
  prototypeKey: (file: string, path: string) =>
    `${file}: ${path}: this field name is not allowed (it would change every object's prototype)`,
  tooDeep: (file: string, depth: number) =>
    `${file}: nested more than ${depth} levels deep; expected a scenario of at most ${depth} levels`,

  // Details of a schema problem (the `detail` of `schema`)
  unknownField: () => "unknown field",
  missingField: () => "missing field",
  expectedType: (type: string) => `expected ${type}`,
  atLeast: (limit: number) => `expected a value of at least ${limit}`,
  atMost: (limit: number) => `expected a value of at most ${limit}`,
  above: (limit: number) => `expected a value above ${limit}`,
  atMostItems: (limit: number) => `expected at most ${limit} entries`,
  oneOf: (values: readonly string[]) => `expected one of ${values.join(", ")}`,
  notValid: (detail: string) => detail,

  // A run
  simulationOutOfRange: (setting: string, value: string, expected: string) =>
    `${setting}: ${value} is out of range; expected ${expected}`,
  wholeNumberRange: (min: number, max: number) =>
    `a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}`,
  wholeNumberFrom: (min: number) => `a whole number of ${min.toLocaleString("en-US")} or more`,
  numberRange: (min: number, max: number) => `a number from ${min} to ${max}`,
  notFinite: (what: string) =>
    `the run produced a figure that is not a finite number (${what}); check the scenario's assumptions`,
  cancelled: () => "cancelled",
  simulating: (paths: number, years: number, threads: number) =>
    `simulating ${paths.toLocaleString("en-US")} paths × ${years} years on ${threads} thread${threads === 1 ? "" : "s"} (Ctrl-C cancels)`,
  internalError: (detail: string) => `internal error: ${detail}`,

  // Command-line options
  optionMissing: (option: string) => `missing option ${option}`,
  optionValue: (option: string, value: string, expected: string) =>
    `option ${option}: "${value}" is not ${expected}`,
  optionUnknown: (option: string) => `unknown option ${option}`,
  optionNeedsValue: () => "given (the option needs a value)",
  optionOneOf: (choices: readonly string[]) => choices.join(" or "),
  optionThirdScenario: () => "allowed a third time (give one, or two to compare)",
  commandUnknown: (command: string) =>
    `unknown command "${command}"; expected benefit, simulate, merge, solve-fee or report`,

  // Shards of a run (`simulate --shard`, `merge`)
  shardSpec: (value: string, paths: number) =>
    `option --shard: "${value}" is not K/N with whole numbers 1 ≤ K ≤ N ≤ ${paths} (the paths)`,
  shardNeedsOut: () => "option --shard needs --out FILE.arrow (the shard's figures are written there)",
  mergeNoFiles: () =>
    "no shard files given; expected huzhu merge shard-1.arrow shard-2.arrow … --out results.json",
  shardUnreadable: (file: string, detail: string) =>
    `${file}: is not a Huzhu shard file (an Arrow IPC file written by huzhu simulate --shard): ${detail}`,
  shardMismatch: (file: string, field: string, value: string, first: string, expected: string) =>
    `${file}: ${field} ${value} differs from ${first} (${expected}); every shard of a merge must come from the same scenario, seed, paths, years and shard count`,
  shardOverlap: (file: string, other: string, shard: string, start: number, end: number) =>
    `${file}: shard ${shard} (paths ${start + 1}–${end}) overlaps ${other}, which holds the same block`,
  shardMissing: (missing: readonly string[], count: number) =>
    `missing shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count}; every block must be given once`,
  shardWritten: (
    scenario: string,
    index: number,
    count: number,
    first: number,
    last: number,
    paths: number,
    years: number,
    seed: number,
  ) =>
    `${scenario}: shard ${index}/${count}, paths ${first}–${last} of ${paths} × ${years} years, seed ${seed}`,
  solveSimulations: (fees: number, simulations: number) =>
    simulations === 1
      ? `${fees} fees from one simulation: no price elasticity, so the fee moves only contributions and each fee was replayed on the run's cash flows`
      : `${fees} fees, ${simulations} simulations (the price elasticity makes each fee move membership and claims)`,
  outMissingFolder: (file: string) => `--out ${file}: the folder does not exist`,
  outIsFolder: (file: string) => `--out ${file}: is a folder; expected a file name`,
  outNotWritable: (file: string, detail: string) => `--out ${file}: cannot be written (${detail})`,
  outputTooLarge: (rows: number, limit: number) =>
    `the JSON output would hold ${rows.toLocaleString("en-US")} rows; at most ${limit.toLocaleString("en-US")} are written as JSON (use --format csv)`,

  // CSV files
  csvMissingColumn: (file: string, column: string, found: readonly string[]) =>
    `${file}: missing required column "${column}" (found: ${found.join(", ") || "none"})`,
  csvEmpty: (file: string) => `${file}: no header row; expected a CSV file with a header`,
  csvRowWidth: (file: string, row: number, expected: number, found: number) =>
    `${file} row ${row}: ${found} fields, expected ${expected}`,
  csvUnterminatedQuote: (file: string, line: number) =>
    `${file} line ${line}: a quote (") opens a field here and is never closed`,
  csvDuplicateColumn: (file: string, column: string) =>
    `${file}: column "${column}" appears more than once in the header`,
  csvRow: (file: string, row: number, reason: string) => `${file} row ${row}: ${reason}`,
  csvQuoteSpansLines: (line: number, found: number, expected: number) =>
    `a quote opened on line ${line} runs over several lines, giving ${found} fields; expected ${expected} (is a quote (") missing or stray?)`,

  // Claim and member rows: the reason of an invalid row (the file and row are added by `csvRow`)
  badDate: (column: string, value: string) => `${column} "${value}" is not a date (expected YYYY-MM-DD)`,
  badAmount: (column: string, value: string) =>
    `${column} "${value}" is not an amount (expected a number of yuan, 0 or more)`,
  badChoice: (column: string, value: string, choices: readonly string[]) =>
    `${column} "${value}" is not one of ${choices.join(", ")}`,
  badCount: (column: string, value: string) => `${column} "${value}" is not a whole number of 1 or more`,
  periodEndBeforeStart: (start: string, end: string) => `period_end ${end} is before period_start ${start}`,
  unknownMember: (memberId: string) => `member_id "${memberId}" is not in the members file`,
  duplicateMember: (memberId: string) =>
    `member_id "${memberId}" has overlapping periods in the members file`,
  dischargeBeforeAdmission: (admission: string, discharge: string) =>
    `discharge_date ${discharge} is before admission_date ${admission}`,
  duplicateClaim: (claimId: string) => `claim_id "${claimId}" appears more than once`,
  invalidMember: (memberId: string, reason: string) => `member "${memberId}" has a bad row: ${reason}`,
  benefitSummary: (
    claims: number,
    scenario: string,
    paid: number,
    rejected: number,
    invalid: number,
    total: number,
  ) =>
    `${claims} claims under ${scenario}: ${paid} paid, ${rejected} rejected, ${invalid} invalid; total payout ${cents(total)} yuan`,
  benefitCompare: (scenario: string, total: number, difference: number) =>
    `under ${scenario}: total payout ${cents(total)} yuan (difference ${difference >= 0 ? "+" : ""}${cents(difference)})`,
  badMemberRows: (count: number) => `${count} member rows are bad; their claims are counted as invalid`,
  wroteFile: (file: string) => `wrote ${file}`,

  // huzhu simulate's table and huzhu solve-fee's lines (amounts come formatted)
  tableColumn: (index: number) =>
    [
      "year",
      "members",
      "claims",
      "contributions",
      "benefits paid (±se)",
      "loss ratio",
      "balance p5",
      "p50",
      "p95",
      "ruin (cum.)",
    ][index] ?? "",
  tableHeading: (scenario: string, paths: number, years: number, seed: number) =>
    `${scenario} — ${paths} paths × ${years} years, seed ${seed} (amounts in yuan; 万 = 10,000, 亿 = 100,000,000)`,
  tableRisk: (ruin: string, low: string, high: string, valueAtRisk: string, tailValueAtRisk: string) =>
    `ruin over the horizon: ${ruin} (95% CI ${low}–${high}); worst annual loss VaR 99.5% ${valueAtRisk}, TVaR 99.5% ${tailValueAtRisk}`,
  tableDifference: () => "Difference (second − first), on common random numbers, mean [95% CI]:",
  tableDifferenceYear: (year: number, benefits: string, balance: string) =>
    `  year ${year}: benefits paid ${benefits}; balance ${balance}`,
  tableDifferenceHorizon: (benefits: string, ruin: string) =>
    `  benefits over the horizon ${benefits}; ruin probability ${ruin}`,
  solveStep: (fee: string, ruin: string, result: string) =>
    `  fee ${fee}: ruin ${ruin}, mean yearly result ${result} yuan`,
  solveHeading: (scenario: string, paths: number, years: number, seed: number) =>
    `${scenario}: ${paths} paths × ${years} years, seed ${seed}`,
  solveLowest: (target: string, fee: string) => `lowest active fee with ruin probability ≤ ${target}: ${fee}`,
  solveBreakEven: (fee: string) => `break-even active fee (mean yearly result 0): ${fee}`,
  solveRetiree: (retiree: number, active: number) =>
    `(retiree fee moves in proportion: ${retiree} / ${active} of the active fee)`,
  solveFee: (fee: string) => `${fee} yuan`,
  solveNotFound: () => "not found up to 16× the current fee",
  csvSummary: (file: string, rows: number, blank: number) =>
    `${file}: ${rows.toLocaleString("en-US")} rows read, ${blank.toLocaleString("en-US")} blank lines skipped`,
};

/** The shape every language's catalogue has: the English one's codes and parameters. */
export type Catalogue = typeof en;
