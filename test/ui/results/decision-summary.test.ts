// The decision summary's sentences from hand-built figures: the expected texts are worked out by hand
// from the rounding rule (one significant digit of the interval's half-width).
import { describe, expect, it } from "vitest";
import {
  comparisonSummary,
  runSummary,
  type ComparisonFacts,
  type RunFacts,
} from "../../../src/ui/results/decision-summary.ts";
import { formatPercentAt, formatYuanAt, precisionStep } from "../../../src/ui/results/format-at-precision.ts";

describe("precision", () => {
  it("rounds to one significant digit of the interval's half-width", () => {
    expect(precisionStep({ value: 32_500, low: 31_234, high: 34_012 })).toBe(1000); // half-width 1,389
    expect(precisionStep({ value: 0.419, low: 0.4172, high: 0.4208 })).toBeCloseTo(0.001, 15);
    expect(precisionStep({ value: 123_456, low: 123_456, high: 123_456 })).toBe(1000); // 3 significant digits
    expect(formatYuanAt([31_234, 34_012], 1000, "zh")).toEqual(["3.1万", "3.4万"]);
    expect(formatYuanAt([31_234, 34_012], 1000, "en")).toEqual(["31k", "34k"]);
    expect(formatYuanAt([286_000_000, 50_000_000], 1_000_000, "zh")).toEqual(["2.86亿", "0.50亿"]);
    expect(formatPercentAt([0.41234, 0.0038], 0.001)).toEqual(["41.2%", "0.4%"]);
  });
});

describe("runSummary", () => {
  const facts: RunFacts = {
    years: 10,
    lossRatioFirst: { value: 0.419, low: 0.4172, high: 0.4208 },
    lossRatioLast: { value: 0.47, low: 0.468, high: 0.472 },
    breakEven: 0.95,
    endingBalance: { value: 2.9e8, low: 2.86e8, high: 2.94e8 },
    openingBalance: 5e7,
    ruin: { value: 0, low: 0, high: 0.003826 },
    ruinedPaths: 0,
  };

  it("says the loss ratio against break-even, the balance against the opening one, and ruin as a bound", () => {
    expect(runSummary(facts, "zh").map((sentence) => sentence.text)).toEqual([
      "第 1 年赔付率约 41.9%（95% 区间 41.7% 至 42.1%），低于收支平衡点 95.0%（缴费恰好覆盖补助与管理费用）。",
      "第 10 年末基金余额平均在 2.86亿 至 2.94亿元 之间（95%），高于期初的 5000万元。",
      "没有一条模拟路径破产：10 年内破产概率低于 0.4%（95% 上限），更多路径才能把上限压低。",
    ]);
    expect(runSummary(facts, "en")[2]!.text).toBe(
      "No simulated path was ruined: the 10-year probability of ruin is below 0.4% (95% upper bound); more paths would lower the bound.",
    );
  });

  it("says when the loss ratio cannot be told from break-even, and gives ruin with its interval", () => {
    const close = runSummary(
      {
        ...facts,
        lossRatioFirst: { value: 0.94, low: 0.9, high: 0.98 },
        ruin: { value: 0.012, low: 0.0068, high: 0.021 },
        ruinedPaths: 12,
      },
      "en",
    );
    expect(close[0]!.text).toBe(
      "In year 1 the loss ratio is about 94.0% (95%: 90.0% to 98.0%), not significantly different from the break-even 95.0%.",
    );
    expect(close[2]!.text).toBe("The 10-year probability of ruin is about 1.2% (95%: 0.7% to 2.1%).");
  });
});

describe("comparisonSummary", () => {
  const facts: ComparisonFacts = {
    years: 10,
    nameA: "内蒙古 2025",
    nameB: "内蒙古 2025 · 封顶 100万",
    benefitsPerYear: { value: 32_500, low: 31_234, high: 34_012 },
    contributions: { value: 0, low: 0, high: 0 },
    endingBalance: { value: -3e6, low: -3.5e6, high: -2.5e6 },
    ruinA: { value: 0, low: 0, high: 0.0038 },
    ruinB: { value: 0.001, low: 0.0002, high: 0.004 },
    ruinDifference: { value: 0.001, low: -0.001, high: 0.003 },
  };

  it("gives the cost a year at the precision the interval allows and says ruin is not significantly different", () => {
    expect(comparisonSummary(facts, "zh").map((sentence) => sentence.text)).toEqual([
      "与 A 相比，“内蒙古 2025 · 封顶 100万”每年多支出补助 3.1万 至 3.4万元（95% 区间）。",
      "第 10 年末基金余额平均少 250万 至 350万元。",
      "10 年内破产概率的差异不显著，两者都低于 0.4%（95% 上限）。",
    ]);
    expect(comparisonSummary(facts, "en").map((sentence) => sentence.text)).toEqual([
      "Compared with A, “内蒙古 2025 · 封顶 100万” pays 31k to 34k yuan more in benefits a year (95%).",
      "After 10 years the fund holds 2.5M to 3.5M yuan less on average.",
      "The difference in the 10-year probability of ruin is not significant; it stays under 0.4% in both (95% upper bound).",
    ]);
  });

  it("says a difference whose interval holds zero is not significant, and adds contributions when they differ", () => {
    const sentences = comparisonSummary(
      {
        ...facts,
        benefitsPerYear: { value: 500, low: -1000, high: 2000 },
        contributions: { value: -1_234_567, low: -1_234_567, high: -1_234_567 },
        ruinDifference: { value: 0.01, low: 0.004, high: 0.016 },
      },
      "zh",
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      "A 与 B 每年补助支出的差异不显著（95% 区间 -1,000 至 2,000元）。",
      // No spread (year 1's members are known): three significant digits, as one figure.
      "第 1 年缴费收入少约 123万元。",
      "第 10 年末基金余额平均少 250万 至 350万元。",
      "10 年内破产概率 B 比 A 高 0.4 至 1.6 个百分点（95% 区间）。",
    ]);
    expect(sentences[0]!.significant).toBe(false);
    expect(sentences[3]!.significant).toBe(true);
  });
});
