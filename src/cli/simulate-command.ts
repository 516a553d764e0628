import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { InputError, message } from "../messages.ts";
import { summarizeRun } from "../risk/summarize-run.ts";
import type { Scenario } from "../scenario/types.ts";
import { createInlinePool } from "../sim/inline-pool.ts";
import { createNodeWorkerPool } from "../sim/node-worker-pool.ts";
import { MAX_PATHS, MAX_YEARS, runSimulation } from "../sim/run-simulation.ts";
import { parseShard, shardBlock } from "../sim/shard-block.ts";
import { encodeShard } from "../sim/shard-table.ts";
import type { WorkerPool } from "../sim/worker-pool.ts";
import { formatSummaryTable } from "./format-summary-table.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { progressBar } from "./progress-bar.ts";
import { type ParsedOptions, optionInteger, optionText, parseOptions } from "./parse-options.ts";
import { writeOutput } from "./write-output.ts";

/** The run settings shared by `simulate` and `solve-fee`: paths, years, seed and threads, range-checked. */
export function runSettings(options: ParsedOptions, scenario: Scenario) {
  return {
    paths: optionInteger(options, "--paths", scenario.simulation.paths, 1, MAX_PATHS),
    years: optionInteger(options, "--years", scenario.simulation.years, 1, MAX_YEARS),
    seed: optionInteger(options, "--seed", scenario.simulation.seed, 0, Number.MAX_SAFE_INTEGER),
    threads: optionInteger(options, "--threads", availableParallelism(), 1, 64),
  };
}

/** A pool of `threads` worker threads (the calling thread itself for one thread). */
export function createPool(threads: number): WorkerPool {
  return threads === 1 ? createInlinePool() : createNodeWorkerPool(threads);
}

/** The options `huzhu simulate` accepts (the deploy recipes' command lines are checked against them). */
export const SIMULATE_OPTIONS = [
  "--scenario",
  "--paths",
  "--years",
  "--seed",
  "--compare",
  "--threads",
  "--shard",
  "--out",
] as const;

/** A short digest of the scenarios' JSON, written into shard files so that `merge` can tell runs apart. */
export function scenarioHash(scenarios: readonly Scenario[]): string {
  return createHash("sha256").update(JSON.stringify(scenarios)).digest("hex").slice(0, 16);
}

/**
 * `huzhu simulate --scenario S [--paths N] [--years N] [--seed N] [--compare S2] [--threads N] [--out F]`:
 * projects the fund, prints a table by year (with a progress bar on a terminal) and writes the results
 * JSON to `--out` only once the run is complete. With `--shard K/N --out shard-K.arrow`, runs only the
 * K-th of N equal blocks of the paths and writes each path-year's figures as an Arrow IPC file, for
 * `huzhu merge`.
 */
export async function simulateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, SIMULATE_OPTIONS);
  const scenario = loadScenarioOption(io, optionText(options, "--scenario"));
  const compareFile = options.values.get("--compare")?.at(-1);
  const compare = compareFile === undefined ? undefined : loadScenarioOption(io, compareFile);
  const { paths, years, seed, threads } = runSettings(options, scenario);
  const out = options.values.get("--out")?.at(-1);
  const shardText = options.values.get("--shard")?.at(-1);
  const shard = shardText === undefined ? undefined : parseShard(shardText, paths);
  if (shard && out === undefined) throw new InputError(message.shardNeedsOut());
  const block = shard && shardBlock(shard, paths);
  const pool = createPool(threads);
  const bar = progressBar(io.stderr, "simulating");
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  try {
    const run = await runSimulation({ scenario, compare, paths, years, seed }, pool, {
      onProgress: (done, total) => bar.update(done, total),
      signal: abort.signal,
      block,
    });
    bar.finish();
    if (shard && block && out !== undefined) {
      writeOutput(io, out, encodeShard(run, shard, scenarioHash(run.outcomes.map((o) => o.scenario))));
      io.stdout.write(
        `${scenario.name}: shard ${shard.index}/${shard.count}, paths ${block.start + 1}–${block.end} of ${paths} × ${years} years, seed ${seed}\nwrote ${out}\n`,
      );
      return 0;
    }
    const summary = summarizeRun(run);
    io.stdout.write(formatSummaryTable(summary));
    if (out !== undefined) {
      writeOutput(io, out, JSON.stringify(summary, null, 2) + "\n");
      io.stdout.write(`wrote ${out}\n`);
    }
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    pool.terminate();
  }
}
