import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError, message } from "../messages.ts";
import { summarizeRun } from "../risk/summarize-run.ts";
import { mergeShards } from "../sim/merge-shards.ts";
import { type ShardData, decodeShard } from "../sim/shard-table.ts";
import { formatSummaryTable } from "./format-summary-table.ts";
import type { CommandIo } from "./io.ts";
import { type ParsedOptions, parseOptions } from "./parse-options.ts";
import { writeOutput } from "./write-output.ts";

/** The options `huzhu merge` accepts besides the shard files. */
export const MERGE_OPTIONS = ["--out"] as const;

/**
 * Splits `huzhu merge`'s arguments into the shard files (every argument not an option or an option's
 * value) and the options. @throws InputError for an unknown option or a missing value.
 */
export function parseMergeArgs(args: readonly string[]): { files: string[]; options: ParsedOptions } {
  const files: string[] = [];
  const rest: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith("--")) files.push(arg);
    else {
      rest.push(arg);
      if (!arg.includes("=") && index + 1 < args.length && !args[index + 1]!.startsWith("--"))
        rest.push(args[++index]!);
    }
  }
  return { files, options: parseOptions(rest, MERGE_OPTIONS) };
}

/**
 * `huzhu merge shard-1.arrow shard-2.arrow … [--out results.json]`: combines the shards of a run written
 * by `huzhu simulate --shard K/N`, given in any order, prints the table by year and writes the results
 * JSON: the same bytes as one `huzhu simulate --out` run of all the paths with the same seed.
 */
export async function mergeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { files, options } = parseMergeArgs(args);
  if (files.length === 0) throw new InputError(message.mergeNoFiles());
  const shards = files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(io.cwd, file));
    } catch (error) {
      throw new InputError(
        message.shardUnreadable(file, (error as NodeJS.ErrnoException).code ?? "unreadable"),
      );
    }
    let data: ShardData;
    try {
      data = decodeShard(bytes);
    } catch (error) {
      throw new InputError(message.shardUnreadable(file, (error as Error).message));
    }
    return { file, data };
  });
  const summary = summarizeRun(mergeShards(shards));
  io.stdout.write(formatSummaryTable(summary));
  const out = options.values.get("--out")?.at(-1);
  if (out !== undefined) {
    writeOutput(io, out, JSON.stringify(summary, null, 2) + "\n");
    io.stdout.write(`wrote ${out}\n`);
  }
  return 0;
}
