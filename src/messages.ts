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
    `unknown command "${command}"; expected benefit, simulate, solve-fee, report or reserve`,

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

/** A text in both of the workbench's languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

const wan = (value: number): string =>
  `${(value / 10_000).toLocaleString("en-US", { maximumFractionDigits: 1 })}万`;
const percent = (p: number): string => `${(p * 100).toFixed(p > 0.99 && p < 1 ? 1 : 0)}%`;

/**
 * Messages of reserving (`huzhu reserve`, the Reserves tab) in English and Chinese: why a triangle file
 * is malformed (naming its row and column), why a method cannot be used on a triangle, and the adequacy
 * verdict a non-actuary can read.
 */
export const reserveMessage = {
  triangleEmpty: (file: string): Bilingual => ({
    en: `${file}: no rows; expected a header "origin,1,2,…" and one row per origin period`,
    zh: `${file}：没有数据行；应有表头 "origin,1,2,…" 和每个起始期一行`,
  }),
  triangleFirstColumn: (file: string, found: string): Bilingual => ({
    en: `${file} row 1 column 1: "${found}" should be "origin"`,
    zh: `${file} 第 1 行第 1 列："${found}" 应为 "origin"`,
  }),
  triangleHeader: (file: string, column: number, found: string): Bilingual => ({
    en: `${file} row 1 column ${column}: "${found}" should be the development period ${column - 1}`,
    zh: `${file} 第 1 行第 ${column} 列："${found}" 应为进展期 ${column - 1}`,
  }),
  triangleWidth: (file: string, row: number, found: number, expected: number): Bilingual => ({
    en: `${file} row ${row}: ${found} fields, expected ${expected}`,
    zh: `${file} 第 ${row} 行：有 ${found} 个字段，应为 ${expected} 个`,
  }),
  triangleOrigin: (file: string, row: number, origin: string): Bilingual => ({
    en: `${file} row ${row} column 1: origin "${origin}" is empty or repeated`,
    zh: `${file} 第 ${row} 行第 1 列：起始期 "${origin}" 为空或重复`,
  }),
  triangleCell: (file: string, row: number, column: number, value: string): Bilingual => ({
    en: `${file} row ${row} column ${column}: "${value}" is not a number (expected a cumulative amount, or empty for the future)`,
    zh: `${file} 第 ${row} 行第 ${column} 列："${value}" 不是数字（应为累计金额，未来期留空）`,
  }),
  triangleGap: (file: string, row: number, column: number): Bilingual => ({
    en: `${file} row ${row} column ${column}: a value after an empty cell; the future cells must all be at the end of the row`,
    zh: `${file} 第 ${row} 行第 ${column} 列：空单元格之后又有数值；未来期的空单元格必须都在行尾`,
  }),
  triangleRowEmpty: (file: string, row: number): Bilingual => ({
    en: `${file} row ${row}: no known value; expected at least development period 1`,
    zh: `${file} 第 ${row} 行：没有已知数值；至少应有进展期 1`,
  }),
  tooFewOrigins: (method: "chain ladder" | "Mack", found: number, needed: number): Bilingual => ({
    en: `${method} cannot be used: the triangle has ${found} origin periods, at least ${needed} are needed (value later, or use a finer grain)`,
    zh: `无法使用${method === "Mack" ? " Mack 法" : "链梯法"}：三角形只有 ${found} 个起始期，至少需要 ${needed} 个（请推迟评估日或改用更细的期间）`,
  }),
  zeroColumn: (period: number): Bilingual => ({
    en: `chain ladder cannot be used: development period ${period} sums to 0, so the factor from ${period} to ${period + 1} cannot be estimated (use a coarser grain or a longer history)`,
    zh: `无法使用链梯法：进展期 ${period} 合计为 0，无法估计 ${period}→${period + 1} 的进展因子（请改用更粗的期间或更长的历史）`,
  }),
  noSigma: (): Bilingual => ({
    en: "Mack's standard error cannot be computed: no development period has two or more origins to estimate its variance",
    zh: "无法计算 Mack 标准误：没有任何进展期有两个及以上起始期可用于估计方差",
  }),
  odpNegative: (period: number): Bilingual => ({
    en: `the ODP bootstrap cannot be used: development period ${period} has a negative total of incremental claims`,
    zh: `无法使用 ODP 自助法：进展期 ${period} 的增量赔款合计为负`,
  }),
  odpTooFewCells: (cells: number, parameters: number): Bilingual => ({
    en: `the ODP bootstrap cannot be used: ${cells} known cells for ${parameters} parameters; it needs more cells than parameters`,
    zh: `无法使用 ODP 自助法：已知单元格 ${cells} 个，参数 ${parameters} 个；单元格数必须多于参数数`,
  }),
  odpNoScale: (): Bilingual => ({
    en: "the ODP bootstrap cannot be used: every residual is zero, so the scale parameter is zero",
    zh: "无法使用 ODP 自助法：所有残差均为零，尺度参数为零",
  }),
  tailTooFew: (): Bilingual => ({
    en: "the tail factor cannot be fitted: fewer than two development factors above 1",
    zh: "无法拟合尾部因子：大于 1 的进展因子不足两个",
  }),
  tailNotDecaying: (): Bilingual => ({
    en: "the tail factor cannot be fitted: the development factors do not decrease towards 1",
    zh: "无法拟合尾部因子：进展因子没有向 1 递减",
  }),
  bfNoPrior: (origin: string): Bilingual => ({
    en: `Bornhuetter–Ferguson cannot be used: no a-priori expected amount for origin ${origin} (give --prior-loss-ratio or a scenario and members)`,
    zh: `无法使用 Bornhuetter–Ferguson 法：起始期 ${origin} 没有先验期望赔款（请给出 --prior-loss-ratio 或方案与成员文件）`,
  }),
  valuationDate: (value: string): Bilingual => ({
    en: `valuation date "${value}" is not a date (expected YYYY-MM-DD)`,
    zh: `评估日 "${value}" 不是日期（应为 YYYY-MM-DD）`,
  }),
  heldAmount: (value: string): Bilingual => ({
    en: `held reserve "${value}" is not an amount (expected yuan, 0 or more)`,
    zh: `现有准备金 "${value}" 不是金额（应为 0 或以上的元数）`,
  }),
  adequacy: (held: number, probability: number, needed995: number): Bilingual => ({
    en: `The held ${yuan(Math.round(held))} yuan covers outstanding claims with ${percent(probability)} probability; 99.5% needs ${yuan(Math.round(needed995))} yuan.`,
    zh: `现有准备金 ${wan(held)} 元足以支付未决赔款的概率为 ${percent(probability)}；要达到 99.5% 需要 ${wan(needed995)} 元。`,
  }),
  adequacyShortfall: (shortfall: number): Bilingual => ({
    en: ` Short of the 99.5% level by ${yuan(Math.round(shortfall))} yuan.`,
    zh: `距 99.5% 水平还差 ${wan(shortfall)} 元。`,
  }),
};
