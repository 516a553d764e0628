// %% [markdown]
// # Exact aggregate against Monte Carlo
// For one year and a fixed membership with one claim rate, the year's benefits are a compound negative
// binomial sum; its distribution is computed by FFT and compared with the simulation.

// %%
import { compileModel } from "../src/model/compile-model.ts";
import { exactYearOne } from "../src/risk/exact-year-one.ts";
import { meanAndStandardError } from "../src/risk/mean-and-standard-error.ts";
import { quantileSorted } from "../src/risk/quantile-sorted.ts";
import { loadScenario } from "../src/scenario/load-scenario.ts";
import { METRIC } from "../src/sim/metrics.ts";
import { runPaths } from "../src/sim/run-paths.ts";

const paths = Number(process.env.HUZHU_PATHS ?? 2000);
const scenario = loadScenario("test/fixtures/exact-check.json");
const exact = exactYearOne(compileModel(scenario), { step: 50, length: 2 ** 16 });
const run = runPaths({ scenarios: [scenario], seed: 1, years: 1, pathStart: 0, pathEnd: paths });
const width = run.metrics[0]!.length / paths;
const benefits = Float64Array.from(
  { length: paths },
  (_, path) => run.metrics[0]![path * width + METRIC.benefitsIncurred]!,
);
const { mean, se, sd } = meanAndStandardError(benefits);

// %%
console.log(
  `exact: mean ${exact.mean.toFixed(0)}, sd ${exact.standardDeviation.toFixed(0)}, 99.5% ${exact.quantile(0.995).toFixed(0)}`,
);
console.log(
  `Monte Carlo (${paths} paths): mean ${mean.toFixed(0)} ± ${se.toFixed(0)}, sd ${sd.toFixed(0)}, 99.5% ${quantileSorted(benefits.sort(), 0.995).toFixed(0)}`,
);
console.log(`difference of means in standard errors: ${((mean - exact.mean) / se).toFixed(2)}`);
