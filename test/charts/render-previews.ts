/**
 * Renders every chart with the sample rows to SVG files for a visual check (not part of the test run):
 *
 *   npx tsx test/charts/render-previews.ts [outDir]      # default outDir: /tmp/charts
 *
 * Each file is `<chart>-<variant>.svg`; warnings from vega-lite or Vega are printed. To get PNGs,
 * screenshot the SVGs with a headless browser, e.g.
 * `chromium --headless --no-sandbox --window-size=560,300 --screenshot=x.png x.svg`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import {
  benefitBreakdownSpec,
  differenceSpec,
  feeRuinCurveSpec,
  fundBalanceFanSpec,
  lossRatioDistributionSpec,
  ruinProbabilitySpec,
  withData,
} from "../../src/charts/index.ts";
import { renderSvg } from "./render.ts";
import * as sample from "./sample-data.ts";
import { onlyScenario } from "./sample-data.ts";

/** Name → self-contained spec. */
const previews: Readonly<Record<string, TopLevelSpec>> = {
  "fund-balance-fan-zh": withData(fundBalanceFanSpec({ reserveFloor: 2_000_000 }), {
    balance: onlyScenario(sample.balance, "A"),
  }),
  "fund-balance-fan-en-compare": withData(
    fundBalanceFanSpec({ locale: "en", compare: true, reserveFloor: 2_000_000 }),
    { balance: sample.balance },
  ),
  "ruin-probability-zh": withData(ruinProbabilitySpec({ scenario: "A" }), { ruin: sample.ruin }),
  "ruin-probability-en-compare": withData(ruinProbabilitySpec({ locale: "en", compare: true }), {
    ruin: sample.ruin,
  }),
  "loss-ratio-distribution-zh": withData(lossRatioDistributionSpec({ scenario: "A" }), {
    lossRatio: sample.lossRatio,
  }),
  "loss-ratio-distribution-en-compare": withData(lossRatioDistributionSpec({ locale: "en", compare: true }), {
    lossRatio: sample.lossRatio,
  }),
  "benefit-breakdown-zh": withData(benefitBreakdownSpec({ scenario: "A" }), { breakdown: sample.breakdown }),
  "benefit-breakdown-en-compare": withData(benefitBreakdownSpec({ locale: "en", compare: true }), {
    breakdown: sample.breakdown,
  }),
  "difference-zh": withData(differenceSpec(), { difference: sample.difference }),
  "difference-en-ruin": withData(differenceSpec({ locale: "en", measure: "ruinProbability" }), {
    difference: sample.difference,
  }),
  "fee-ruin-curve-zh": withData(feeRuinCurveSpec(), { feeCurve: sample.feeCurve, feeMarks: sample.feeMarks }),
  "fee-ruin-curve-en": withData(feeRuinCurveSpec({ locale: "en", targetRuin: 0.05 }), {
    feeCurve: sample.feeCurve,
    feeMarks: sample.feeMarks,
  }),
};

const outDir = process.argv[2] ?? "/tmp/charts";
mkdirSync(outDir, { recursive: true });
for (const [name, spec] of Object.entries(previews)) {
  const { svg, warnings } = await renderSvg(spec);
  writeFileSync(join(outDir, `${name}.svg`), svg);
  console.log(`${name}.svg${warnings.length ? `  warnings: ${warnings.join("; ")}` : ""}`);
}
