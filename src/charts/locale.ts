/**
 * Chart locales and the label catalogue shared by the chart specs, the UI and the tests.
 *
 * Every title, subtitle, axis title, legend title and tooltip field title used by the specs in
 * `src/charts/` comes from {@link chartText}, so a test or a UI component can look up the exact
 * string a chart shows.
 */
import type { Language } from "../format/language.ts";
import { message, renderMessage } from "../messages.ts";
import { ATTRIBUTION_STEPS } from "../scenario/attribution-steps.ts";

/** The locales the charts support: Simplified Chinese (the default) and English. */
export type ChartLocale = Language;

/** The locale used when a spec's `locale` option is omitted. */
export const DEFAULT_LOCALE: ChartLocale = "zh";

/**
 * Titles, axis titles and field titles, per chart. Amount axis titles state the unit (yuan).
 * Subtitles may contain "\n": each line becomes a subtitle line (keeps lines short, as Vega's text
 * width estimate without a canvas, e.g. in Node, would otherwise shrink the plot to fit a long line).
 */
export interface ChartText {
  readonly common: {
    readonly year: string;
    readonly scenario: string;
  };
  readonly fundBalance: {
    readonly title: string;
    readonly subtitle: string;
    readonly x: string;
    readonly y: string;
    readonly median: string;
    readonly band50: string;
    readonly band90: string;
    readonly band98: string;
    readonly reserveFloor: string;
  };
  readonly ruin: {
    readonly title: string;
    readonly subtitle: string;
    /** The subtitle when ruin means the balance falling below the outstanding claims. */
    readonly subtitleLiabilities: string;
    readonly x: string;
    readonly y: string;
    readonly value: string;
    readonly ci: string;
    /** Label of the upper-bound line drawn when no path was ruined. */
    readonly upperBound: string;
  };
  readonly lossRatio: {
    readonly title: string;
    readonly subtitle: string;
    /** Subtitle in compare mode, where the mean rules are not labelled. */
    readonly subtitleCompare: string;
    readonly x: string;
    readonly y: string;
    readonly range: string;
    readonly count: string;
    readonly share: string;
    readonly mean: string;
    readonly breakEven: string;
    /** Title suffix of a one-year histogram: "第 {year} 年". */
    readonly year: string;
    /** Axis and tooltip names of a one-year histogram, whose rows are paths (not path-years). */
    readonly oneYear: { readonly y: string; readonly count: string; readonly share: string };
  };
  readonly reserve: {
    readonly title: string;
    readonly subtitle: string;
    readonly x: string;
    readonly y: string;
    readonly amount: string;
    readonly density: string;
    readonly held: string;
    readonly p995: string;
    readonly mean: string;
  };
  readonly breakdown: {
    readonly title: string;
    readonly subtitle: string;
    readonly x: string;
    readonly y: string;
    readonly status: string;
    readonly active: string;
    readonly retiree: string;
    /** Rows not split by status (lump-sum products). */
    readonly allMembers: string;
    readonly amount: string;
    readonly total: string;
    /** Display names for well-known component keys; other components are shown verbatim. */
    readonly components: Readonly<Record<string, string>>;
  };
  readonly difference: {
    readonly title: string;
    readonly subtitle: string;
    readonly x: string;
    readonly mean: string;
    readonly ci: string;
    /** Display names for well-known measure keys; other measures are shown verbatim. */
    readonly measures: Readonly<Record<string, string>>;
    /** Y axis title suffix per unit, e.g. "（元）". */
    readonly unitSuffix: Readonly<Record<"yuan" | "probability" | "ratio" | "count", string>>;
  };
  readonly waterfall: {
    readonly title: string;
    readonly subtitle: string;
    readonly x: string;
    readonly step: string;
    readonly change: string;
    readonly ci: string;
    readonly direction: string;
    readonly increase: string;
    readonly decrease: string;
    readonly total: string;
    /** Display names of the attribution steps (bands, cap, …, other, total). */
    readonly steps: Readonly<Record<string, string>>;
    /** Display names of the measures, with their unit. */
    readonly measures: Readonly<Record<string, string>>;
  };
  readonly feeRuin: {
    readonly title: string;
    readonly subtitle: string;
    readonly x: string;
    readonly y: string;
    readonly ci: string;
    readonly target: string;
    readonly mark: string;
    /** Display names for well-known fee mark labels; other labels are shown verbatim. */
    readonly marks: Readonly<Record<string, string>>;
  };
}

/** The attribution steps' names (and the total's), from the message catalogue the command line uses too. */
function stepNames(language: Language): Record<string, string> {
  return Object.fromEntries(
    [...ATTRIBUTION_STEPS, "other", "total"].map((step) => [
      step,
      renderMessage(message.attributionStep(step), language),
    ]),
  );
}

