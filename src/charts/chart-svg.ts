/**
 * Static SVG of a chart, for places that cannot run Vega at view time: Jupyter notebooks (whose front
 * ends do not render Vega-Lite 6), files on a Git host, reports.
 */
import { logger, None, parse, View } from "vega";
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";

/**
 * Compiles a self-contained Vega-Lite spec (rows attached with `withData`) and renders it to an SVG
 * string with a headless Vega view (no DOM, no canvas: text widths are estimated). Warnings from the
 * compiler and the runtime are dropped; the chart tests check the specs render without any.
 *
 * @param spec A spec from this folder with its data, e.g.
 *   `withData(ruinProbabilitySpec({ locale: "en" }), { ruin: rows })`.
 * @returns The markup, starting with `<svg`.
 * @example
 * const svg = await chartSvg(withData(ruinProbabilitySpec({ locale: "en" }), { ruin: rows }));
 * svg.startsWith("<svg") // true
 */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const quiet = logger(None);
  const view = new View(parse(compile(spec, { logger: quiet }).spec), { renderer: "none", logger: quiet });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
