import { checkJsonShape } from "../../scenario/check-json-shape.ts";
import type { ChartLocale } from "../../charts/locale.ts";
import { DEFAULT_SOLVE_SETTINGS } from "../solve/solve-settings.ts";

/** Scenario B of a comparison in a link: its bundled file, the edits over it, and a typed name. */
export interface SharedCompare {
  readonly base: string;
  readonly overrides?: unknown;
  readonly name?: string;
}

/** The fee solver's settings in a link, as typed. */
export interface SharedSolve {
  readonly targetRuin: string;
  readonly paths: string;
  readonly years: string;
}

const TABS = ["results", "compare", "solve", "replay"] as const;

/**
 * What a shared link carries: the base scenario file, the edits over it, the run settings and language;
 * and when set, scenario A's typed name, the tab, scenario B, the fee solver's settings, and
 * `extensions`: settings of further panels (stress tests, attribution, …) keyed by panel, carried as one
 * JSON object so a new panel needs no change here.
 */
export interface SharedState {
  /** Name of a bundled scenario file without `.json`, e.g. `inner-mongolia-2025`. */
  readonly base: string;
  /** Fields changed from the base file (see `scenarioDiff`), or `undefined` for none. */
  readonly overrides?: unknown;
  readonly paths: number;
  readonly years: number;
  readonly seed: number;
  readonly locale: ChartLocale;
  readonly name?: string;
  /** The tab shown: `results`, `compare`, `solve`, `replay`, or another panel's id. */
  readonly tab?: string;
  readonly compare?: SharedCompare;
  readonly solve?: SharedSolve;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The URL hash of a shared workbench: `#s=<base>&paths=…&years=…&seed=…&lang=…&o=<overrides as JSON>`,
 * then when set `n=<A's name>`, `tab=…`, scenario B as `b=<file>&bo=<overrides>&bn=<name>`, the fee
 * solver as `st=<target>&sp=<paths>&sy=<years>`, and `x=<extensions as JSON>`.
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
  if (state.name) params.set("n", state.name);
  if (state.tab) params.set("tab", state.tab);
  if (state.compare) {
    params.set("b", state.compare.base);
    if (state.compare.overrides !== undefined) params.set("bo", JSON.stringify(state.compare.overrides));
    if (state.compare.name) params.set("bn", state.compare.name);
  }
  if (state.solve) {
    params.set("st", state.solve.targetRuin);
    params.set("sp", state.solve.paths);
    params.set("sy", state.solve.years);
  }
  if (state.extensions && Object.keys(state.extensions).length > 0)
    params.set("x", JSON.stringify(state.extensions));
  return `#${params.toString()}`;
}

/**
 * Reads a hash written by {@link encodeShareHash} (older links with only the first six parameters too).
 * Returns `null` when the hash names no scenario;
 * settings that are missing or not numbers come back `NaN` (the caller keeps the scenario's own), and a
 * language other than `en` is Chinese.
 * @throws SyntaxError when the overrides (`o`, `bo`) or extensions (`x`) are not valid JSON; InputError
 * when they hold a prototype key (`__proto__`, `constructor`, `prototype`) or nest too deep
 */
export function decodeShareHash(hash: string): SharedState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const base = params.get("s");
  if (!base) return null;
  const number = (name: string) => {
    const text = params.get(name);
    return text === null || text.trim() === "" ? Number.NaN : Number(text);
  };
  const json = (name: string): unknown => {
    const text = params.get(name);
    if (text === null) return undefined;
    const value = JSON.parse(text) as unknown;
    // The link's changes are merged over a scenario: refuse prototype keys and deep nesting first.
    checkJsonShape(value, "link");
    return value;
  };
  const overrides = json("o");
  const name = params.get("n");
  const tab = params.get("tab");
  const b = params.get("b");
  const compareOverrides = json("bo");
  const compareName = params.get("bn");
  const [target, solvePaths, solveYears] = [params.get("st"), params.get("sp"), params.get("sy")];
  const extensions = json("x");
  return {
    base,
    ...(overrides === undefined ? {} : { overrides }),
    paths: number("paths"),
    years: number("years"),
    seed: number("seed"),
    locale: params.get("lang") === "en" ? "en" : "zh",
    ...(name ? { name } : {}),
    ...(tab ? { tab } : {}),
    ...(b
      ? {
          compare: {
            base: b,
            ...(compareOverrides === undefined ? {} : { overrides: compareOverrides }),
            ...(compareName ? { name: compareName } : {}),
          },
        }
      : {}),
    ...(target !== null || solvePaths !== null || solveYears !== null
      ? {
          // A setting the link leaves out keeps its default (not an empty field the form rejects).
          solve: {
            targetRuin: target ?? DEFAULT_SOLVE_SETTINGS.targetRuin,
            paths: solvePaths ?? DEFAULT_SOLVE_SETTINGS.paths,
            years: solveYears ?? DEFAULT_SOLVE_SETTINGS.years,
          },
        }
      : {}),
    ...(extensions !== null && typeof extensions === "object" && !Array.isArray(extensions)
      ? { extensions: extensions as Record<string, unknown> }
      : {}),
  };
}

/** Whether `tab` is one of the workbench's own tabs. */
export function isKnownTab(tab: string): tab is (typeof TABS)[number] {
  return (TABS as readonly string[]).includes(tab);
}