const zh: ChartText = {
  common: { year: "年度", scenario: "方案" },
  fundBalance: {
    title: "基金余额预测",
    subtitle: "中位数，阴影由深到浅为 50%、90%、98% 区间",
    x: "预测年度",
    y: "基金余额（元）",
    median: "中位数",
    band50: "25%–75% 区间",
    band90: "5%–95% 区间",
    band98: "1%–99% 区间",
    reserveFloor: "准备金下限",
  },
  ruin: {
    title: "累计破产概率",
    subtitle:
      "截至各年度基金余额（含风险准备金）跌破零的概率\n阴影为 95% 置信区间；无破产路径时点线为 95% 上限",
    subtitleLiabilities:
      "截至各年度基金余额跌破未决补助（已发生未支付）的概率\n阴影为 95% 置信区间；无破产路径时点线为 95% 上限",
    x: "预测年度",
    y: "累计破产概率",
    value: "破产概率",
    ci: "95% 置信区间",
    upperBound: "无破产路径，95% 上限",
  },
  lossRatio: {
    title: "年度赔付率分布",
    subtitle: "已发生赔付率 = 当年发生的补助（不论何时支付）÷ 缴费收入\n按模拟路径统计",
    subtitleCompare:
      "已发生赔付率 = 当年发生的补助（不论何时支付）÷ 缴费收入\n按模拟路径统计\n实线为各方案均值，虚线为收支平衡（1 − 管理费用率）",
    x: "赔付率",
    y: "路径-年度占比",
    range: "赔付率区间",
    count: "路径-年度数",
    share: "占比",
    mean: "均值",
    breakEven: "收支平衡",
    year: "第 {year} 年",
    oneYear: { y: "路径占比", count: "路径数", share: "占比" },
  },
  reserve: {
    title: "未决赔款分布",
    subtitle: "基金对评估日前已发生理赔仍欠的金额\n实线为均值，虚线为现有准备金与 99.5% 分位",
    x: "未决赔款（元）",
    y: "概率密度",
    amount: "未决赔款",
    density: "概率密度",
    held: "现有准备金",
    p995: "99.5% 分位",
    mean: "均值",
  },
  breakdown: {
    title: "资金去向",
    subtitle: "各给付项目的年均支出，按会员身份分列",
    x: "年均支出（元）",
    y: "给付项目",
    status: "会员身份",
    active: "在职",
    retiree: "退休",
    allMembers: "全体会员",
    amount: "年均支出",
    total: "合计",
    components: { allowance: "住院补贴", "top-up": "补足至最低补助", "lump-sums": "一次性给付（专项产品）" },
  },
  difference: {
    title: "方案差异（B − A）",
    subtitle: "各年度均值差异\n阴影为 95% 置信区间",
    x: "预测年度",
    mean: "均值差异",
    ci: "95% 置信区间",
    measures: {
      benefitsPaid: "补助支出",
      contributions: "缴费收入",
      balance: "基金余额",
      ruinProbability: "破产概率",
      lossRatio: "赔付率",
    },
    unitSuffix: { yuan: "（元）", probability: "（百分点）", ratio: "（百分点）", count: "" },
  },
  waterfall: {
    title: "变动归因（瀑布图）",
    subtitle: "从方案 A 到方案 B 逐步改动，各步骤之和等于合计\n误差线为各步骤的 95% 置信区间",
    x: "步骤",
    step: "步骤",
    change: "变动",
    ci: "95% 置信区间",
    direction: "方向",
    increase: "增加",
    decrease: "减少",
    total: "合计",
    steps: stepNames("zh"),
    measures: {
      benefitsIncurred: "发生互助金变动（元）",
      result: "结余变动（元）",
      ruinProbability: "破产概率变动（百分点）",
    },
  },
  feeRuin: {
    title: "缴费标准与破产概率",
    subtitle: "阴影为 95% 置信区间\n虚线为目标破产概率",
    x: "缴费标准（元/人·年）",
    y: "破产概率",
    ci: "95% 置信区间",
    target: "目标",
    mark: "标记",
    marks: { solved: "目标缴费", breakEven: "收支平衡缴费" },
  },
};

