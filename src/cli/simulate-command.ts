import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { InputError, message, renderMessage } from "../messages.ts";
import { summarizeRun } from "../risk/summarize-run.ts";
import type { Scenario } from "../scenario/types.ts";
import { createInlinePool } from "../sim/inline-pool.ts";
import { createNodeWorkerPool } from "../sim/node-worker-pool.ts";
import { MAX_PATHS, MAX_YEARS, runSimulation } from "../sim/run-simulation.ts";
import { parseShard, shardBlock } from "../sim/shard-block.ts";
import { encodeShard } from "../sim/shard-table.ts";
import type { WorkerPool } from "../sim/worker-pool.ts";
import { formatSummaryTable } from "./format-summary-table.ts";
import { messageLang } from "./message-lang.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { progressBar } from "./progress-bar.ts";
import {
  type ParsedOptions,
  optionInteger,
  optionLocale,
  optionText,
  parseOptions,
} from "./parse-options.ts";
import { checkOutput, writeOutput } from "./write-output.ts";
import { runStressComparison } from "../risk/compare-stress.ts";
import { parseStressNames } from "../scenario/stresses/apply-stresses.ts";
import { formatStressTable } from "./format-stress-table.ts";

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
  "--stress",
  "--format",
  "--lang",
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
 * `huzhu merge`. With `--stress epidemic[,cost-shock…]` (not with `--compare` or `--shard`) it runs the
 * scenario and the same scenario under the stresses on the same random numbers and reports both with
 * their differences, as a table or `--format json`, in `--lang en|zh`.
 */
export async function simulateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, SIMULATE_OPTIONS);
  const stressText = options.values.get("--stress")?.at(-1);
  if (stressText !== undefined && (options.values.has("--compare") || options.values.has("--shard")))
    throw new InputError([message.optionValue("--stress", stressText, message.stressAlone())]);
  const stresses = stressText === undefined ? [] : parseStressNames(stressText);
  const format = optionText(options, "--format", "table");
  if (format !== "table" && format !== "json")
    throw new InputError([message.optionValue("--format", format, message.optionOneOf(["table", "json"]))]);
  const locale = optionLocale(options); // refuses a language other than en or zh
  const scenario = loadScenarioOption(io, optionText(options, "--scenario"));
  const compareFile = options.values.get("--compare")?.at(-1);
  const compare = compareFile === undefined ? undefined : loadScenarioOption(io, compareFile);
  const { paths, years, seed, threads } = runSettings(options, scenario);
  const out = options.values.get("--out")?.at(-1);
  const shardText = options.values.get("--shard")?.at(-1);
  const shard = shardText === undefined ? undefined : parseShard(shardText, paths);
  if (shard && out === undefined) throw new InputError([message.shardNeedsOut()]);
  const block = shard && shardBlock(shard, paths);
  checkOutput(io, out);
  const pool = createPool(threads);
  const bar = progressBar(io.stderr, "simulating");
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  io.stderr.write(`${renderMessage(message.simulating(paths, years, threads), messageLang(args))}\n`);
  try {
    if (stresses.length > 0) {
      const comparison = await runStressComparison({ scenario, stresses, paths, years, seed }, pool, {
        onProgress: (done, total) => bar.update(done, total),
        signal: abort.signal,
      });
      bar.finish();
      const json = JSON.stringify(comparison, null, 2) + "\n";
      io.stdout.write(format === "json" ? json : formatStressTable(comparison, locale));
      if (out !== undefined) {
        writeOutput(io, out, json);
        io.stdout.write(`${renderMessage(message.wroteFile(out), locale)}\n`);
      }
      return 0;
    }
    const run = await runSimulation({ scenario, compare, paths, years, seed }, pool, {
      onProgress: (done, total) => bar.update(done, total),
      signal: abort.signal,
      block,
    });
    bar.finish();
    if (shard && block && out !== undefined) {
      writeOutput(io, out, encodeShard(run, shard, scenarioHash(run.outcomes.map((o) => o.scenario))));
      const lang = messageLang(args);
      io.stdout.write(
        `${renderMessage(message.shardWritten(scenario.name, shard.index, shard.count, block.start + 1, block.end, paths, years, seed), lang)}\n` +
          `${renderMessage(message.wroteFile(out), lang)}\n`,
      );
      return 0;
    }
    const summary = summarizeRun(run);
    io.stdout.write(formatSummaryTable(summary, messageLang(args)));
    if (out !== undefined) {
      writeOutput(io, out, JSON.stringify(summary, null, 2) + "\n");
      io.stdout.write(`${renderMessage(message.wroteFile(out), messageLang(args))}\n`);
    }
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    pool.terminate();
  }
}
