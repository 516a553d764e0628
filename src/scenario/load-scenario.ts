import { readFileSync } from "node:fs";
import { resolveScenario } from "./resolve-scenario.ts";
import type { Scenario } from "./types.ts";

/** Loads a scenario file from disk (Node only; the browser calls `resolveScenario` with its own reader). */
export function loadScenario(file: string): Scenario {
  return resolveScenario(file, (path) => readFileSync(path, "utf8"));
}
