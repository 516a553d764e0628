import { yuan } from "../messages.ts";
import { type Catalogue, cents } from "./en.ts";

const list = (items: readonly string[]) => items.join("、");
const count = (n: number) => n.toLocaleString("en-US");
/**
 * An amount in 万 (ten thousands) with at most one decimal.
 * @example
 * wan(1_234_567) // 123.4567 万, rounded to one decimal
 * // → "123.5万"
 * wan(50_000)
 * // → "5万"
 */
export const wan = (value: number) =>
  `${(value / 10_000).toLocaleString("en-US", { maximumFractionDigits: 1 })}万`;
const percent = (p: number) =>
  p >= 1 ? "100%" : p > 0.999 ? "超过 99.9%" : `${(p * 100).toFixed(p > 0.99 ? 1 : 0)}%`;
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
  pathInBand: (path, band) => `${path}（第 ${band} 段）`,
  bandFirstFrom: (file, path, from) => `${file}：${path}：第一段必须从 0 开始，而不是 ${yuan(from)}`,
  bandGap: (file, path, from, previousUpTo) =>
    `${file}：${path}：与上一段之间有空缺：应为 ${yuan(previousUpTo)}（上一段的终点），实为 ${yuan(from)}`,
  bandOverlap: (file, path, from, previousUpTo) =>
    `${file}：${path}：与上一段重叠：应为 ${yuan(previousUpTo)}（上一段的终点），实为 ${yuan(from)}`,
  bandEmpty: (file, path) => `${file}：${path}：必须大于本段的起点 "from"`,
  bandOpenNotLast: (file, path) => `${file}：${path}：只有最后一段可以不设终点（null）`,
  bandsEmpty: (file, path) => `${file}：${path}：至少需要一段`,
  allowanceEmpty: (file, path) => `${file}：${path}.ratePerDayByYears：至少需要一个每日补贴标准`,
  ageRange: (file, path) => `${file}：${path}：minAge 不能大于 maxAge`,
  ageBandsEmpty: (file, path) => `${file}：${path}：至少需要一个年龄段`,
  regionsEmpty: (file, path) => `${file}：${path}：至少需要一个地区`,
  duplicateLumpSum: (file, path, kind) => `${file}：${path}.kind：第二个 "${kind}" 产品；每类最多一个`,
  sharesSum: (file, path, sum) => `${file}：${path}：各比例之和为 ${sum}，应为 1`,
  prototypeKey: (file, path) => `${file}：${path}：不允许使用此字段名（会改变所有对象的原型）`,
  tooDeep: (file, depth) => `${file}：嵌套超过 ${depth} 层；方案最多 ${depth} 层`,

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
  atMostItems: (limit) => `最多 ${limit} 项`,
  oneOf: (values) => `应为以下之一：${list(values)}`,
  notValid: (detail) => detail,

  simulationOutOfRange: (setting, value, expected) => `${setting}：${value} 超出范围；应为${expected}`,
  wholeNumberRange: (min, max) => ` ${count(min)} 至 ${count(max)} 之间的整数`,
  wholeNumberFrom: (min) => `不小于 ${count(min)} 的整数`,
  numberRange: (min, max) => ` ${min} 至 ${max} 之间的数`,
  notFinite: (what) => `运行结果中出现了非有限数（${what}）；请检查方案的假设`,
  cancelled: () => "已取消",
  simulating: (paths, years, threads) =>
    `正在模拟 ${count(paths)} 条路径 × ${years} 年，${threads} 个线程（Ctrl-C 取消）`,
  internalError: (detail) => `内部错误：${detail}`,

  optionMissing: (option) => `缺少选项 ${option}`,
  optionValue: (option, value, expected) => `选项 ${option}："${value}" 不是${expected}`,
  optionUnknown: (option) => `未知选项 ${option}`,
  optionNeedsValue: () => "有效的值（此选项需要一个值）",
  optionOneOf: (choices) => choices.join(" 或 "),
  stressAlone: () => "可与 --compare 或 --shard 同用的选项（压力情景与其自身的基准对比，须完整运行）",
  optionListOf: (choices) => `以逗号分隔的 ${choices.join("、")} 列表`,
  optionDistinctListOf: (choices) => `以逗号分隔、互不重复的步骤列表（取自 ${choices.join("、")}）`,
  optionThirdScenario: () => "允许的第三个方案（给一个，或给两个进行比较）",
  commandUnknown: (command) =>
    `未知命令 "${command}"；应为 benefit、simulate、attribute、merge、solve-fee、synth、report 或 reserve`,
  shardSpec: (value, paths) =>
    `选项 --shard："${value}" 不是 K/N（K、N 为整数，1 ≤ K ≤ N ≤ 路径数 ${paths}）`,
  shardNeedsOut: () => "选项 --shard 需要 --out 文件.arrow（本分片的逐路径结果写入该文件）",
  mergeNoFiles: () => "未给出分片文件；应为 huzhu merge shard-1.arrow shard-2.arrow … --out results.json",
  shardUnreadable: (file, detail) =>
    `${file}：不是互助分片文件（应为 huzhu simulate --shard 写出的 Arrow IPC 文件）：${detail}`,
  shardMismatch: (file, field, value, first, expected) =>
    `${file}：${field} 为 ${value}，与 ${first}（${expected}）不同；合并的各分片必须来自同一情景、随机种子、路径数、年数和分片数`,
  shardOverlap: (file, other, shard, start, end) =>
    `${file}：分片 ${shard}（路径 ${start + 1}–${end}）与 ${other} 重叠（同一路径块）`,
  shardMissing: (missing, count) =>
    `缺少第 ${missing.join("、")} 个分片（共 ${count} 个）；每个路径块须恰好给出一次`,
  shardWritten: (scenario, index, count, first, last, paths, years, seed) =>
    `${scenario}：分片 ${index}/${count}，路径 ${first}–${last}（共 ${paths} 条）× ${years} 年，随机种子 ${seed}`,
  solveSimulations: (fees, simulations) =>
    simulations === 1
      ? `${fees} 个缴费标准取自同一次模拟：无价格弹性，缴费只改变缴费收入，各标准在该次模拟的现金流上重算`
      : `${fees} 个缴费标准，${simulations} 次模拟（价格弹性使每个缴费标准改变参保人数和理赔）`,
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
  benefitSummary: (claims, scenario, paid, rejected, invalid, total) =>
    `${scenario} 下共 ${claims} 笔理赔：${paid} 笔支付，${rejected} 笔拒付，${invalid} 笔无效；合计支付 ${cents(total)} 元`,
  benefitCompare: (scenario, total, difference) =>
    `${scenario} 下合计支付 ${cents(total)} 元（差额 ${difference >= 0 ? "+" : ""}${cents(difference)}）`,
  badMemberRows: (n) => `${n} 行会员记录有误；这些会员的理赔计为无效`,
  wroteFile: (file) => `已写入 ${file}`,

  tableColumn: (index) =>
    [
      "年",
      "会员",
      "受益人次",
      "缴费收入",
      "补助支出（±标准误）",
      "发生赔付率",
      "已付赔付率",
      "余额 p5",
      "p50",
      "p95",
      "破产（累计）",
    ][index] ?? "",
  tableHeading: (scenario, paths, years, seed) =>
    `${scenario} — ${paths} 条路径 × ${years} 年，随机种子 ${seed}（金额单位：元；万 = 10,000，亿 = 100,000,000）`,
  tableShocks: (frequencyCv, autocorrelation, inflationVolatility, epidemic, parameters) =>
    `共同冲击：就诊频率变异系数 ${frequencyCv}（自相关 ${autocorrelation}），医疗费用通胀波动 ${inflationVolatility}，疫情年份概率每年 ${epidemic}；参数不确定性${parameters}`,
  tableParametersOn: (claimRateCv, selfPayCv) =>
    `开启（受益率变异系数 ${claimRateCv}，自付水平变异系数 ${selfPayCv}）`,
  tableParametersOff: () => "关闭",
  tableLossRatios: () =>
    "发生赔付率 = 当年发生理赔的补助 ÷ 缴费收入；已付赔付率 = 当年实际支付的补助 ÷ 缴费收入",
  tableRuin: (basis, ruin, low, high) =>
    `预测期内破产概率（${basis === "balance" ? "余额低于 0" : "余额低于未决理赔"}）：${ruin}（95% 置信区间 ${low}–${high}）`,
  tableLoss: (amount, gain) => (gain ? `${amount}（负数：盈余，无亏损）` : amount),
  tableRisk: (valueAtRisk, tailValueAtRisk) =>
    `单条路径最大年度亏损（正数为亏损）：VaR 99.5% ${valueAtRisk}，TVaR 99.5% ${tailValueAtRisk}`,
  tableReserveNeeded: (target, reserve, low, high) =>
    `使破产概率 ≤ ${target} 所需期初准备金：${reserve}（95% 置信区间 ${low}–${high}）`,
  tableReserveUnresolved: (target, pathsNeeded) =>
    `；路径数太少，无法分辨 ${target}：至少需要 ${pathsNeeded.toLocaleString("en-US")} 条`,
  tableDifference: () => "差异（第二个 − 第一个），共同随机数，均值 [95% 置信区间]：",
  tableDifferenceYear: (year, benefits, balance) => `  第 ${year} 年：补助支出 ${benefits}；余额 ${balance}`,
  tableBreakdown: (parts) => `资金去向（年均）：${parts.join("；")}`,
  tableDifferenceHorizon: (benefits, ruin) => `  预测期补助支出 ${benefits}；破产概率 ${ruin}`,
  comparisonUnits: () => "金额单位：元；万 = 10,000，亿 = 100,000,000",
  stressHeading: (scenario, stresses, paths, years, seed) =>
    `${scenario} — 基准与压力情景（${stresses}）：${paths} 条路径 × ${years} 年，随机种子 ${seed}，共同随机数`,
  comparisonColumn: (column) =>
    ({
      year: "年",
      members: "会员数",
      benefitsIncurred: "发生互助金",
      result: "当年结余",
      ruin: "破产概率",
      ruinCumulative: "累计破产概率",
      difference: "差额 [95% 区间]",
    })[column],
  stressBase: () => "基准",
  stressStressed: () => "压力",
  stressHorizon: (benefits, result, ruin) =>
    `整个预测期，压力 − 基准：发生互助金 ${benefits}；结余 ${result}；破产概率 ${ruin}`,
  stressNote: () => "差额 = 压力 − 基准，在相同随机数上逐路径计算：压力尚未作用的年份差额恰为 0",
  attributionHeading: (from, to, paths, years, seed) =>
    `变动归因 ${from} → ${to}：${paths} 条路径 × ${years} 年，随机种子 ${seed}，各步骤使用共同随机数`,
  attributionStepColumn: () => "步骤",
  attributionStart: () => "起点（A）",
  attributionEnd: () => "终点（B）",
  attributionTotal: () => "合计 B − A",
  attributionUnchanged: () => "（无变化）",
  attributionStep: (step) =>
    ({
      bands: "分段比例",
      cap: "封顶线",
      deductible: "起付线",
      allowance: "住院补贴",
      fees: "会费",
      assumptions: "精算假设",
      other: "其他",
      total: "合计",
    })[step] ?? step,
  attributionOtherFields: (fields) => `“其他”步骤改动的字段：${fields}`,
  attributionNote: () =>
    "按所列顺序逐步将 A 的相应字段改为 B 的值；变动为整个预测期的合计（互助金与结余为各年之和，破产为预测期内），取整到元，因此各步骤之和恰等于合计。",
  bandSlot: (from, upTo, rate) => `${from}–${upTo}元 报销${rate}`,
  bandSlotAbove: (from, rate) => `${from}元以上 报销${rate}`,
  bandSlotAll: (rate) => `全部自付 报销${rate}`,
  bandSlotSpecialOutpatient: (band) => `门诊特殊病 ${band}`,
  solveStep: (fee, ruin, result) => `  缴费 ${fee}：破产概率 ${ruin}，平均年度结余 ${result} 元`,
  solveHeading: (scenario, paths, years, seed) =>
    `${scenario}：${paths} 条路径 × ${years} 年，随机种子 ${seed}`,
  solveLowest: (target, fee) => `破产概率不超过 ${target} 的最低在职缴费：${fee}`,
  solveBreakEven: (fee) => `收支平衡的在职缴费（平均年度结余为 0）：${fee}`,
  solveRetiree: (retiree, active) => `（退休缴费按比例变动：在职缴费的 ${retiree} / ${active}）`,
  solveFee: (fee) => `${fee} 元`,
  solveNotFound: () => "在当前缴费的 16 倍以内未找到",
  solveInterval: (low, high) => `（蒙特卡罗 95% 区间 ${low}–${high} 元）`,
  solveIntervalOpen: () => "未找到",
  solveNotResolved: (paths, target, needed) =>
    `不予给出：${paths.toLocaleString("en-US")} 条路径无法分辨 ${target} 的破产概率（少数路径恰好未破产的缴费也会"达标"）；至少需要 ${needed.toLocaleString("en-US")} 条路径（--paths ${needed}）`,
  solveBelowBreakEven: (years) =>
    `注意：满足破产目标的缴费低于盈亏平衡缴费：${years} 年内期初基金吸收了预期的年度亏损，所以破产少见；但基金在逐年减少，更长的期限会导致破产。要保住基金，缴费至少应为盈亏平衡缴费。`,
  csvSummary: (file, rows, blank) => `${file}：读取 ${count(rows)} 行，跳过 ${count(blank)} 个空行`,
  triangleEmpty: (file) => `${file}：没有数据行；应有表头 "origin,1,2,…" 和每个起始期一行`,
  triangleFirstColumn: (file, found) => `${file} 第 1 行第 1 列："${found}" 应为 "origin"`,
  triangleHeader: (file, column, found) =>
    `${file} 第 1 行第 ${column} 列："${found}" 应为进展期 ${column - 1}`,
  triangleWidth: (file, row, found, expected) =>
    `${file} 第 ${row} 行：有 ${found} 个字段，应为 ${expected} 个`,
  triangleOrigin: (file, row, origin) => `${file} 第 ${row} 行第 1 列：起始期 "${origin}" 为空或重复`,
  triangleCell: (file, row, column, value) =>
    `${file} 第 ${row} 行第 ${column} 列："${value}" 不是数字（应为累计金额，未来期留空）`,
  triangleGap: (file, row, column) =>
    `${file} 第 ${row} 行第 ${column} 列：空单元格之后又有数值；未来期的空单元格必须都在行尾`,
  triangleRowEmpty: (file, row) => `${file} 第 ${row} 行：没有已知数值；至少应有进展期 1`,
  reserveTooFewOrigins: (method, found, needed) =>
    `无法使用${method === "Mack" ? " Mack 法" : "链梯法"}：三角形只有 ${found} 个起始期，至少需要 ${needed} 个（请推迟评估日或改用更细的期间）`,
  reserveZeroColumn: (period) =>
    `无法使用链梯法：进展期 ${period} 合计为 0，无法估计 ${period}→${period + 1} 的进展因子（请改用更粗的期间或更长的历史）`,
  reserveNoSigma: () => "无法计算 Mack 标准误：没有任何进展期有两个及以上起始期可用于估计方差",
  reserveOdpNegative: (period) => `无法使用 ODP 自助法：进展期 ${period} 的增量赔款合计为负`,
  reserveOdpFitted: (period) => `无法使用 ODP 自助法：进展期 ${period} 的拟合增量不为正（进展因子小于 1）`,
  reserveOdpTooFewCells: (cells, parameters) =>
    `无法使用 ODP 自助法：已知单元格 ${cells} 个，参数 ${parameters} 个；单元格数必须多于参数数`,
  reserveOdpNoScale: () => "无法使用 ODP 自助法：所有残差均为零，尺度参数为零",
  reserveTailTooFew: () => "无法拟合尾部因子：大于 1 的进展因子不足两个",
  reserveTailNotDecaying: () => "无法拟合尾部因子：进展因子没有向 1 递减",
  reserveNoPrior: (origin) =>
    `无法使用 Bornhuetter–Ferguson 法：起始期 ${origin} 没有先验期望赔款（需要会员与理赔文件：先验为方案模型的期望赔付，或 --prior-loss-ratio × 会费）`,
  reserveValuationDate: (value) => `评估日 "${value}" 不是日期（应为 YYYY-MM-DD）`,
  reserveHeldAmount: (value) => `现有准备金 "${value}" 不是金额（应为 0 或以上的元数）`,
  reserveAdequacy: (held, probability, needed) =>
    `现有准备金 ${wan(held)}元足以支付未决赔款的概率为 ${percent(probability)}；要达到 99.5% 需要 ${wan(needed)}元。`,
  reserveAdequacyShort: (held, probability, needed, shortfall) =>
    `现有准备金 ${wan(held)}元足以支付未决赔款的概率为 ${percent(probability)}；要达到 99.5% 需要 ${wan(needed)}元，还差 ${wan(shortfall)}元。`,
  reserveClaimsRead: (read, used, invalid, rejected, unknown) =>
    `读取理赔 ${count(read)} 笔：基金赔付并纳入 ${count(used)} 笔，无效 ${count(invalid)} 笔，拒付或赔付为零 ${count(rejected)} 笔；纳入者中 ${count(unknown)} 笔在评估日之后才申报，本次评估不知其存在`,
  reserveErrorMack: (process, estimation, total) =>
    `合计的标准误 ${yuan(Math.round(total))} 元 = √(过程误差 ${yuan(Math.round(process))}² + 估计误差 ${yuan(Math.round(estimation))}²)（Mack 递推公式，含各起始期之间的协方差）。`,
  reserveErrorTail: (tail, se, sigma) =>
    `尾部因子 ${tail} 作为多出的一个进展期，带有自身误差：标准误 ${se}，σ ${sigma}（按 R ChainLadder 的 MackChainLadder，由各进展因子的误差对数线性外推）。`,
  reserveErrorBf: (process, pattern, prior, cv, total) =>
    `Bornhuetter–Ferguson 法自身的预测误差 ${yuan(Math.round(total))} 元 = √(过程误差 ${yuan(Math.round(process))}² + 进展模式误差 ${yuan(Math.round(pattern))}² + 先验误差 ${yuan(Math.round(prior))}²)，先验的变异系数为 ${cv}。变异系数为 0 即视先验为准确：此时区间不含先验本身可能的偏差。该方法（Mack 2008 模型，采用链梯法进展模式）经模拟检验，而非与已发表的算例核对。`,
  reserveAssumedPaid: (n) => `${n} 笔已赔付理赔没有 paid_date：按申报日视为已付`,
  publishedHeading: () => "公布数据与模拟对比",
  publishedIntro: (scenario, year, scenarioYear) =>
    `${scenario}：模型对第 1 年（${scenarioYear} 年）的期望值，与基金公布的 ${year} 年数据及多年公布比率对照。期望值无需运行模拟：由方案假设直接算出，共同冲击取其均值。` +
    (year === scenarioYear
      ? ""
      : `${scenarioYear} 年的数据尚未公布；本方案以公布的 ${year} 年参互人数为起点，因此与 ${year} 年数据对照。`),
  publishedNone: (scenario) =>
    `没有可与“${scenario}”对照的公布数据：data/published 只收录内蒙古基金的逐年数据，而本方案的文件不是内蒙古方案（inner-mongolia-2021、inner-mongolia-2025 及继承它们的文件）。资料中其他城市的报道只有不足一年的合计数。`,
  publishedColumn: (column) =>
    ({
      figure: "指标",
      period: "期间",
      published: "公布值",
      expected: "模型期望值",
      difference: "差异",
      within: "在范围内",
      source: "来源",
    })[column] ?? column,
  publishedMeasure: (measure, product) =>
    `${
      {
        members: "参互人数",
        person_times: "参互人次",
        claims_per_100: "每百人次补助件数",
        payout_per_claim: "件均补助",
      }[measure] ?? measure
    }（${{ inpatient: "住院", special_disease: "女性馨康", all: "全部项目" }[product] ?? product}${measure === "payout_per_claim" ? "，元" : ""}）`,
  publishedBasisRate: (numerator, denominator) => `${numerator} ÷ ${denominator}`,
  publishedDerived: () => "推算",
  publishedNoProduct: () => "本方案无此项目",
  publishedWithin: (within) => (within ? "是" : "否"),
  publishedWithinCell: (within, tolerance) => `${within ? "是" : "否"}（±${tolerance}）`,
  publishedDocument: (key) =>
    ({
      "im-review-2025": "内蒙古职工互助保障五年工作回顾（2025）",
      "im-notice-2021": "内蒙古自治区总工会内工发〔2021〕5号通知",
      "im-daily-2020": "内蒙古日报，2020-12-15",
      "im-government-2024": "内蒙古自治区人民政府网站，2024-06-30",
      "nhc-bulletin-2023": "国家卫生健康委 2023 年统计公报",
    })[key] ?? "data/published",
  publishedVerdictWithin: (compared) =>
    `参与对照的 ${compared} 项指标都在合理校准的范围内（当年人数 ±10%，比率 ±15%，即基金自身各公布期之间的差距）。`,
  publishedVerdictOutside: (outside, compared, figures) =>
    `参与对照的 ${compared} 项指标中有 ${outside} 项超出合理校准的范围（当年人数 ±10%，比率 ±15%）：${list(figures)}。公布的比率是按以往规则多年平均的结果，差距既可能来自规则（更优厚的分段比例使件均补助更高），也可能来自假设。`,
  publishedDraftInvalid: () => "表单中的方案有问题（见表单）；修正后才能显示其期望值与公布数据的对照。",
  publishedFootnote: () =>
    "差异 = 模型 ÷ 公布值 − 1。每个比率由两个公布数推算（分子 ÷ 分母，与来源一并列出）。未对照：参加单位数（模型不计单位）与 2019–2020 年补助金额（没有公布的参互人次）。全部数据：data/published/inner-mongolia.csv。",
} satisfies Catalogue;
