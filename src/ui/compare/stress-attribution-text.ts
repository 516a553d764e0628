import type { ChartLocale } from "../../charts/locale.ts";

/**
 * The words of the comparison tab's stress test and attribution panel, in Chinese (the default) and
 * English. `{name}` marks a value filled in by {@link stressAttributionText}.
 */
const zh = {
  "stress.legend": "压力测试与变动归因",
  "stress.intro":
    "压力情景作用于方案 B，并与未加压力的 B 在相同随机数上并列比较；变动归因把 A → B 的差异逐步拆分为分段比例、封顶线、起付线、住院补贴、会费、精算假设和其他。",
  "stress.picker": "方案 B 的压力情景",
  "stress.run": "运行压力测试",
  "stress.attribute": "运行变动归因 A → B",
  "stress.none": "请至少选择一个压力情景。",
  "stress.running": "正在计算……",
  "stress.heading": "{scenario}：基准与压力（{stresses}），{paths} 条路径 × {years} 年，随机种子 {seed}",
  "stress.year": "年度",
  "stress.base": "基准",
  "stress.stressed": "压力",
  "stress.difference": "差额（95% 区间）",
  "stress.interval": "{change}（{low} ~ {high}）",
  "stress.members": "会员数",
  "stress.benefits": "发生互助金",
  "stress.result": "当年结余",
  "stress.ruin": "累计破产概率",
  "stress.horizon":
    "整个预测期，压力 − 基准：发生互助金 {benefits}，结余 {result}，破产概率 {ruin}（在相同随机数上逐路径比较；压力尚未作用的年份差额恰为 0）。",
  "stress.csv": "下载压力测试 CSV",
  "attribution.heading": "变动归因 {from} → {to}：{paths} 条路径 × {years} 年，随机种子 {seed}",
  "attribution.sentence": "发生互助金变动合计 {total}，其中影响最大的步骤是{steps}。",
  "attribution.sentenceNone": "A 与 B 的发生互助金没有差异。",
  "attribution.stepPart": "{step}（{change}）",
  "attribution.joiner": "、",
  "attribution.step": "步骤",
  "attribution.benefits": "发生互助金变动",
  "attribution.result": "结余变动",
  "attribution.ruin": "破产概率变动",
  "attribution.total": "合计 B − A",
  "attribution.note":
    "按所列顺序逐步将 A 的字段改为 B 的值，均在相同随机数上计算；金额为整个预测期合计并取整到元，各步骤之和恰等于合计。“其他”改动的字段：{other}",
  "attribution.csv": "下载变动归因 CSV",
  "attribution.nothingElse": "无",
} as const;

export type StressAttributionKey = keyof typeof zh;

const en: Record<StressAttributionKey, string> = {
  "stress.legend": "Stress test and attribution",
  "stress.intro":
    "A stress acts on scenario B and is compared with B unstressed on the same random numbers; the attribution splits the difference A → B into bands, cap, deductible, allowance, fees, assumptions and other, one step at a time.",
  "stress.picker": "Stresses on scenario B",
  "stress.run": "Run stress test",
  "stress.attribute": "Run attribution A → B",
  "stress.none": "Choose at least one stress.",
  "stress.running": "Working…",
  "stress.heading": "{scenario}: base and stressed ({stresses}), {paths} paths × {years} years, seed {seed}",
  "stress.year": "Year",
  "stress.base": "base",
  "stress.stressed": "stressed",
  "stress.difference": "difference (95% interval)",
  "stress.interval": "{change} ({low} to {high})",
  "stress.members": "Members",
  "stress.benefits": "Benefits incurred",
  "stress.result": "Result",
  "stress.ruin": "Ruin (cumulative)",
  "stress.horizon":
    "Over the horizon, stressed − base: benefits incurred {benefits}, result {result}, ruin probability {ruin} (path by path on the same random numbers; exactly 0 in years before the stress acts).",
  "stress.csv": "Download stress test CSV",
  "attribution.heading": "Attribution {from} → {to}: {paths} paths × {years} years, seed {seed}",
  "attribution.sentence": "Benefits incurred change by {total} in all; the largest steps are {steps}.",
  "attribution.sentenceNone": "A and B do not differ in benefits incurred.",
  "attribution.stepPart": "{step} ({change})",
  "attribution.joiner": ", ",
  "attribution.step": "Step",
  "attribution.benefits": "Change in benefits incurred",
  "attribution.result": "Change in result",
  "attribution.ruin": "Change in ruin probability",
  "attribution.total": "Total B − A",
  "attribution.note":
    "Each step moves its fields from A to B in the order shown, all on the same random numbers; amounts are totals over the horizon rounded to whole yuan, so the steps add up exactly to the total. Fields moved in 'other': {other}",
  "attribution.csv": "Download attribution CSV",
  "attribution.nothingElse": "none",
};

const catalogue: Record<ChartLocale, Record<StressAttributionKey, string>> = { zh, en };

/**
 * A text of the panel in `locale`, with `{name}` placeholders filled from `values`.
 * @example stressAttributionText("en", "attribution.stepPart", { step: "Cap", change: "+10k" })
 * // → "Cap (+10k)"
 */
export function stressAttributionText(
  locale: ChartLocale,
  key: StressAttributionKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return catalogue[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
