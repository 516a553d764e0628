import type { ChartLocale } from "../../charts/locale.ts";
import { chartText } from "../../charts/locale.ts";
import type { Attribution } from "../../risk/run-attribution.ts";
import { formatYuan } from "../common/format.ts";
import { stressAttributionText } from "./stress-attribution-text.ts";

/**
 * One sentence naming the (up to) three steps that move expected benefits incurred the most, by size of
 * change, with the total.
 * In English, e.g. "Benefits incurred change by +84.7M yuan in all; the largest steps are Assumptions
 * (+40.8M yuan), Other (+35M yuan), Bands (+10.9M yuan)." (test/ui/compare/stress-attribution-helpers.test.ts).
 */
export function largestStepsSentence(attribution: Attribution, locale: ChartLocale, count = 3): string {
  const names = chartText(locale).waterfall.steps;
  const signed = (value: number) => `${value > 0 ? "+" : ""}${formatYuan(value, locale)}`;
  const largest = attribution.steps
    .filter((step) => step.benefitsIncurred !== 0)
    .sort((a, b) => Math.abs(b.benefitsIncurred) - Math.abs(a.benefitsIncurred))
    .slice(0, count);
  if (largest.length === 0) return stressAttributionText(locale, "attribution.sentenceNone");
  return stressAttributionText(locale, "attribution.sentence", {
    total: signed(attribution.total.benefitsIncurred),
    steps: largest
      .map((step) =>
        stressAttributionText(locale, "attribution.stepPart", {
          step: names[step.name] ?? step.name,
          change: signed(step.benefitsIncurred),
        }),
      )
      .join(stressAttributionText(locale, "attribution.joiner")),
  });
}
