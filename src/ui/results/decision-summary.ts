import type { ChartLocale } from "../../charts/locale.ts";
import { formatPercentAt, formatYuanAt, precisionStep, type Interval } from "./format-at-precision.ts";

/** The figures a single run's summary speaks of, each with its 95% Monte Carlo interval. */
export interface RunFacts {
  readonly years: number;
  /** Loss ratio (benefits incurred ÷ contributions) in year 1 and in the last year. */
  readonly lossRatioFirst: Interval;
  readonly lossRatioLast: Interval;
  /** The loss ratio at which contributions just pay benefits and expenses: 1 − expense ratio. */
  readonly breakEven: number;
  /** Mean fund balance at the end of the horizon. */
  readonly endingBalance: Interval;
  readonly openingBalance: number;
  /** Probability of ruin within the horizon (Wilson interval), and how many paths were ruined. */
  readonly ruin: Interval;
  readonly ruinedPaths: number;
}

/** The figures a comparison's summary speaks of: differences B − A with 95% intervals, and both ruins. */
export interface ComparisonFacts {
  readonly years: number;
  readonly nameA: string;
  readonly nameB: string;
  /** Mean yearly benefits incurred over the horizon, B − A. */
  readonly benefitsPerYear: Interval;
  /** Contributions in year 1, B − A. */
  readonly contributions: Interval;
  /** Mean ending balance, B − A. */
  readonly endingBalance: Interval;
  /** Ruin within the horizon: each scenario's, and the paired difference B − A. */
  readonly ruinA: Interval;
  readonly ruinB: Interval;
  readonly ruinDifference: Interval;
}

/** One sentence, and the figure and interval it rests on (so a page or a test can check it). */
export interface SummarySentence {
  readonly text: string;
  readonly figure: string;
  readonly interval: Interval;
  /** For a difference: whether its interval excludes zero. */
  readonly significant?: boolean;
}

const significant = (interval: Interval) => interval.low > 0 || interval.high < 0;

/** An interval's ends as text at the precision the interval allows. */
function yuanRange(interval: Interval, locale: ChartLocale, absolute = false): [string, string] {
  const step = precisionStep(interval);
  const ends = absolute
    ? [Math.abs(interval.low), Math.abs(interval.high)].sort((x, y) => x - y)
    : [interval.low, interval.high];
  const [low, high] = formatYuanAt(ends, step, locale);
  return [low!, high!];
}

function percentRange(interval: Interval): [string, string, string] {
  const step = Math.min(precisionStep(interval), 0.001);
  const [value, low, high] = formatPercentAt([interval.value, interval.low, interval.high], step);
  return [value!, low!, high!];
}

const YUAN = { zh: "元", en: " yuan" } as const;

/**
 * Two to four sentences on a single run, in plain Chinese or English, from its figures and their 95%
 * intervals, never more precise than the intervals allow: the first-year loss ratio against
 * break-even, the ending balance against the opening one, and ruin (an upper bound when no path was
 * ruined).
 * @example
 * const interval = (value: number, half: number) => ({ value, low: value - half, high: value + half });
 * runSummary({ years: 10, lossRatioFirst: interval(0.419, 0.002), lossRatioLast: interval(0.47, 0.002), breakEven: 0.95, endingBalance: interval(2.9e8, 4e6), openingBalance: 5e7, ruin: { value: 0, low: 0, high: 0.0038 }, ruinedPaths: 0 }, "en")[0]!.text
 * // → "In year 1 the loss ratio is about 41.9% (95%: 41.7% to 42.1%), below the break-even 95.0% at which contributions just cover benefits and expenses."
 */
