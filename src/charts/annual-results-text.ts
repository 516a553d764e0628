import type { ChartLocale } from "./locale.ts";

/** Titles and axis titles of the annual results charts (kept beside the specs that use them). */
export interface AnnualResultsChartText {
  readonly payoutByRegion: { title: string; subtitle: string; x: string; y: string; year: string };
  readonly claimsByMonth: { title: string; subtitle: string; x: string; y: string; year: string };
  readonly payoutDistribution: { title: string; subtitle: string; x: string; y: string };
  readonly aeByRegion: {
    title: string;
    subtitle: string;
    x: string;
    y: string;
    interval: string;
    expected: string;
  };
}

const zh: AnnualResultsChartText = {
  payoutByRegion: {
    title: "各盟市补助金额",
    subtitle: "本年与上年对比",
    x: "补助金额（元）",
    y: "盟市",
    year: "年度",
  },
  claimsByMonth: {
    title: "各月补助件数",
    subtitle: "按入院月份",
    x: "入院月份",
    y: "补助件数",
    year: "年度",
  },
  payoutDistribution: {
    title: "单笔补助金额分布",
    subtitle: "对数刻度：多数补助数百元，少数达数万元",
    x: "单笔补助（元，对数刻度）",
    y: "件数",
  },
  aeByRegion: {
    title: "各盟市实际与预期之比（A/E）",
    subtitle: "补助件数，线段为 95% 泊松区间；大于 1 表示偏高",
    x: "A/E（件数）",
    y: "盟市",
    interval: "95% 区间",
    expected: "预期件数",
  },
};

const en: AnnualResultsChartText = {
  payoutByRegion: {
    title: "Payout by region",
    subtitle: "This year beside last year",
    x: "Payout (yuan)",
    y: "Region",
    year: "Year",
  },
  claimsByMonth: {
    title: "Paid claims by month",
    subtitle: "By month of admission",
    x: "Month of admission",
    y: "Paid claims",
    year: "Year",
  },
  payoutDistribution: {
    title: "Payout per claim",
    subtitle: "Log scale: most claims pay a few hundred yuan, a few tens of thousands",
    x: "Payout per claim (yuan, log scale)",
    y: "Claims",
  },
  aeByRegion: {
    title: "Actual vs expected by region (A/E)",
    subtitle: "Paid claims; lines are 95% Poisson intervals; above 1 runs hot",
    x: "A/E (claims)",
    y: "Region",
    interval: "95% interval",
    expected: "Expected claims",
  },
};

/**
 * The annual results charts' texts in a locale.
 * @example
 * annualResultsText("en").aeByRegion.x
 * // → "A/E (claims)"
 */
export function annualResultsText(locale: ChartLocale): AnnualResultsChartText {
  return locale === "en" ? en : zh;
}
