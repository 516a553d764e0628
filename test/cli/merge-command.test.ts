import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const im2025 = "scenarios/inner-mongolia-2025.json";
const cap250k = "scenarios/inner-mongolia-2025-cap-250k.json";
const dir = mkdtempSync(join(tmpdir(), "huzhu-shards-"));
const run = (seed: number, compare = true) => [
  "--scenario",
  im2025,
  ...(compare ? ["--compare", cap250k] : []),
  "--paths",
  "7",
  "--years",
  "2",
  "--seed",
  String(seed),
  "--threads",
  "1",
];

async function simulate(args: string[]): Promise<void> {
  const { code, stderr } = await runCli(["simulate", ...args]);
  expect(stderr).not.toContain("error");
  expect(code).toBe(0);
}

/** Writes the shards of a run with `count` shards and returns their files, in reverse order. */
async function shards(count: number, seed = 5, compare = true): Promise<string[]> {
  const files: string[] = [];
  for (let index = 1; index <= count; index++) {
    const file = join(dir, `s${seed}-${compare ? "c" : "n"}-${count}-${index}.arrow`);
    await simulate([...run(seed, compare), "--shard", `${index}/${count}`, "--out", file]);
    files.push(file);
  }
  return files.reverse();
}

describe("huzhu simulate --shard and huzhu merge", () => {
  let whole: string;
  beforeAll(async () => {
    const out = join(dir, "whole.json");
    await simulate([...run(5), "--out", out]);
    whole = readFileSync(out, "utf8");
  }, 120_000);

  for (const count of [1, 2, 3]) {
    it(`merges ${count} shard${count > 1 ? "s" : ""}, given in any order, into the same bytes as one run`, async () => {
      const files = await shards(count);
      const out = join(dir, `merged-${count}.json`);
      const { code, stdout } = await runCli(["merge", ...files, "--out", out]);
      expect(code).toBe(0);
      expect(stdout).toContain("7 paths × 2 years, seed 5");
      const merged = readFileSync(out, "utf8");
      // The whole run is a comparison with paths, quantiles and paired differences: every byte must agree.
      expect(JSON.parse(merged).compare.differences.byYear).toHaveLength(2);
      expect(merged).toBe(whole);
    }, 120_000);
  }

  it("refuses shards of different runs, overlapping or missing blocks, with exit 2 in English and Chinese", async () => {
    const [second, first] = await shards(2);
    const [, otherSeedFirst] = await shards(2, 6);
    const [otherScenarioSecond] = await shards(2, 5, false);
    const cases: [string[], RegExp, RegExp][] = [
      [[first!, otherSeedFirst!], /s6-c-2-1\.arrow: seed 6 differs from .*s5-c-2-1\.arrow \(5\)/, /随机种子/],
      [[first!, otherScenarioSecond!], /s5-n-2-2\.arrow: scenario hash \w+ differs from/, /同一情景/],
      [[first!, first!], /shard 1\/2 \(paths 1–3\) overlaps/, /重叠/],
      [[second!], /missing shard 1\/2 of 2/, /缺少第 1\/2 个分片/],
      [[], /no shard files given/, /未给出分片文件/],
    ];
    for (const [files, en, zh] of cases) {
      const { code, stderr } = await runCli(["merge", ...files]);
      expect(code, stderr).toBe(2);
      expect(stderr).toMatch(en);
      expect(stderr).toMatch(zh);
      expect(stderr).not.toMatch(/internal error|\n\s+at /);
    }
    const notArrow = join(dir, "results.json");
    writeFileSync(notArrow, "{}\n");
    const bad = await runCli(["merge", notArrow]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/results\.json: is not a Huzhu shard file/);
    expect(bad.stderr).toMatch(/results\.json：不是互助分片文件/);
  }, 240_000);

  it("refuses a bad --shard spec or a shard without --out before running", async () => {
    for (const spec of ["0/2", "3/2", "8/8", "two"]) {
      const { code, stderr } = await runCli(["simulate", ...run(5), "--shard", spec, "--out", "x.arrow"]);
      expect(code).toBe(2);
      expect(stderr).toContain(`option --shard: "${spec}" is not K/N`);
      expect(stderr).toContain(`选项 --shard："${spec}"`);
    }
    const noOut = await runCli(["simulate", ...run(5), "--shard", "1/2"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("option --shard needs --out FILE.arrow");
    expect(noOut.stderr).toContain("选项 --shard 需要 --out");
  });
});