export function runSummary(facts: RunFacts, locale: ChartLocale): SummarySentence[] {
  const zh = locale === "zh";
  const sentences: SummarySentence[] = [];

  const [ratio, ratioLow, ratioHigh] = percentRange(facts.lossRatioFirst);
  const [breakEven] = formatPercentAt([facts.breakEven], 0.001);
  const position =
    facts.lossRatioFirst.high < facts.breakEven ? 0 : facts.lossRatioFirst.low > facts.breakEven ? 1 : 2;
  const ratioText = zh
    ? `第 1 年赔付率约 ${ratio}（95% 区间 ${ratioLow} 至 ${ratioHigh}），` +
      [
        `低于收支平衡点 ${breakEven}（缴费恰好覆盖补助与管理费用）。`,
        `高于收支平衡点 ${breakEven}（缴费恰好覆盖补助与管理费用）：缴费不足以支付补助与管理费用。`,
        `与收支平衡点 ${breakEven} 无显著差别。`,
      ][position]!
    : `In year 1 the loss ratio is about ${ratio} (95%: ${ratioLow} to ${ratioHigh}), ` +
      [
        `below the break-even ${breakEven} at which contributions just cover benefits and expenses.`,
        `above the break-even ${breakEven}: contributions do not cover benefits and expenses.`,
        `not significantly different from the break-even ${breakEven}.`,
      ][position]!;
  sentences.push({ figure: "lossRatio", interval: facts.lossRatioFirst, text: ratioText });

  const [balanceLow, balanceHigh] = yuanRange(facts.endingBalance, locale);
  const [opening] = formatYuanAt([facts.openingBalance], precisionStep(facts.endingBalance), locale);
  const trend =
    facts.endingBalance.low > facts.openingBalance
      ? 0
      : facts.endingBalance.high < facts.openingBalance
        ? 1
        : 2;
  const balanceText = zh
    ? `第 ${facts.years} 年末基金余额平均在 ${balanceLow} 至 ${balanceHigh}${YUAN.zh} 之间（95%），` +
      [
        `高于期初的 ${opening}${YUAN.zh}。`,
        `低于期初的 ${opening}${YUAN.zh}。`,
        `与期初的 ${opening}${YUAN.zh} 无显著差别。`,
      ][trend]!
    : `After ${facts.years} years the fund holds on average ${balanceLow} to ${balanceHigh}${YUAN.en} (95%), ` +
      [
        `more than the opening ${opening}${YUAN.en}.`,
        `less than the opening ${opening}${YUAN.en}.`,
        `not significantly different from the opening ${opening}${YUAN.en}.`,
      ][trend]!;
  sentences.push({ figure: "endingBalance", interval: facts.endingBalance, text: balanceText });

  const [ruin, ruinLow, ruinHigh] = percentRange(facts.ruin);
  sentences.push({
    figure: "ruinProbability",
    interval: facts.ruin,
    text:
      facts.ruinedPaths === 0
        ? zh
          ? `没有一条模拟路径破产：${facts.years} 年内破产概率低于 ${ruinHigh}（95% 上限），更多路径才能把上限压低。`
          : `No simulated path was ruined: the ${facts.years}-year probability of ruin is below ${ruinHigh} (95% upper bound); more paths would lower the bound.`
        : zh
          ? `${facts.years} 年内破产概率约 ${ruin}（95% 区间 ${ruinLow} 至 ${ruinHigh}）。`
          : `The ${facts.years}-year probability of ruin is about ${ruin} (95%: ${ruinLow} to ${ruinHigh}).`,
  });
  return sentences;
}

/** "B costs X to Y more (less) …" or "the difference is not significant (X to Y)" for a yuan difference. */
function yuanDifference(
  interval: Interval,
  locale: ChartLocale,
  what: { zh: [string, string, string]; en: [string, string, string] },
): string {
  const zh = locale === "zh";
  const [more, less, neutral] = zh ? what.zh : what.en;
  if (!significant(interval)) {
    const [low, high] = yuanRange(interval, locale);
    return zh
      ? `${neutral}的差异不显著（95% 区间 ${low} 至 ${high}${YUAN.zh}）。`
      : `The difference in ${neutral} is not significant (95%: ${low} to ${high}${YUAN.en}).`;
  }
  const [low, high] = yuanRange(interval, locale, true);
  const template = interval.low > 0 ? more : less;
  // An interval narrower than the rounding reads as one figure.
  if (low === high && zh) return template.replace(" {range}", `约 ${low}${YUAN.zh}`);
  const range = low === high ? `about ${low}` : zh ? `${low} 至 ${high}` : `${low} to ${high}`;
  return template.replace("{range}", `${range}${YUAN[locale]}`);
}

