import type { ChartLocale } from "../../charts/locale.ts";
import { resolveScenario, type ReadText } from "../../scenario/resolve-scenario.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { ScenarioSource } from "../shell/app-state.ts";
import { scenarioTitle } from "../shell/i18n.ts";

/** The scenario files shipped with the workbench, by path (`scenarios/<name>.json`), as text. */
const files: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>("../../../scenarios/*.json", { query: "?raw", import: "default", eager: true }),
  ).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ""), text]),
);

/** The scenario the workbench opens on. */
export const DEFAULT_SCENARIO = "inner-mongolia-2025";

/** The scenario a comparison starts from: the 2025 rules with the 2021 cap. */
export const DEFAULT_COMPARE_SCENARIO = "inner-mongolia-2025-cap-250k";

/**
 * Path of a bundled scenario, as messages name it.
 * @example scenarioPath("linyi-2019")
 * // → "scenarios/linyi-2019.json"
 */
export function scenarioPath(name: string): string {
  return `scenarios/${name}.json`;
}

/** Names of the bundled scenarios (file names without `.json`), sorted. */
export function bundledScenarioNames(): string[] {
  return Object.keys(files)
    .map((path) => path.replace(/^scenarios\//, "").replace(/\.json$/, ""))
    .sort();
}

/**
 * A reader for `resolveScenario` over the bundled files, and `extra` files (an uploaded scenario, by the
 * path it is given, e.g. `scenarios/my-scenario.json` so its `extends` finds the bundled ones).
 */
export function scenarioReader(extra: Readonly<Record<string, string>> = {}): ReadText {
  return (path) => {
    const text = extra[path] ?? files[path];
    if (text === undefined) throw new Error("no such scenario file");
    return text;
  };
}

/** The `name` field of a bundled scenario file (without resolving it), or the file name if it has none. */
export function bundledScenarioTitle(name: string): string {
  try {
    const document = JSON.parse(files[scenarioPath(name)] ?? "{}") as { name?: unknown };
    return typeof document.name === "string" ? document.name : name;
  } catch {
    return name;
  }
}

/**
 * How a scenario's `name` reads in `locale`: the Chinese title of the bundled file of that name in
 * Chinese, otherwise the name itself (an edited or uploaded scenario keeps its own name).
 */
export function scenarioDisplayName(name: string, locale: ChartLocale): string {
  const file = bundledScenarioNames().find((candidate) => bundledScenarioTitle(candidate) === name);
  return file === undefined ? name : scenarioTitle(file, name, locale);
}

/** Reads and resolves a bundled scenario. @throws InputError with the loader's messages */
export function loadBundledScenario(name: string): Scenario {
  return resolveScenario(scenarioPath(name), scenarioReader());
}

/** Where a bundled scenario comes from, for the state. */
export function bundledSource(name: string): ScenarioSource {
  return { name, file: scenarioPath(name), bundled: true };
}