const en: ChartText = {
  common: { year: "Year", scenario: "Scenario" },
  fundBalance: {
    title: "Projected fund balance",
    subtitle: "Median line; bands from dark to light: 50%, 90%, 98%",
    x: "Projection year",
    y: "Fund balance (yuan)",
    median: "Median",
    band50: "25%–75% interval",
    band90: "5%–95% interval",
    band98: "1%–99% interval",
    reserveFloor: "Reserve floor",
  },
  ruin: {
    title: "Cumulative probability of ruin",
    subtitle:
      "Probability that the balance (risk reserve included)\nhas fallen below zero by each year\nShading: 95% confidence interval; dotted: 95% upper bound when no path was ruined",
    subtitleLiabilities:
      "Probability that the balance has fallen below\nthe claims incurred but unpaid by each year\nShading: 95% confidence interval; dotted: 95% upper bound when no path was ruined",
    x: "Projection year",
    y: "Cumulative probability of ruin",
    value: "Probability of ruin",
    ci: "95% confidence interval",
    upperBound: "No ruined path; 95% upper bound",
  },
  lossRatio: {
    title: "Distribution of the annual loss ratio",
    subtitle: "Incurred: benefits of the year's claims ÷ contributions\nacross simulated paths",
    subtitleCompare:
      "Incurred: benefits of the year's claims ÷ contributions\nacross simulated paths\nSolid lines: scenario means; dashed: break-even (1 − expense ratio)",
    x: "Loss ratio",
    y: "Share",
    range: "Loss ratio range",
    count: "Path-years",
    share: "Share of path-years",
    mean: "Mean",
    breakEven: "Break-even",
    year: "year {year}",
    oneYear: { y: "Share of paths", count: "Paths", share: "Share of paths" },
  },
  reserve: {
    title: "Outstanding claims",
    subtitle:
      "What the fund still owes for claims incurred by the valuation date\nSolid: mean; dashed: held reserve and 99.5%",
    x: "Outstanding claims (yuan)",
    y: "Probability density",
    amount: "Outstanding",
    density: "Density",
    held: "Held reserve",
    p995: "99.5%",
    mean: "Mean",
  },
  breakdown: {
    title: "Where the money goes",
    subtitle: "Mean yearly amount by benefit component and member status",
    x: "Mean yearly amount (yuan)",
    y: "Benefit component",
    status: "Member status",
    active: "Active",
    retiree: "Retiree",
    allMembers: "All members",
    amount: "Mean yearly amount",
    total: "Total",
    components: { allowance: "Allowance", "top-up": "Top-up", "lump-sums": "Lump sums (products)" },
  },
  difference: {
    title: "Difference between scenarios (B − A)",
    subtitle: "mean difference by year\nShading: 95% confidence interval",
    x: "Projection year",
    mean: "Mean difference",
    ci: "95% confidence interval",
    measures: {
      benefitsPaid: "Benefits paid",
      contributions: "Contributions",
      balance: "Fund balance",
      ruinProbability: "Probability of ruin",
      lossRatio: "Loss ratio",
    },
    unitSuffix: {
      yuan: " (yuan)",
      probability: " (percentage points)",
      ratio: " (percentage points)",
      count: "",
    },
  },
  waterfall: {
    title: "What each change costs (waterfall)",
    subtitle:
      "Steps from scenario A to B, taken one at a time; they add up to the total\nError bars: each step's 95% confidence interval",
    x: "Step",
    step: "Step",
    change: "Change",
    ci: "95% confidence interval",
    direction: "Direction",
    increase: "Increase",
    decrease: "Decrease",
    total: "Total",
    steps: stepNames("en"),
    measures: {
      benefitsIncurred: "Change in benefits incurred (yuan)",
      result: "Change in result (yuan)",
      ruinProbability: "Change in ruin probability (percentage points)",
    },
  },
  feeRuin: {
    title: "Fee and probability of ruin",
    subtitle: "Shading: 95% confidence interval\nDashed line: target probability of ruin",
    x: "Fee (yuan per member per year)",
    y: "Probability of ruin",
    ci: "95% confidence interval",
    target: "Target",
    mark: "Mark",
    marks: { solved: "Solved fee", breakEven: "Break-even fee" },
  },
};

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === "object") deepFreeze(child as object);
  }
  return Object.freeze(value);
}

/** Frozen: the catalogue is shared by every caller. */
const catalogue: Readonly<Record<ChartLocale, ChartText>> = deepFreeze({ zh, en });

/**
 * The label catalogue for a locale: every chart title, subtitle, axis title and tooltip field title.
 *
 * @param locale `"zh"` (default) or `"en"`.
 * @returns A shared, deeply frozen object.
 * @example
 * chartText("en").fundBalance.title
 * // → "Projected fund balance"
 * chartText().fundBalance.title
 * // → "基金余额预测"
 */
export function chartText(locale: ChartLocale = DEFAULT_LOCALE): ChartText {
  return catalogue[locale];
}