/**
 * Two to four sentences on a comparison, in plain Chinese or English: what B costs or saves in
 * benefits a year, what it changes in contributions (when it does), in the ending balance, and in
 * ruin, each from the paired difference's 95% interval, rounded to what the interval allows, saying
 * when a difference is not significant (its interval contains zero).
 */
export function comparisonSummary(facts: ComparisonFacts, locale: ChartLocale): SummarySentence[] {
  const { nameB } = facts;
  const sentences: SummarySentence[] = [];
  sentences.push({
    figure: "benefitsPerYear",
    interval: facts.benefitsPerYear,
    significant: significant(facts.benefitsPerYear),
    text: yuanDifference(facts.benefitsPerYear, locale, {
      zh: [
        `与 A 相比，“${nameB}”每年多支出补助 {range}（95% 区间）。`,
        `与 A 相比，“${nameB}”每年少支出补助 {range}（95% 区间）。`,
        "A 与 B 每年补助支出",
      ],
      en: [
        `Compared with A, “${nameB}” pays {range} more in benefits a year (95%).`,
        `Compared with A, “${nameB}” pays {range} less in benefits a year (95%).`,
        "benefits a year between A and B",
      ],
    }),
  });
  if (significant(facts.contributions)) {
    sentences.push({
      figure: "contributions",
      interval: facts.contributions,
      significant: true,
      text: yuanDifference(facts.contributions, locale, {
        zh: ["第 1 年缴费收入多 {range}。", "第 1 年缴费收入少 {range}。", ""],
        en: ["Contributions in year 1 are {range} higher.", "Contributions in year 1 are {range} lower.", ""],
      }),
    });
  }
  sentences.push({
    figure: "endingBalance",
    interval: facts.endingBalance,
    significant: significant(facts.endingBalance),
    text: yuanDifference(facts.endingBalance, locale, {
      zh: [
        `第 ${facts.years} 年末基金余额平均多 {range}。`,
        `第 ${facts.years} 年末基金余额平均少 {range}。`,
        `第 ${facts.years} 年末基金余额`,
      ],
      en: [
        `After ${facts.years} years the fund holds {range} more on average.`,
        `After ${facts.years} years the fund holds {range} less on average.`,
        `the balance after ${facts.years} years`,
      ],
    }),
  });
  sentences.push({
    figure: "ruinProbability",
    interval: facts.ruinDifference,
    significant: significant(facts.ruinDifference),
    text: ruinSentence(facts, locale),
  });
  return sentences;
}

/**
 * The comparison's sentence on ruin: by how many percentage points B's probability is higher or lower
 * than A's (95% interval), or, when the difference is not significant, the 95% upper bound both stay under.
 */
function ruinSentence(facts: ComparisonFacts, locale: ChartLocale): string {
  const zh = locale === "zh";
  const difference = facts.ruinDifference;
  if (significant(difference)) {
    const [, low, high] = percentRange({
      value: Math.abs(difference.value),
      low: Math.min(Math.abs(difference.low), Math.abs(difference.high)),
      high: Math.max(Math.abs(difference.low), Math.abs(difference.high)),
    });
    const up = difference.low > 0;
    const [points, pointsHigh] = [low.replace("%", ""), high.replace("%", "")];
    return zh
      ? `${facts.years} 年内破产概率 B 比 A ${up ? "高" : "低"} ${points} 至 ${pointsHigh} 个百分点（95% 区间）。`
      : `B's ${facts.years}-year probability of ruin is ${points} to ${pointsHigh} percentage points ${up ? "higher" : "lower"} than A's (95%).`;
  }
  const [, , highA] = percentRange(facts.ruinA);
  const [, , highB] = percentRange(facts.ruinB);
  const ceiling = facts.ruinA.high >= facts.ruinB.high ? highA : highB;
  return zh
    ? `${facts.years} 年内破产概率的差异不显著，两者都低于 ${ceiling}（95% 上限）。`
    : `The difference in the ${facts.years}-year probability of ruin is not significant; it stays under ${ceiling} in both (95% upper bound).`;
}
