import { yuan } from "../messages.ts";

/**
 * The English catalogue: one function per message code, taking the message's parameters and returning
 * the text. `src/messages/zh.ts` has the same codes (a missing translation is a type error). A parameter
 * that is itself a message (a reason inside a row message) arrives already rendered, as text.
 */
/** A probability in words: 93%, 99.7%, or "more than 99.9%" (never a rounded 100% that is not certain). */
const chance = (p: number): string =>
  p >= 1 ? "100%" : p > 0.999 ? "more than 99.9%" : `${(p * 100).toFixed(p > 0.99 ? 1 : 0)}%`;

export const en = {
  // Scenario files
  fileUnreadable: (file: string, detail: string) => `${file}: cannot be read (${detail})`,
  jsonSyntax: (file: string, detail: string) => `${file}: is not valid JSON (${detail})`,
  notAnObject: (file: string) => `${file}: expected a JSON object with the scenario's fields`,
  extendsCycle: (chain: readonly string[]) =>
    `${chain[0]}: "extends" goes round in a circle: ${chain.join(" → ")}`,
  schema: (file: string, path: string, detail: string) => `${file}: ${path}: ${detail}`,
  bandFirstFrom: (file: string, path: string, from: number) =>
    `${file}: ${path}.from: the first band must start at 0, not ${yuan(from)}`,
  bandGap: (file: string, path: string, from: number, previousUpTo: number) =>
    `${file}: ${path}.from: leaves a gap: expected ${yuan(previousUpTo)} (where the previous band ends), found ${yuan(from)}`,
  bandOverlap: (file: string, path: string, from: number, previousUpTo: number) =>
    `${file}: ${path}.from: overlaps the previous band: expected ${yuan(previousUpTo)} (where the previous band ends), found ${yuan(from)}`,
  bandEmpty: (file: string, path: string) => `${file}: ${path}.upTo: must be above the band's "from"`,
  bandOpenNotLast: (file: string, path: string) =>
    `${file}: ${path}.upTo: only the last band may be open-ended (null)`,
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
  tooManyBands: (file: string, path: string, count: number, limit: number) =>
    `${file}: ${path}: ${count} bands; expected at most ${limit}`,

  // Details of a schema problem (the `detail` of `schema`)
  unknownField: () => "unknown field",
  missingField: () => "missing field",
  expectedType: (type: string) => `expected ${type}`,
  atLeast: (limit: number) => `expected a value of at least ${limit}`,
  atMost: (limit: number) => `expected a value of at most ${limit}`,
  above: (limit: number) => `expected a value above ${limit}`,
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
    `unknown command "${command}"; expected benefit, simulate, solve-fee, synth, report or reserve`,
  synthYearFrom: (from: number) => `a year from --from (${from}) on`,
  synthYearsAtMost: (years: number) => `at most ${years} years after --from`,
  outDirUnwritable: (dir: string, detail: string) => `--out-dir ${dir}: cannot be created (${detail})`,
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
  csvSummary: (file: string, rows: number, blank: number) =>
    `${file}: ${rows.toLocaleString("en-US")} rows read, ${blank.toLocaleString("en-US")} blank lines skipped`,
  // Reserving (huzhu reserve, the Reserves tab)
  triangleEmpty: (file: string) =>
    `${file}: no rows; expected a header "origin,1,2,…" and one row per origin period`,
  triangleFirstColumn: (file: string, found: string) =>
    `${file} row 1 column 1: "${found}" should be "origin"`,
  triangleHeader: (file: string, column: number, found: string) =>
    `${file} row 1 column ${column}: "${found}" should be the development period ${column - 1}`,
  triangleWidth: (file: string, row: number, found: number, expected: number) =>
    `${file} row ${row}: ${found} fields, expected ${expected}`,
  triangleOrigin: (file: string, row: number, origin: string) =>
    `${file} row ${row} column 1: origin "${origin}" is empty or repeated`,
  triangleCell: (file: string, row: number, column: number, value: string) =>
    `${file} row ${row} column ${column}: "${value}" is not a number (expected a cumulative amount, or empty for the future)`,
  triangleGap: (file: string, row: number, column: number) =>
    `${file} row ${row} column ${column}: a value after an empty cell; the future cells must all be at the end of the row`,
  triangleRowEmpty: (file: string, row: number) =>
    `${file} row ${row}: no known value; expected at least development period 1`,
  reserveTooFewOrigins: (method: string, found: number, needed: number) =>
    `${method === "Mack" ? "Mack" : "chain ladder"} cannot be used: the triangle has ${found} origin periods, at least ${needed} are needed (value later, or use a finer grain)`,
  reserveZeroColumn: (period: number) =>
    `chain ladder cannot be used: development period ${period} sums to 0, so the factor from ${period} to ${period + 1} cannot be estimated (use a coarser grain or a longer history)`,
  reserveNoSigma: () =>
    "Mack's standard error cannot be computed: no development period has two or more origins to estimate its variance",
  reserveOdpNegative: (period: number) =>
    `the ODP bootstrap cannot be used: development period ${period} has a negative total of incremental claims`,
  reserveOdpFitted: (period: number) =>
    `the ODP bootstrap cannot be used: a fitted increment of development period ${period} is not positive (a development factor below 1)`,
  reserveOdpTooFewCells: (cells: number, parameters: number) =>
    `the ODP bootstrap cannot be used: ${cells} known cells for ${parameters} parameters; it needs more cells than parameters`,
  reserveOdpNoScale: () =>
    "the ODP bootstrap cannot be used: every residual is zero, so the scale parameter is zero",
  reserveTailTooFew: () => "the tail factor cannot be fitted: fewer than two development factors above 1",
  reserveTailNotDecaying: () =>
    "the tail factor cannot be fitted: the development factors do not decrease towards 1",
  reserveNoPrior: (origin: string) =>
    `Bornhuetter–Ferguson cannot be used: no a-priori expected amount for origin ${origin} (it needs members' and claims' files: the prior is the scenario's expected payout, or --prior-loss-ratio × contributions)`,
  reserveValuationDate: (value: string) => `valuation date "${value}" is not a date (expected YYYY-MM-DD)`,
  reserveHeldAmount: (value: string) => `held reserve "${value}" is not an amount (expected yuan, 0 or more)`,
  reserveAdequacy: (held: number, probability: number, needed: number) =>
    `The held ${yuan(Math.round(held))} yuan covers outstanding claims with ${chance(probability)} probability; 99.5% needs ${yuan(Math.round(needed))} yuan.`,
  reserveAdequacyShort: (held: number, probability: number, needed: number, shortfall: number) =>
    `The held ${yuan(Math.round(held))} yuan covers outstanding claims with ${chance(probability)} probability; 99.5% needs ${yuan(Math.round(needed))} yuan. Short of the 99.5% level by ${yuan(Math.round(shortfall))} yuan.`,
  reserveClaimsRead: (read: number, used: number, invalid: number, rejected: number, unknown: number) =>
    `${read} claims read: ${used} paid by the fund and used, ${invalid} invalid, ${rejected} rejected or paying nothing; ${unknown} of those used were filed after the valuation date and are unknown to it`,
  reserveAssumedPaid: (count: number) =>
    `${count} paid claims have no paid_date: taken as paid on their filed date`,
};

/** The shape every language's catalogue has: the English one's codes and parameters. */
export type Catalogue = typeof en;
