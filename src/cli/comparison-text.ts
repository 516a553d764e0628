import type { ExplanationLocale } from "../policy/explanation-text.ts";

/** The words of `simulate --stress` and `attribute` output, in English and Chinese. */
export interface ComparisonText {
  units: string;
  stressHeading: (scenario: string, stresses: string, paths: number, years: number, seed: number) => string;
  year: string;
  members: string;
  claims: string;
  benefitsIncurred: string;
  result: string;
  balance: string;
  ruin: string;
  base: string;
  stressed: string;
  difference: string;
  horizon: string;
  horizonLine: (benefits: string, result: string, ruin: string) => string;
  ruinNote: string;
  attributionHeading: (from: string, to: string, paths: number, years: number, seed: number) => string;
  step: string;
  start: string;
  end: string;
  total: string;
  unchanged: string;
  steps: Record<string, string>;
  attributionNote: string;
  otherFields: string;
}

export const COMPARISON_TEXT: Record<ExplanationLocale, ComparisonText> = {
  en: {
    units: "amounts in yuan; 万 = 10,000, 亿 = 100,000,000",
    stressHeading: (scenario, stresses, paths, years, seed) =>
      `${scenario} — base and under stress (${stresses}): ${paths} paths × ${years} years, seed ${seed}, on common random numbers`,
    year: "year",
    members: "members",
    claims: "claims",
    benefitsIncurred: "benefits incurred",
    result: "result",
    balance: "balance",
    ruin: "ruin (cum.)",
    base: "base",
    stressed: "stressed",
    difference: "Δ [95% CI]",
    horizon: "over the horizon",
    horizonLine: (benefits, result, ruin) =>
      `over the horizon, stressed − base: benefits incurred ${benefits}; result ${result}; ruin probability ${ruin}`,
    ruinNote:
      "Δ = stressed − base, path by path on the same random numbers: exactly 0 where the stress has not acted yet",
    attributionHeading: (from, to, paths, years, seed) =>
      `Attribution ${from} → ${to}: ${paths} paths × ${years} years, seed ${seed}, steps on common random numbers`,
    step: "step",
    start: "start (A)",
    end: "end (B)",
    total: "total B − A",
    unchanged: "(no change)",
    steps: {
      bands: "bands",
      cap: "cap",
      deductible: "deductible",
      allowance: "allowance",
      fees: "fees",
      assumptions: "assumptions",
      other: "other",
    },
    otherFields: "fields moved in the other step",
    attributionNote:
      "Each step moves its fields from A to B in the order shown; changes over the horizon (benefits and result summed over the years, ruin within the horizon), rounded to whole yuan, so the steps add up exactly to the total.",
  },
  zh: {
    units: "金额单位：元；万 = 10,000，亿 = 100,000,000",
    stressHeading: (scenario, stresses, paths, years, seed) =>
      `${scenario} — 基准与压力情景（${stresses}）：${paths} 条路径 × ${years} 年，随机种子 ${seed}，共同随机数`,
    year: "年",
    members: "会员数",
    claims: "赔付人次",
    benefitsIncurred: "发生互助金",
    result: "当年结余",
    balance: "基金余额",
    ruin: "累计破产概率",
    base: "基准",
    stressed: "压力",
    difference: "差额 [95% 区间]",
    horizon: "整个预测期",
    horizonLine: (benefits, result, ruin) =>
      `整个预测期，压力 − 基准：发生互助金 ${benefits}；结余 ${result}；破产概率 ${ruin}`,
    ruinNote: "差额 = 压力 − 基准，在相同随机数上逐路径计算：压力尚未作用的年份差额恰为 0",
    attributionHeading: (from, to, paths, years, seed) =>
      `变动归因 ${from} → ${to}：${paths} 条路径 × ${years} 年，随机种子 ${seed}，各步骤使用共同随机数`,
    step: "步骤",
    start: "起点（A）",
    end: "终点（B）",
    total: "合计 B − A",
    unchanged: "（无变化）",
    steps: {
      bands: "分段比例",
      cap: "封顶线",
      deductible: "起付线",
      allowance: "住院津贴",
      fees: "会费",
      assumptions: "精算假设",
      other: "其他",
    },
    otherFields: "“其他”步骤改动的字段",
    attributionNote:
      "按所列顺序逐步将 A 的相应字段改为 B 的值；变动为整个预测期的合计（互助金与结余为各年之和，破产为预测期内），取整到元，因此各步骤之和恰等于合计。",
  },
};
