/**
 * The run profiled for the README's "where the time goes": Inner Mongolia 2025, one thread (this one),
 * 60 paths × 10 years, after a short warm-up.
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx bench/profile-run.ts
 */
import { loadScenario } from "../src/scenario/load-scenario.ts";
import { METRIC } from "../src/sim/metrics.ts";
import { runPaths } from "../src/sim/run-paths.ts";

const scenario = loadScenario("scenarios/inner-mongolia-2025.json");
runPaths({ scenarios: [scenario], seed: 98, years: 2, pathStart: 0, pathEnd: 2 });
const start = performance.now();
const { metrics } = runPaths({ scenarios: [scenario], seed: 1, years: 10, pathStart: 0, pathEnd: 60 });
const seconds = (performance.now() - start) / 1000;
const width = metrics[0]!.length / 600;
let claims = 0;
for (let row = 0; row < 600; row++) claims += metrics[0]![row * width + METRIC.claims]!;
console.log(
  `60 paths × 10 years in ${seconds.toFixed(1)} s: ${(claims / 1e6).toFixed(1)} M paid claims, ${(claims / seconds / 1e6).toFixed(2)} M a second`,
);
