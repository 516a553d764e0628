import { formatCents } from "../format/format-cents.ts";
import { yuan } from "../messages.ts";

/** An amount to the cent, with thousands separators. */
export const cents = (value: number) => formatCents(value, "en");

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
  stressAlone: () =>
    "given with --compare or --shard (a stress is run against its own base, on the whole run)",
  optionListOf: (choices: readonly string[]) => `a list of ${choices.join(", ")}`,
  optionDistinctListOf: (choices: readonly string[]) => `a list of distinct steps from ${choices.join(", ")}`,
  optionThirdScenario: () => "allowed a third time (give one, or two to compare)",
  commandUnknown: (command: string) =>
    `unknown command "${command}"; expected benefit, simulate, attribute, merge, solve-fee, synth, report or reserve`,

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
      "LR incurred",
      "LR paid",
      "balance p5",
      "p50",
      "p95",
      "ruin (cum.)",
    ][index] ?? "",
  tableHeading: (scenario: string, paths: number, years: number, seed: number) =>
    `${scenario} — ${paths} paths × ${years} years, seed ${seed} (amounts in yuan; 万 = 10,000, 亿 = 100,000,000)`,
  tableShocks: (
    frequencyCv: string,
    autocorrelation: number,
    inflationVolatility: string,
    epidemic: string,
    parameters: string,
  ) =>
    `common shocks: claim frequency CV ${frequencyCv} (autocorrelation ${autocorrelation}), inflation volatility ${inflationVolatility}, epidemic years ${epidemic} a year; parameter uncertainty ${parameters}`,
  tableParametersOn: (claimRateCv: string, selfPayCv: string) =>
    `on (claim rate CV ${claimRateCv}, self-pay CV ${selfPayCv})`,
  tableParametersOff: () => "off",
  tableLossRatios: () =>
    "LR incurred = benefits of the year's claims ÷ contributions; LR paid = benefits paid in the year's cash ÷ contributions",
  tableRuin: (basis: "balance" | "balanceLessLiabilities", ruin: string, low: string, high: string) =>
    `ruin (${basis === "balance" ? "balance below 0" : "balance below the outstanding claims"}) over the horizon: ${ruin} (95% CI ${low}–${high})`,
  tableLoss: (amount: string, gain: number) => (gain ? `${amount} (negative: a gain, no loss)` : amount),
  tableRisk: (valueAtRisk: string, tailValueAtRisk: string) =>
    `worst yearly loss of a path (positive = loss): VaR 99.5% ${valueAtRisk}, TVaR 99.5% ${tailValueAtRisk}`,
  tableReserveNeeded: (target: string, reserve: string, low: string, high: string) =>
    `opening reserve needed for ruin ≤ ${target}: ${reserve} (95% CI ${low}–${high})`,
  tableReserveUnresolved: (target: string, pathsNeeded: number) =>
    `; too few paths to resolve ${target}: needs ${pathsNeeded.toLocaleString("en-US")}`,
  tableBreakdown: (parts: readonly string[]) => `where the money goes, mean a year: ${parts.join("; ")}`,
  tableDifference: () => "Difference (second − first), on common random numbers, mean [95% CI]:",
  tableDifferenceYear: (year: number, benefits: string, balance: string) =>
    `  year ${year}: benefits paid ${benefits}; balance ${balance}`,
  tableDifferenceHorizon: (benefits: string, ruin: string) =>
    `  benefits over the horizon ${benefits}; ruin probability ${ruin}`,

  // huzhu simulate --stress and huzhu attribute (amounts come formatted)
  comparisonUnits: () => "amounts in yuan; 万 = 10,000, 亿 = 100,000,000",
  stressHeading: (scenario: string, stresses: string, paths: number, years: number, seed: number) =>
    `${scenario} — base and under stress (${stresses}): ${paths} paths × ${years} years, seed ${seed}, on common random numbers`,
  /** A column of the stress and attribution tables. */
  comparisonColumn: (
    column: "year" | "members" | "benefitsIncurred" | "result" | "ruin" | "ruinCumulative" | "difference",
  ) =>
    ({
      year: "year",
      members: "members",
      benefitsIncurred: "benefits incurred",
      result: "result",
      ruin: "ruin",
      ruinCumulative: "ruin (cum.)",
      difference: "Δ [95% CI]",
    })[column],
  stressBase: () => "base",
  stressStressed: () => "stressed",
  stressHorizon: (benefits: string, result: string, ruin: string) =>
    `over the horizon, stressed − base: benefits incurred ${benefits}; result ${result}; ruin probability ${ruin}`,
  stressNote: () =>
    "Δ = stressed − base, path by path on the same random numbers: exactly 0 where the stress has not acted yet",
  attributionHeading: (from: string, to: string, paths: number, years: number, seed: number) =>
    `Attribution ${from} → ${to}: ${paths} paths × ${years} years, seed ${seed}, steps on common random numbers`,
  attributionStepColumn: () => "step",
  attributionStart: () => "start (A)",
  attributionEnd: () => "end (B)",
  attributionTotal: () => "total B − A",
  attributionUnchanged: () => "(no change)",
  /** The name of an attribution step (the waterfall chart's bars and the command line's rows). */
  attributionStep: (step: string) =>
    ({
      bands: "Bands",
      cap: "Cap",
      deductible: "Deductible",
      allowance: "Allowance",
      fees: "Fees",
      assumptions: "Assumptions",
      other: "Other",
      total: "Total",
    })[step] ?? step,
  attributionOtherFields: (fields: string) => `fields moved in the other step: ${fields}`,
  attributionNote: () =>
    "Each step moves its fields from A to B in the order shown; changes over the horizon (benefits and result summed over the years, ruin within the horizon), rounded to whole yuan, so the steps add up exactly to the total.",

  // The band slots of a run's breakdown (charts, exports; bounds and rate come formatted)
  bandSlot: (from: string, upTo: string, rate: string) => `${from}–${upTo} at ${rate}`,
  bandSlotAbove: (from: string, rate: string) => `above ${from} at ${rate}`,
  bandSlotAll: (rate: string) => `all self-pay at ${rate}`,
  bandSlotSpecialOutpatient: (band: string) => `Special outpatient ${band}`,
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
  solveInterval: (low: string, high: string) => ` (Monte Carlo 95% interval ${low}–${high} yuan)`,
  solveIntervalOpen: () => "not found",
  solveNotResolved: (paths: number, target: string, needed: number) =>
    `not named: ${paths.toLocaleString("en-US")} paths cannot resolve a ruin probability of ${target} (a fee whose few paths happen not to be ruined would "meet" it); it needs at least ${needed.toLocaleString("en-US")} paths (--paths ${needed})`,
  solveBelowBreakEven: (years: number) =>
    `note: the ruin-target fee is below the break-even fee: over ${years} years the opening fund absorbs the expected yearly losses, so ruin stays rare; the fund runs down and a longer horizon would ruin it. Charge at least the break-even fee to keep the fund.`,
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
    `${read.toLocaleString("en-US")} claims read: ${used.toLocaleString("en-US")} paid by the fund and used, ${invalid.toLocaleString("en-US")} invalid, ${rejected.toLocaleString("en-US")} rejected or paying nothing; ${unknown.toLocaleString("en-US")} of those used were filed after the valuation date and are unknown to it`,
  reserveErrorMack: (process: number, estimation: number, total: number) =>
    `Standard error of the total, ${yuan(Math.round(total))} yuan = √(process ${yuan(Math.round(process))}² + estimation ${yuan(Math.round(estimation))}²) (Mack's recursion, with the covariance between origins).`,
  reserveErrorTail: (tail: string, se: string, sigma: string) =>
    `The tail factor ${tail} is one more development step with its own error: s.e. ${se}, σ ${sigma} (extrapolated log-linearly from the factors' errors, as R ChainLadder's MackChainLadder does).`,
  reserveErrorBf: (process: number, pattern: number, prior: number, cv: string, total: number) =>
    `Bornhuetter–Ferguson's own prediction error, ${yuan(Math.round(total))} yuan = √(process ${yuan(Math.round(process))}² + pattern ${yuan(Math.round(pattern))}² + prior ${yuan(Math.round(prior))}²), with the prior's CV ${cv}. A CV of 0 takes the prior as exact: the interval then leaves out how wrong the prior may be. The method (Mack's 2008 model with the chain-ladder pattern) is checked by simulation, not against a published example.`,
  reserveAssumedPaid: (count: number) =>
    `${count} paid claims have no paid_date: taken as paid on their filed date`,
  // Published vs simulated (the results tab's panel, huzhu calibrate)
  publishedHeading: () => "Published vs simulated",
  publishedIntro: (scenario: string, year: number, scenarioYear: number) =>
    `${scenario}: the model's expected year one (${scenarioYear}) beside the fund's published figures for ${year} and its published rates over several years. The expectation needs no run: it is computed from the scenario's assumptions, with the common shocks at their mean.` +
    (year === scenarioYear
      ? ""
      : ` No figures for ${scenarioYear} are published yet; the scenario starts from the published ${year} membership, so ${year}'s figures are compared.`),
  publishedNone: (scenario: string) =>
    `No published figures to compare with ${scenario}: data/published holds the Inner Mongolia fund's figures by year, and this scenario's file is not an Inner Mongolia one (inner-mongolia-2021, inner-mongolia-2025 and the files that extend them). Other cities' reports in the sources give only part-year totals.`,
  publishedColumn: (column: string) =>
    ({
      figure: "figure",
      period: "period",
      published: "published",
      expected: "model (expected)",
      difference: "difference",
      within: "within",
      source: "source",
    })[column] ?? column,
  publishedMeasure: (measure: string, product: string) =>
    `${
      {
        members: "members",
        person_times: "person-times",
        claims_per_100: "paid claims per 100 person-times",
        payout_per_claim: "payout per paid claim",
      }[measure] ?? measure
    } (${{ inpatient: "inpatient", special_disease: "women's special disease", all: "all products" }[product] ?? product}${measure === "payout_per_claim" ? ", yuan" : ""})`,
  publishedBasisRate: (numerator: string, denominator: string) => `${numerator} ÷ ${denominator}`,
  publishedDerived: () => "derived",
  publishedNoProduct: () => "not in this scenario",
  publishedWithin: (within: number): string => (within ? "yes" : "no"),
  publishedWithinCell: (within: number, tolerance: string) => `${within ? "yes" : "no"}, ±${tolerance}`,
  publishedDocument: (key: string) =>
    ({
      "im-review-2025": "Inner Mongolia workers' mutual aid, five-year review (2025)",
      "im-notice-2021": "Inner Mongolia Federation of Trade Unions, notice No. 5 (2021)",
      "im-daily-2020": "Inner Mongolia Daily, 2020-12-15",
      "im-government-2024": "Inner Mongolia government website, 2024-06-30",
      "nhc-bulletin-2023": "NHC statistical bulletin 2023",
    })[key] ?? "data/published",
  publishedVerdictWithin: (compared: number) =>
    `All ${compared} figures compared are within what a reasonable calibration gives (a year's counts within ±10%, rates within ±15%, the spread of the fund's own published periods).`,
  publishedVerdictOutside: (outside: number, compared: number, figures: readonly string[]) =>
    `${outside} of ${compared} figures compared are outside what a reasonable calibration gives (a year's counts within ±10%, rates within ±15%): ${figures.join("; ")}. The published rates average several years under earlier rules, so a gap can come from the rules (more generous bands pay more a claim) as much as from the assumptions.`,
  publishedDraftInvalid: () =>
    "The scenario in the form has problems (see the form); fix them to see its expectation beside the published figures.",
  publishedFootnote: () =>
    "Difference = model ÷ published − 1. Each rate is derived from two published figures (numerator ÷ denominator, given with its source). Not compared: units (the model counts none) and the 2019–2020 benefits (no published exposure). All figures: data/published/inner-mongolia.csv.",
};

/** The shape every language's catalogue has: the English one's codes and parameters. */
export type Catalogue = typeof en;
