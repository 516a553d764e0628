/**
 * Static SVG of a chart, for places that cannot run Vega at view time: Jupyter notebooks (whose front
 * ends do not render Vega-Lite 6), files on a Git host, reports.
 */
import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";

/** The part of vega-scenegraph's text measurer used here (exported by vega, not in its typings). */
interface TextMetrics {
  width: (item: { fontSize?: number; text?: unknown }, text?: string) => number;
  estimateWidth: TextMetrics["width"];
}
const textMetrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;

/** Han, kana, hangul and full-width forms: one em wide. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * A text's width in pixels without a canvas to measure it: Vega's own estimate (0.8 em a character),
 * except that Chinese characters and full-width punctuation take a full em, so Chinese axis labels and
 * legend titles are not clipped or overlapped.
 * @example
 * estimatedWidth("补助", 10) // two Chinese characters, a full em each
 * // → 20
 */
export function estimatedWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE.test(character) ? 1 : 0.8;
  return Math.floor(ems * fontSize);
}

/**
 * Compiles a self-contained Vega-Lite spec (rows attached with `withData`) and renders it to an SVG
 * string with a headless Vega view (no DOM; without a canvas, text widths are estimated by
 * {@link estimatedWidth}). Warnings from the compiler and the runtime are dropped; the chart tests
 * check the specs render without any.
 *
 * @param spec A spec from this folder with its data, e.g.
 *   `withData(ruinProbabilitySpec({ locale: "en" }), { ruin: rows })`.
 * @returns The markup, starting with `<svg`.
 * @example
 * import { ruinProbabilitySpec } from "./ruin-probability-spec.ts";
 * import { withData } from "./with-data.ts";
 * const rows = [{ scenario: "A", year: 1, probability: 0.01, low: 0.005, high: 0.02 }];
 * const svg = await chartSvg(withData(ruinProbabilitySpec({ locale: "en" }), { ruin: rows }));
 * svg.startsWith("<svg")
 * // → true
 */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const quiet = vega.logger(vega.None);
  const measure = textMetrics.width;
  // Only where Vega would estimate (no canvas); the estimate is restored afterwards.
  if (measure === textMetrics.estimateWidth) {
    textMetrics.width = (item, text) => estimatedWidth(text ?? String(item.text ?? ""), item.fontSize ?? 11);
  }
  const view = new vega.View(vega.parse(compile(spec, { logger: quiet }).spec), {
    renderer: "none",
    logger: quiet,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
    textMetrics.width = measure;
  }
}
