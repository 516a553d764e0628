import { yuan } from "../messages.ts";
import type { Catalogue } from "./en.ts";

const list = (items: readonly string[]) => items.join("、");
const count = (n: number) => n.toLocaleString("en-US");
const TYPES: Readonly<Record<string, string>> = {
  number: "数字",
  integer: "整数",
  string: "文本",
  boolean: "true 或 false",
  object: "对象",
  array: "数组",
  null: "null",
};

/** The Chinese catalogue: the same codes and parameters as `src/messages/en.ts`. */
export const zh = {
  fileUnreadable: (file, detail) => `${file}：无法读取（${detail}）`,
  jsonSyntax: (file, detail) => `${file}：不是有效的 JSON（${detail}）`,
  notAnObject: (file) => `${file}：应为包含方案字段的 JSON 对象`,
  extendsCycle: (chain) => `${chain[0]}："extends" 形成循环：${chain.join(" → ")}`,
  schema: (file, path, detail) => `${file}：${path}：${detail}`,
  bandFirstFrom: (file, path, from) => `${file}：${path}.from：第一段必须从 0 开始，而不是 ${yuan(from)}`,
  bandGap: (file, path, from, previousUpTo) =>
    `${file}：${path}.from：与上一段之间有空缺：应为 ${yuan(previousUpTo)}（上一段的终点），实为 ${yuan(from)}`,
  bandOverlap: (file, path, from, previousUpTo) =>
    `${file}：${path}.from：与上一段重叠：应为 ${yuan(previousUpTo)}（上一段的终点），实为 ${yuan(from)}`,
  bandEmpty: (file, path) => `${file}：${path}.upTo：必须大于本段的起点 "from"`,
  bandOpenNotLast: (file, path) => `${file}：${path}.upTo：只有最后一段可以不设终点（null）`,
  bandsEmpty: (file, path) => `${file}：${path}：至少需要一段`,
  allowanceEmpty: (file, path) => `${file}：${path}.ratePerDayByYears：至少需要一个每日补贴标准`,
  ageRange: (file, path) => `${file}：${path}：minAge 不能大于 maxAge`,
  ageBandsEmpty: (file, path) => `${file}：${path}：至少需要一个年龄段`,
  regionsEmpty: (file, path) => `${file}：${path}：至少需要一个地区`,
  duplicateLumpSum: (file, path, kind) => `${file}：${path}.kind：第二个 "${kind}" 产品；每类最多一个`,
  sharesSum: (file, path, sum) => `${file}：${path}：各比例之和为 ${sum}，应为 1`,
  prototypeKey: (file, path) => `${file}：${path}：不允许使用此字段名（会改变所有对象的原型）`,
  tooDeep: (file, depth) => `${file}：嵌套超过 ${depth} 层；方案最多 ${depth} 层`,
  tooManyBands: (file, path, n, limit) => `${file}：${path}：共 ${n} 段，最多 ${limit} 段`,

  unknownField: () => "未知字段",
  missingField: () => "缺少字段",
  expectedType: (type) =>
    `应为${type
      .split(",")
      .map((name) => TYPES[name] ?? ` ${name} `)
      .join("或 ")}`,
  atLeast: (limit) => `应不小于 ${limit}`,
  atMost: (limit) => `应不大于 ${limit}`,
  above: (limit) => `应大于 ${limit}`,
  oneOf: (values) => `应为以下之一：${list(values)}`,
  notValid: (detail) => detail,

  simulationOutOfRange: (setting, value, expected) => `${setting}：${value} 超出范围；应为${expected}`,
  wholeNumberRange: (min, max) => ` ${count(min)} 至 ${count(max)} 之间的整数`,
  wholeNumberFrom: (min) => `不小于 ${count(min)} 的整数`,
  numberRange: (min, max) => ` ${min} 至 ${max} 之间的数`,
  notFinite: (what) => `运行结果中出现了非有限数（${what}）；请检查方案的假设`,
  cancelled: () => "已取消",
  internalError: (detail) => `内部错误：${detail}`,

  optionMissing: (option) => `缺少选项 ${option}`,
  optionValue: (option, value, expected) => `选项 ${option}："${value}" 不是${expected}`,
  optionUnknown: (option) => `未知选项 ${option}`,
  optionNeedsValue: () => "有效的值（此选项需要一个值）",
  optionOneOf: (choices) => choices.join(" 或 "),
  optionThirdScenario: () => "允许的第三个方案（给一个，或给两个进行比较）",
  commandUnknown: (command) => `未知命令 "${command}"；应为 benefit、simulate、solve-fee、report 或 synth`,
  synthYearFrom: (from) => `不早于 --from（${from}）的年份`,
  synthYearsAtMost: (years) => `--from 之后至多 ${years} 年`,
  outDirUnwritable: (dir, detail) => `--out-dir ${dir}：无法创建（${detail}）`,
  outMissingFolder: (file) => `--out ${file}：文件夹不存在`,
  outIsFolder: (file) => `--out ${file}：是一个文件夹；应为文件名`,
  outNotWritable: (file, detail) => `--out ${file}：无法写入（${detail}）`,
  outputTooLarge: (rows, limit) =>
    `JSON 输出将有 ${count(rows)} 行；JSON 格式最多输出 ${count(limit)} 行（请使用 --format csv）`,

  csvMissingColumn: (file, column, found) =>
    `${file}：缺少必需的列 "${column}"（现有列：${list(found) || "无"}）`,
  csvEmpty: (file) => `${file}：没有表头行；应为带表头的 CSV 文件`,
  csvRowWidth: (file, row, expected, found) =>
    `${file} 第 ${row} 行：有 ${found} 个字段，应为 ${expected} 个`,
  csvUnterminatedQuote: (file, line) =>
    `${file} 第 ${line} 行：此处的引号（"）开始了一个字段，但始终没有闭合`,
  csvDuplicateColumn: (file, column) => `${file}：表头中列 "${column}" 出现了不止一次`,
  csvRow: (file, row, reason) => `${file} 第 ${row} 行：${reason}`,
  csvQuoteSpansLines: (line, found, expected) =>
    `第 ${line} 行开始的引号跨越了多行，得到 ${found} 个字段，应为 ${expected} 个（是否缺少或多出了引号 "？）`,

  badDate: (column, value) => `${column} "${value}" 不是日期（应为 YYYY-MM-DD）`,
  badAmount: (column, value) => `${column} "${value}" 不是金额（应为不小于 0 的元数）`,
  badChoice: (column, value, choices) => `${column} "${value}" 不是以下之一：${list(choices)}`,
  badCount: (column, value) => `${column} "${value}" 不是不小于 1 的整数`,
  periodEndBeforeStart: (start, end) => `period_end ${end} 早于 period_start ${start}`,
  unknownMember: (memberId) => `member_id "${memberId}" 不在会员文件中`,
  duplicateMember: (memberId) => `member_id "${memberId}" 在会员文件中的参保期间相互重叠`,
  dischargeBeforeAdmission: (admission, discharge) =>
    `discharge_date ${discharge} 早于 admission_date ${admission}`,
  duplicateClaim: (claimId) => `claim_id "${claimId}" 出现了不止一次`,
  invalidMember: (memberId, reason) => `会员 "${memberId}" 的行有误：${reason}`,
  csvSummary: (file, rows, blank) => `${file}：读取 ${count(rows)} 行，跳过 ${count(blank)} 个空行`,
} satisfies Catalogue;
