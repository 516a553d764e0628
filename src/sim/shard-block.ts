import { InputError, message } from "../messages.ts";
import type { PathBlock } from "./run-simulation.ts";

/** The K-th of N shards of a run (K from 1 to N). */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Reads a shard spec `K/N` (the K-th of N equal blocks of paths, K from 1 to N, N at most `paths`).
 * @throws InputError (in English and Chinese) naming the option and what was expected.
 * @example parseShard("2/3", 10)
 * // → { index: 2, count: 3 }
 * @example parseShard("4/3", 10)
 * // throws "option --shard"
 */
export function parseShard(text: string, paths: number): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || index < 1 || count < 1 || index > count || count > paths)
    throw new InputError(message.shardSpec(text, paths));
  return { index, count };
}

/**
 * The paths of shard K of N: `[⌊(K−1)·paths/N⌋, ⌊K·paths/N⌋)`. The N blocks are disjoint, cover every
 * path once, and differ in size by at most one path.
 * @example shardBlock({ index: 2, count: 3 }, 10)
 * // → { start: 3, end: 6 }
 */
export function shardBlock(shard: Shard, paths: number): PathBlock {
  return {
    start: Math.floor(((shard.index - 1) * paths) / shard.count),
    end: Math.floor((shard.index * paths) / shard.count),
  };
}
