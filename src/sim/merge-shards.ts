import { InputError, message } from "../messages.ts";
import { bandSlots } from "./band-slots.ts";
import type { SimulationRun } from "./run-simulation.ts";
import { shardBlock } from "./shard-block.ts";
import type { ShardData } from "./shard-table.ts";

/**
 * Merges the shards of a run, given in any order, into the run of all its paths: the figures of every
 * path land where one run of all the paths puts them, so `summarizeRun` gives the same results byte for
 * byte. Checks that every shard comes from the same scenarios (hash), engine, seed, paths, years and shard
 * count, that each block is the one its `K/N` names, and that every block is given exactly once.
 * @throws InputError (English and Chinese) naming the file and what differs, overlaps or is missing.
 */
export function mergeShards(shards: readonly { file: string; data: ShardData }[]): SimulationRun {
  if (shards.length === 0) throw new InputError([message.mergeNoFiles()]);
  const first = shards[0]!;
  const reference = first.data;
  const fields: [string, (data: ShardData) => string][] = [
    ["scenario hash", (data) => data.scenarioHash],
    ["engine", (data) => data.engine],
    ["seed", (data) => String(data.seed)],
    ["paths", (data) => String(data.paths)],
    ["years", (data) => String(data.years)],
    ["shard count N", (data) => String(data.shard.count)],
    ["scenarios", (data) => data.scenarios.map((scenario) => scenario.name).join(" vs ")],
  ];
  const held = new Map<number, string>();
  for (const { file, data } of shards) {
    for (const [field, read] of fields) {
      if (read(data) !== read(reference))
        throw new InputError([message.shardMismatch(file, field, read(data), first.file, read(reference))]);
    }
    if (JSON.stringify(data.scenarios) !== JSON.stringify(reference.scenarios))
      throw new InputError([
        message.shardMismatch(file, "scenario JSON", data.scenarioHash, first.file, reference.scenarioHash),
      ]);
    const expected = shardBlock(data.shard, data.paths);
    if (expected.start !== data.block.start || expected.end !== data.block.end)
      throw new InputError([
        message.shardUnreadable(
          file,
          `block ${data.block.start}–${data.block.end} is not shard ${data.shard.index}/${data.shard.count} of ${data.paths} paths`,
        ),
      ]);
    const other = held.get(data.shard.index);
    if (other !== undefined)
      throw new InputError([
        message.shardOverlap(
          file,
          other,
          `${data.shard.index}/${data.shard.count}`,
          data.block.start,
          data.block.end,
        ),
      ]);
    held.set(data.shard.index, file);
  }
  const count = reference.shard.count;
  const missing: string[] = [];
  for (let index = 1; index <= count; index++) if (!held.has(index)) missing.push(`${index}/${count}`);
  if (missing.length > 0) throw new InputError([message.shardMissing(missing, count)]);

  const { paths, years, seed } = reference;
  const scenarios = reference.scenarios;
  const outcomes = scenarios.map((scenario, index) => {
    const width = reference.widths[index]!;
    const metrics = new Float64Array(paths * years * width);
    for (const { data } of shards) metrics.set(data.metrics[index]!, data.block.start * years * width);
    return { scenario, width, metrics, bandSlots: bandSlots(scenario.policy) };
  });
  return {
    request: { scenario: scenarios[0]!, compare: scenarios[1], paths, years, seed },
    outcomes,
    block: { start: 0, end: paths },
  };
}
