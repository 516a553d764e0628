/**
 * The one catalogue of user-facing messages. Every error and warning that reaches a user (command line,
 * workbench, notebook) is made here, names the file, row, field or option that is wrong and says what
 * was expected. Tests assert these texts.
 */
import { formatNumber } from "./format/format-number.ts";

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

const yuan = (value: number): string => formatNumber(value, "en");

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
    `unknown command "${command}"; expected benefit, simulate, merge, solve-fee or report`,

  // Shards of a run (`simulate --shard`, `merge`): each in English, then in Chinese (two lines)
  shardSpec: (value: string, paths: number) => [
    `option --shard: "${value}" is not K/N with whole numbers 1 ≤ K ≤ N ≤ ${paths} (the paths)`,
    `选项 --shard："${value}" 不是 K/N（K、N 为整数，1 ≤ K ≤ N ≤ 路径数 ${paths}）`,
  ],
  shardNeedsOut: () => [
    "option --shard needs --out FILE.arrow (the shard's figures are written there)",
    "选项 --shard 需要 --out 文件.arrow（本分片的逐路径结果写入该文件）",
  ],
  mergeNoFiles: () => [
    "no shard files given; expected huzhu merge shard-1.arrow shard-2.arrow … --out results.json",
    "未给出分片文件；应为 huzhu merge shard-1.arrow shard-2.arrow … --out results.json",
  ],
  shardUnreadable: (file: string, detail: string) => [
    `${file}: is not a Huzhu shard file (an Arrow IPC file written by huzhu simulate --shard): ${detail}`,
    `${file}：不是互助分片文件（应为 huzhu simulate --shard 写出的 Arrow IPC 文件）：${detail}`,
  ],
  shardMismatch: (file: string, field: string, value: string, first: string, expected: string) => [
    `${file}: ${field} ${value} differs from ${first} (${expected}); every shard of a merge must come from the same scenario, seed, paths, years and shard count`,
    `${file}：${field} 为 ${value}，与 ${first}（${expected}）不同；合并的各分片必须来自同一情景、随机种子、路径数、年数和分片数`,
  ],
  shardOverlap: (file: string, other: string, shard: string, start: number, end: number) => [
    `${file}: shard ${shard} (paths ${start + 1}–${end}) overlaps ${other}, which holds the same block`,
    `${file}：分片 ${shard}（路径 ${start + 1}–${end}）与 ${other} 重叠（同一路径块）`,
  ],
  shardMissing: (missing: string[], count: number) => [
    `missing shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count}; every block must be given once`,
    `缺少第 ${missing.join("、")} 个分片（共 ${count} 个）；每个路径块须恰好给出一次`,
  ],

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
