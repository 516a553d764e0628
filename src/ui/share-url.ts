import type { ChartLocale } from "../charts/locale.ts";

/** What a shared link carries: the base scenario file, the edits over it, the run settings and language. */
export interface SharedState {
  /** Name of a bundled scenario file without `.json`, e.g. `inner-mongolia-2025`. */
  readonly base: string;
  /** Fields changed from the base file (see `scenarioDiff`), or `undefined` for none. */
  readonly overrides?: unknown;
  readonly paths: number;
  readonly years: number;
  readonly seed: number;
  readonly locale: ChartLocale;
}

/**
 * The URL hash of a shared workbench: `#s=<base>&paths=…&years=…&seed=…&lang=…&o=<overrides as JSON>`.
 * The overrides are JSON in the hash (percent-encoded), so a copied link reproduces the scenario, and
 * with the seed and paths, the run.
 * @example encodeShareHash({ base: "inner-mongolia-2025", overrides: { policy: { inpatient: { cap: 250000 } } }, paths: 40, years: 3, seed: 1, locale: "zh" })
 * // → "#s=inner-mongolia-2025&paths=40&years=3&seed=1&lang=zh&o=%7B%22policy%22%3A%7B%22inpatient%22%3A%7B%22cap%22%3A250000%7D%7D%7D"
 */
export function encodeShareHash(state: SharedState): string {
  const params = new URLSearchParams({
    s: state.base,
    paths: String(state.paths),
    years: String(state.years),
    seed: String(state.seed),
    lang: state.locale,
  });
  if (state.overrides !== undefined) params.set("o", JSON.stringify(state.overrides));
  return `#${params.toString()}`;
}

/**
 * Reads a hash written by {@link encodeShareHash}. Returns `null` when the hash names no scenario;
 * settings that are missing or not numbers come back `NaN` (the caller keeps the scenario's own), and a
 * language other than `en` is Chinese.
 * @throws SyntaxError when the overrides are not valid JSON
 */
export function decodeShareHash(hash: string): SharedState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const base = params.get("s");
  if (!base) return null;
  const number = (name: string) => {
    const text = params.get(name);
    return text === null || text.trim() === "" ? Number.NaN : Number(text);
  };
  const overrides = params.get("o");
  return {
    base,
    ...(overrides === null ? {} : { overrides: JSON.parse(overrides) as unknown }),
    paths: number("paths"),
    years: number("years"),
    seed: number("seed"),
    locale: params.get("lang") === "en" ? "en" : "zh",
  };
}
