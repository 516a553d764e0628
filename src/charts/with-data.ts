/**
 * Attaching rows to a chart spec's named data sources, for vega-embed and for static export.
 */
import type { TopLevelSpec } from "vega-lite";

/** Rows per named data source, e.g. `{ balance: rows }`. */
export type ChartDatasets = Readonly<Record<string, readonly object[]>>;

/** Names of all `data: { name }` sources anywhere in a spec (layers included). */
function dataSourceNames(spec: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "data" && value !== null && typeof value === "object" && "name" in value) {
          const name: unknown = value.name;
          if (typeof name === "string") names.add(name);
        }
        if (key !== "datasets") visit(value);
      }
    }
  };
  visit(spec);
  return names;
}

/**
 * A copy of `spec` with rows attached as top-level `datasets`, so the spec is self-contained
 * (vega-embed, `vega-lite`'s `compile()` + a Vega view, PNG/SVG export). The spec itself and the row
 * arrays are not modified; the row arrays are copied (shallowly: rows are shared).
 *
 * With a live Vega view you can instead compile the spec without data and call
 * `view.data("balance", rows)`.
 *
 * @param spec A spec from this folder (e.g. `fundBalanceFanSpec()`), whose data are named sources.
 * @param datasets Rows per source name, e.g. `{ balance: rows }`. Names the spec does not use throw
 *   an Error (catches typos); sources left out stay empty.
 * @returns The spec with `datasets` merged over any the spec already had.
 * @example
 * import { fundBalanceFanSpec } from "./fund-balance-fan-spec.ts";
 * const rows = [{ scenario: "A", year: 1, p1: 1, p5: 2, p25: 3, p50: 4, p75: 5, p95: 6, p99: 7 }];
 * const spec = withData(fundBalanceFanSpec({ locale: "en" }), { balance: rows });
 * spec.datasets // the spec is ready for `vegaEmbed("#chart", spec)`
 * // → { balance: rows }
 */
export function withData<S extends TopLevelSpec>(spec: S, datasets: ChartDatasets): S {
  const used = dataSourceNames(spec);
  const copied: Record<string, object[]> = {};
  for (const [name, rows] of Object.entries(datasets)) {
    if (!used.has(name)) {
      const known = [...used].map((n) => `"${n}"`).join(", ") || "none";
      throw new Error(`withData: the spec has no data source named "${name}" (it has: ${known})`);
    }
    copied[name] = [...rows];
  }
  return { ...spec, datasets: { ...spec.datasets, ...copied } };
}
