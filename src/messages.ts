/**
 * The one catalogue of user-facing messages. Every error and warning that reaches a user (command line,
 * workbench, notebook) is made here, names the file, row, field or option that is wrong and says what
 * was expected. Tests assert these texts.
 */

/** A problem with the user's input: the command exits with code 2 and prints `message`. */
export class InputError extends Error {
  /** Each problem on its own line, e.g. `scenarios/x.json: policy.inpatient.bands[2].from: …`. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}

const yuan = (value: number): string => value.toLocaleString("en-US", { maximumFractionDigits: 2 });

export const message = {
  // Scenario files
  fileUnreadable: (file: string, detail: string) => `${file}: cannot be read (${detail})`,
  jsonSyntax: (file: string, detail: string) => `${file}: is not valid JSON (${detail})`,
  notAnObject: (file: string) => `${file}: expected a JSON object with the scenario's fields`,
  extendsCycle: (chain: string[]) => `${chain[0]}: "extends" goes round in a circle: ${chain.join(" → ")}`,
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

  // Command-line options
  optionMissing: (option: string) => `missing option ${option}`,
  optionValue: (option: string, value: string, expected: string) =>
    `option ${option}: "${value}" is not ${expected}`,
  optionUnknown: (option: string) => `unknown option ${option}`,
  commandUnknown: (command: string) =>
    `unknown command "${command}"; expected benefit, simulate, solve-fee, report or attribute`,

  // CSV files
  csvMissingColumn: (file: string, column: string, found: string[]) =>
    `${file}: missing required column "${column}" (found: ${found.join(", ") || "none"})`,
  csvEmpty: (file: string) => `${file}: no header row; expected a CSV file with a header`,
  csvRowWidth: (file: string, row: number, expected: number, found: number) =>
    `${file} row ${row}: ${found} fields, expected ${expected}`,

  // Claim rows: the reason of an invalid claim (the file and row are added by the caller)
  badDate: (column: string, value: string) => `${column} "${value}" is not a date (expected YYYY-MM-DD)`,
  badAmount: (column: string, value: string) =>
    `${column} "${value}" is not an amount (expected a number of yuan, 0 or more)`,
  badChoice: (column: string, value: string, choices: readonly string[]) =>
    `${column} "${value}" is not one of ${choices.join(", ")}`,
  badCount: (column: string, value: string) => `${column} "${value}" is not a whole number of 1 or more`,
  unknownMember: (memberId: string) => `member_id "${memberId}" is not in the members file`,
  duplicateMember: (memberId: string) =>
    `member_id "${memberId}" has overlapping periods in the members file`,
  dischargeBeforeAdmission: (admission: string, discharge: string) =>
    `discharge_date ${discharge} is before admission_date ${admission}`,
  duplicateClaim: (claimId: string) => `claim_id "${claimId}" appears more than once`,
  invalidMember: (memberId: string, reason: string) => `member "${memberId}" has a bad row: ${reason}`,
} as const;
