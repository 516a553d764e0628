/**
 * The run profiled for the README's "where the time goes": Inner Mongolia 2025, one thread (this one),
 * 60 paths × 10 years, after a short warm-up.
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx bench/profile-run.ts
 */
import { loadScenario } from "../src/scenario/load-scenario.ts";
import { runPaths } from "../src/sim/run-paths.ts";

const scenario = loadScenario("scenarios/inner-mongolia-2025.json");
runPaths({ scenarios: [scenario], seed: 98, years: 2, pathStart: 0, pathEnd: 2 });
const start = performance.now();
runPaths({ scenarios: [scenario], seed: 1, years: 10, pathStart: 0, pathEnd: 60 });
console.log(`60 paths × 10 years in ${((performance.now() - start) / 1000).toFixed(1)} s`);
