/**
 * Test helpers: compile a Vega-Lite spec collecting warnings, and render it headlessly to SVG.
 */
import * as vega from "vega";
import { compile } from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import type { ChartDatasets } from "../../src/charts/with-data.ts";
import { withData } from "../../src/charts/with-data.ts";

/** A Vega logger that records warnings and errors instead of printing them. */
export function collectingLogger(): vega.LoggerInterface & { readonly messages: string[] } {
  const messages: string[] = [];
  let level = vega.Warn;
  const logger = {
    messages,
    level(next?: number) {
      if (next === undefined) return level;
      level = next;
      return logger;
    },
    error(...args: unknown[]) {
      messages.push(`error: ${args.map(String).join(" ")}`);
      return logger;
    },
    warn(...args: unknown[]) {
      messages.push(`warn: ${args.map(String).join(" ")}`);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/** Compiles with vega-lite, returning the Vega spec and any compiler warnings. */
export function compileChecked(spec: TopLevelSpec): { vg: vega.Spec; warnings: string[] } {
  const logger = collectingLogger();
  const vg = compile(spec, { logger }).spec;
  return { vg, warnings: logger.messages };
}

/**
 * Renders a self-contained spec (data attached with `withData`) to an SVG string with a headless
 * Vega view; also returns the warnings from compilation and from the Vega runtime.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<{ svg: string; warnings: string[] }> {
  const { view, warnings } = await renderView(spec);
  try {
    const svg = await view.toSVG();
    return { svg, warnings: [...warnings, ...runtimeWarnings(view)] };
  } finally {
    view.finalize();
  }
}

const viewLoggers = new WeakMap<vega.View, ReturnType<typeof collectingLogger>>();

/**
 * Compiles a spec and runs it in a headless Vega view (renderer "none"). `datasets` are inserted with
 * `view.data(name, rows)` before the first run (the "live view" way of attaching data). The caller
 * must `view.finalize()`.
 */
export async function renderView(
  spec: TopLevelSpec,
  datasets: Readonly<Record<string, readonly object[]>> = {},
): Promise<{ view: vega.View; warnings: string[] }> {
  const { vg, warnings } = compileChecked(spec);
  const logger = collectingLogger();
  const view = new vega.View(vega.parse(vg), { renderer: "none", logger });
  viewLoggers.set(view, logger);
  for (const [name, rows] of Object.entries(datasets)) view.data(name, [...rows]);
  await view.runAsync();
  return { view, warnings };
}

/** Runs `use` on a view made by {@link renderView} with `datasets`, finalizing the view afterwards. */
export async function withView<T>(
  spec: TopLevelSpec,
  datasets: ChartDatasets,
  use: (view: vega.View) => T | Promise<T>,
): Promise<T> {
  const { view } = await renderView(spec, datasets);
  try {
    return await use(view);
  } finally {
    view.finalize();
  }
}

/** Warnings and errors the Vega runtime logged for a view made by {@link renderView}. */
export function runtimeWarnings(view: vega.View): string[] {
  return [...(viewLoggers.get(view)?.messages ?? [])];
}

/** A scenegraph item, as far as these tests look at it. */
export interface SceneNode {
  readonly marktype?: string;
  readonly name?: string;
  readonly items?: readonly SceneNode[];
  readonly x?: number;
  readonly y?: number;
  readonly x2?: number;
  readonly y2?: number;
  readonly text?: unknown;
  readonly strokeDash?: unknown;
  readonly datum?: Record<string, unknown>;
  readonly tooltip?: unknown;
}

/**
 * All scenegraph marks Vega-Lite made for the layer named `name` (mark name `<name>_marks`): one for
 * most layers, one per series for area and line layers drawn per series.
 */
export function findMarks(view: vega.View, name: string): SceneNode[] {
  const found: SceneNode[] = [];
  const visit = (node: SceneNode): void => {
    if (node.name === `${name}_marks`) found.push(node);
    for (const child of node.items ?? []) visit(child);
  };
  visit((view.scenegraph() as unknown as { root: SceneNode }).root);
  return found;
}

/** The first scenegraph mark for the layer named `name` (see {@link findMarks}). */
export function findMark(view: vega.View, name: string): SceneNode | undefined {
  return findMarks(view, name)[0];
}

/** The tooltip objects (field title → value) of every scenegraph item that has one. */
export function tooltips(view: vega.View): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: SceneNode): void => {
    if (node.tooltip !== null && typeof node.tooltip === "object") {
      found.push(node.tooltip as Record<string, unknown>);
    }
    for (const child of node.items ?? []) visit(child);
  };
  visit((view.scenegraph() as unknown as { root: SceneNode }).root);
  return found;
}

/** Position of a value on a named scale of the view (e.g. "y"). */
export function scaled(view: vega.View, scale: string, value: number): number {
  return Number((view.scale(scale) as (v: number) => number)(value));
}

/** The text content of every `<text>` element in an SVG string (entities for &, <, > decoded). */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  );
}

/** The texts of the SVG of `spec` with `datasets` attached by `withData` (see {@link svgTexts}). */
export async function renderedTexts(spec: TopLevelSpec, datasets: ChartDatasets): Promise<string[]> {
  return svgTexts((await renderSvg(withData(spec, datasets))).svg);
}

/** The SVG markup of the mark group Vega-Lite emits for the layer named `name` (`<name>_marks`). */
export function markGroup(svg: string, name: string): string | undefined {
  const start = svg.search(new RegExp(`<g class="mark-[a-z]+ role-mark ${name}_marks"`));
  if (start < 0) return undefined;
  // Mark groups do not nest further <g> elements for rule/text/symbol marks: cut at the closing tag.
  const end = svg.indexOf("</g>", start);
  return svg.slice(start, end < 0 ? undefined : end + 4);
}
