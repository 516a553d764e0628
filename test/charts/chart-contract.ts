/**
 * The checks every chart spec must pass, as a vitest suite generator: compiles without warnings,
 * renders headlessly with Chinese titles by default and English ones with `locale: "en"`, is a
 * function of options only (named data, no data inside), does not mutate its options, honours
 * width/height and autosize, and accepts data either through `withData` or `view.data`.
 */
import { describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import type { ChartLocale, ChartText } from "../../src/charts/locale.ts";
import { chartText } from "../../src/charts/locale.ts";
import type { ChartDatasets } from "../../src/charts/with-data.ts";
import { withData } from "../../src/charts/with-data.ts";
import {
  compileChecked,
  findMark,
  renderedTexts,
  renderSvg,
  runtimeWarnings,
  svgTexts,
  tooltips,
  withView,
} from "./render.ts";

/** Options every chart accepts. */
interface CommonOptions {
  readonly locale?: ChartLocale;
  readonly width?: number;
  readonly height?: number;
}

export interface ChartCase<O extends CommonOptions> {
  /** The spec function. */
  readonly make: (options?: O) => TopLevelSpec;
  /** Names of the named data sources the spec must read. */
  readonly dataNames: readonly string[];
  /** Sample rows for every data source. */
  readonly datasets: ChartDatasets;
  /** The title the chart shows, by locale (from the catalogue). */
  readonly title: (locale: ChartLocale) => string;
  /** Texts (axis titles etc.) the rendered chart must contain, by locale. */
  readonly texts: (locale: ChartLocale) => readonly string[];
  /** Option sets to compile and render; each is frozen before use. Include `{}`. */
  readonly variants: readonly O[];
  /** Field titles one of the chart's tooltips must show, and a value it must show, by locale. */
  readonly tooltip: (locale: ChartLocale) => { readonly keys: readonly string[]; readonly value: string };
  /** A layer name whose mark must have items after data is attached with `view.data`. */
  readonly dataMark: string;
}

/** A chart's section of the label catalogue (every key of {@link ChartText} but `common`). */
type CatalogueSection = Exclude<keyof ChartText, "common">;

/** The keys of a catalogue section whose values are plain strings (titles, axis titles…). */
type StringKey<S extends CatalogueSection> = {
  [K in keyof ChartText[S]]: ChartText[S][K] extends string ? K : never;
}[keyof ChartText[S]];

/**
 * The `title` and `texts` of a {@link ChartCase} from the catalogue: the section's title, and the
 * section's `keys` (e.g. `["x", "y"]`, the axis titles) as the texts the chart must show.
 */
export function catalogueTexts<S extends CatalogueSection>(
  section: S,
  keys: readonly StringKey<S>[],
): Pick<ChartCase<CommonOptions>, "title" | "texts"> {
  return {
    title: (locale) => chartText(locale)[section].title,
    texts: (locale) => keys.map((key) => String(chartText(locale)[section][key])),
  };
}

/** Recursively freezes a plain object (options contain nested records, e.g. componentLabels). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Width of the plot (the root group's background), from a Vega SVG. */
function plotWidth(svg: string): number {
  const match = /<path class="background" aria-hidden="true" d="M0,0h([0-9.]+)v/.exec(svg);
  return Number(match?.[1] ?? Number.NaN);
}

function frozenCopy<O>(options: O): O {
  return deepFreeze(structuredClone(options));
}

/** Defines the contract tests of one chart spec (call at the top level of a test file). */
export function chartContract<O extends CommonOptions>(name: string, c: ChartCase<O>): void {
  describe(`${name}: common contract`, () => {
    it.each(c.variants.map((v) => [JSON.stringify(v), v] as const))(
      "compiles and renders without warnings: %s",
      async (_label, variant) => {
        const spec = c.make(frozenCopy(variant));
        expect(compileChecked(spec).warnings).toEqual([]);
        const { svg, warnings } = await renderSvg(withData(spec, c.datasets));
        expect(warnings).toEqual([]);
        const locale = variant.locale ?? "zh";
        const texts = svgTexts(svg);
        expect(texts).toContain(c.title(locale));
        for (const text of c.texts(locale)) expect(texts).toContain(text);
        // Titles and labels did not squeeze the plot (Vega estimates text widths in Node).
        expect(plotWidth(svg)).toBeGreaterThan(0.6 * (variant.width ?? 560));
      },
    );

    it("titles are Chinese by default and English with locale 'en'", async () => {
      const zh = await renderedTexts(c.make(), c.datasets);
      const en = await renderedTexts(c.make({ locale: "en" } as O), c.datasets);
      expect(zh).toContain(c.title("zh"));
      expect(zh).not.toContain(c.title("en"));
      expect(c.title("zh")).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toContain(c.title("en"));
      expect(en).not.toContain(c.title("zh"));
      expect(en.join(" ")).not.toMatch(/[\u4e00-\u9fff]/);
    });

    it("is a function of options only: named data sources, no rows, fit autosize, default size", () => {
      const spec = c.make();
      expect(spec.datasets).toBeUndefined();
      expect(spec).toMatchObject({
        autosize: { type: "fit", contains: "padding" },
        width: 560,
        height: 300,
      });
      expect("data" in spec && spec.data).toEqual({ name: c.dataNames[0] });
      const json = JSON.stringify(spec);
      for (const dataName of c.dataNames) expect(json).toContain(`"data":{"name":"${dataName}"}`);
      // No rows of the sample data leaked into the spec.
      for (const dataName of c.dataNames) expect(withData(spec, {}).datasets?.[dataName]).toBeUndefined();
    });

    it("honours width and height", async () => {
      const spec = c.make({ width: 420, height: 240 } as O);
      expect(spec).toMatchObject({ width: 420, height: 240 });
      const { svg } = await renderSvg(withData(spec, c.datasets));
      expect(svg).toMatch(/^<svg[^>]* width="420" height="240"/);
    });

    it("does not mutate its (frozen) options and returns independent, equal specs", () => {
      for (const variant of c.variants) {
        const options = frozenCopy(variant);
        const before = JSON.stringify(options);
        const first = c.make(options);
        expect(JSON.stringify(options)).toBe(before);
        const snapshot = JSON.stringify(first);
        // Mutating one result must not affect the next.
        (first as { title?: unknown }).title = "changed";
        if ("layer" in first) first.layer.length = 0;
        expect(JSON.stringify(c.make(options))).toBe(snapshot);
      }
    });

    it.each<ChartLocale>(["zh", "en"])("has tooltips with localized field titles (%s)", async (locale) => {
      await withView(c.make({ locale } as O), c.datasets, (view) => {
        const expected = c.tooltip(locale);
        const match = tooltips(view).find((t) => expected.keys.every((k) => k in t));
        expect(match, JSON.stringify(tooltips(view)[0])).toBeDefined();
        expect(Object.values(match ?? {}).map(String)).toContain(expected.value);
      });
    });

    it("takes data through view.data(name, rows) as well", async () => {
      await withView(c.make(), c.datasets, (view) => {
        const rows = c.dataNames.map((n) => view.data(n) as unknown[]);
        rows.forEach((r, i) =>
          expect(r.length, c.dataNames[i]).toBe(c.datasets[c.dataNames[i] ?? ""]?.length),
        );
        expect(findMark(view, c.dataMark)?.items?.length ?? 0).toBeGreaterThan(0);
        expect(runtimeWarnings(view)).toEqual([]);
      });
    });
  });
}
