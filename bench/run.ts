/**
 * `npm run bench`: speed of the engine on the Inner Mongolia 2025 scenario. Prints figures; asserts
 * nothing (tests stay deterministic and fast). `npm run bench -- --quick` skips the 10,000-path run.
 *
 * 1. claims simulated and adjudicated per second on one core (in this thread);
 * 2. scaling from 1 to 2 worker threads on the same paths;
 * 3. wall time of a 1,000-path and a 10,000-path 10-year projection on all cores;
 * 4. time of the exact year-one aggregate by FFT on 2^20 points;
 * 5. a full-size Inner Mongolia year (`huzhu synth --scale 1`) from CSV to the yearly results pack's
 *    tables, in its own process (target: under 10 s and 1.5 GB).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { compileModel } from "../src/model/compile-model.ts";
import { exactYearOne } from "../src/risk/exact-year-one.ts";
import { loadScenario } from "../src/scenario/load-scenario.ts";
import type { Scenario } from "../src/scenario/types.ts";
import { METRIC } from "../src/sim/metrics.ts";
import { createNodeWorkerPool } from "../src/sim/node-worker-pool.ts";
import { runPaths } from "../src/sim/run-paths.ts";
import { runSimulation, type SimulationRun } from "../src/sim/run-simulation.ts";

const quick = process.argv.includes("--quick");
const scenario = loadScenario("scenarios/inner-mongolia-2025.json");
const years = 10;

function countClaims(run: { metrics: Float64Array; width: number }): number {
  let claims = 0;
  for (let row = 0; row < run.metrics.length / run.width; row++)
    claims += run.metrics[row * run.width + METRIC.claims]!;
  return claims;
}

function claimsOf(run: SimulationRun): number {
  return countClaims(run.outcomes[0]!);
}

async function timeOnPool(threads: number, paths: number, target: Scenario = scenario) {
  const pool = createNodeWorkerPool(threads);
  try {
    // Warm the threads (module loading, JIT) on a few paths first.
    await runSimulation({ scenario: target, paths: threads * 2, years: 1, seed: 99 }, pool);
    const start = performance.now();
    const run = await runSimulation({ scenario: target, paths, years, seed: 1 }, pool);
    const seconds = (performance.now() - start) / 1000;
    return { seconds, claims: claimsOf(run) };
  } finally {
    pool.terminate();
  }
}

const line = (text: string) => console.log(text);
line(`Huzhu engine benchmark — Inner Mongolia 2025, ${years}-year projections`);
line(
  `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}`,
);

// 1. One core, in this thread.
runPaths({ scenarios: [scenario], seed: 98, years: 2, pathStart: 0, pathEnd: 4 }); // warm-up
{
  const paths = 40;
  const start = performance.now();
  const result = runPaths({ scenarios: [scenario], seed: 1, years, pathStart: 0, pathEnd: paths });
  const seconds = (performance.now() - start) / 1000;
  const width = result.metrics[0]!.length / (paths * years);
  const claims = countClaims({ metrics: result.metrics[0]!, width });
  line(
    `1. one core: ${(claims / seconds / 1e6).toFixed(2)} M paid claims simulated and adjudicated a second (${paths} paths × ${years} years, ${(claims / 1e6).toFixed(1)} M claims in ${seconds.toFixed(1)} s, membership and fund included)`,
  );
}

// 2. Scaling from 1 to 2 threads.
{
  const paths = 200;
  const one = await timeOnPool(1, paths);
  const two = await timeOnPool(2, paths);
  line(
    `2. scaling: ${paths} paths on 1 thread ${one.seconds.toFixed(1)} s, on 2 threads ${two.seconds.toFixed(1)} s: ${(one.seconds / two.seconds).toFixed(2)}× (${(two.claims / two.seconds / 2 / 1e6).toFixed(2)} M claims/s per core on 2 threads)`,
  );
}

// 3. Wall time on all cores.
{
  const threads = availableParallelism();
  const thousand = await timeOnPool(threads, 1000);
  line(
    `3. 1,000 paths × ${years} years on ${threads} threads: ${thousand.seconds.toFixed(1)} s (${(thousand.claims / 1e6).toFixed(0)} M claims)`,
  );
  if (quick) line(`   10,000 paths: skipped (--quick)`);
  else {
    const tenThousand = await timeOnPool(threads, 10000);
    line(
      `   10,000 paths × ${years} years on ${threads} threads: ${tenThousand.seconds.toFixed(1)} s (${(tenThousand.claims / 1e6).toFixed(0)} M claims)`,
    );
  }
}

// 4. Exact year-one aggregate by FFT (the cross-check), on a one-rate version of the 2025 scenario.
{
  const exactScenario = loadScenario("test/fixtures/exact-check.json");
  const fullSize: Scenario = {
    ...exactScenario,
    assumptions: {
      ...exactScenario.assumptions,
      membership: {
        ...exactScenario.assumptions.membership,
        regions: [{ name: "Inner Mongolia", members: 1_157_123 }],
      },
    },
  };
  const model = compileModel(fullSize);
  const start = performance.now();
  const exact = exactYearOne(model, { step: 200, length: 2 ** 20 });
  const seconds = (performance.now() - start) / 1000;
  line(
    `4. exact year-one aggregate by FFT on 2^20 points (1.16 M members, ${Math.round(exact.expectedClaims).toLocaleString("en-US")} expected claims): ${seconds.toFixed(2)} s; mean ${(exact.mean / 1e6).toFixed(2)} M yuan, 99.5% quantile ${(exact.quantile(0.995) / 1e6).toFixed(2)} M yuan`,
  );
}

// 5. A full-size Inner Mongolia year from CSV to the yearly results pack's tables.
{
  const dir = mkdtempSync(join(tmpdir(), "huzhu-bench-"));
  try {
    const synthStart = performance.now();
    execFileSync(
      process.execPath,
      [
        "bin/huzhu.js",
        "synth",
        "--scenario",
        "scenarios/inner-mongolia-2021.json",
        "--from",
        "2022",
        "--to",
        "2022",
        "--seed",
        "1",
        "--scale",
        "1",
        "--out-dir",
        dir,
      ],
      { stdio: ["ignore", "ignore", "ignore"] },
    );
    const synthSeconds = (performance.now() - synthStart) / 1000;
    const megabytes =
      readdirSync(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0) / 1e6;
    const output = execFileSync(process.execPath, ["--import", "tsx", "bench/annual-pack.ts", dir, "2022"], {
      encoding: "utf8",
    });
    const result = JSON.parse(output.trim().split("\n").at(-1)!) as {
      seconds: number;
      readSeconds: number;
      members: number;
      claims: number;
      peakMb: number;
    };
    line(
      `5. annual results pack of a full-size Inner Mongolia year (${result.members.toLocaleString("en-US")} members, ${result.claims.toLocaleString("en-US")} claims, ${megabytes.toFixed(0)} MB of CSV from huzhu synth --scale 1 in ${synthSeconds.toFixed(1)} s): ${result.seconds.toFixed(1)} s from CSV to tables (reading and adjudicating ${result.readSeconds.toFixed(1)} s), peak ${(result.peakMb / 1024).toFixed(2)} GB — target under 10 s and 1.5 GB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
