import { describe, expect, it } from "vitest";
import { InputError } from "../../src/messages.ts";
import { parseShard, shardBlock } from "../../src/sim/shard-block.ts";

describe("shard blocks", () => {
  it("reads K/N and refuses specs outside 1 ≤ K ≤ N ≤ paths, in English and Chinese", () => {
    expect(parseShard("2/3", 10)).toEqual({ index: 2, count: 3 });
    expect(parseShard(" 1 / 1 ", 1)).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "1/0", "3", "a/b", "1.5/3", "-1/3", "1/11", ""]) {
      expect(() => parseShard(bad, 10), bad).toThrow(InputError);
      try {
        parseShard(bad, 10);
      } catch (error) {
        const [en, zh] = (error as InputError).problems;
        expect(en).toContain(`option --shard: "${bad}"`);
        expect(zh).toContain(`选项 --shard："${bad}"`);
      }
    }
  });

  it("splits the paths into N disjoint blocks that cover each path once and differ by at most one", () => {
    for (const paths of [1, 5, 7, 100, 1001]) {
      for (let count = 1; count <= Math.min(paths, 9); count++) {
        const seen = new Uint8Array(paths);
        const sizes: number[] = [];
        for (let index = 1; index <= count; index++) {
          const { start, end } = shardBlock({ index, count }, paths);
          sizes.push(end - start);
          for (let path = start; path < end; path++) seen[path]!++;
        }
        expect(seen.every((times) => times === 1)).toBe(true);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
    // The worked example of the doc comment: 10 paths in 3 blocks are 0–2, 3–5, 6–9.
    expect([1, 2, 3].map((index) => shardBlock({ index, count: 3 }, 10))).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 10 },
    ]);
  });
});
