import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

/**
 * `data/sample/README.md` says its files come byte for byte from
 * `huzhu synth --scenario scenarios/inner-mongolia-2021.json --from 2022 --to 2024 --seed 1 --scale 0.043`,
 * and tests, notebooks and the README quote figures of them. A model change that moves the synthetic
 * records (a self-pay quantile, a stream's key) must regenerate the sample with those figures: this test
 * says when. It draws the first year only (a year's records do not depend on the years after it, so
 * `--to 2022` gives the same 2022 files as `--to 2024`): about a second of work, not the three years.
 */
describe("huzhu synth reproduces data/sample (its README's command, first year)", () => {
  it("gives members-2022.csv and claims-2022.csv byte for byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huzhu-sample-"));
    const { code, stderr } = await runCli([
      ...["synth", "--scenario", "scenarios/inner-mongolia-2021.json"],
      ...["--from", "2022", "--to", "2022", "--seed", "1", "--scale", "0.043", "--out-dir", dir],
    ]);
    expect(code, stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["claims-2022.csv", "members-2022.csv"]);
    for (const name of ["members-2022.csv", "claims-2022.csv"]) {
      const drawn = readFileSync(join(dir, name), "utf8");
      const committed = readFileSync(join("data/sample", name), "utf8");
      // Compared line by line first, so a failure names the first row that moved rather than printing 3 MB.
      const drawnLines = drawn.split("\n");
      const committedLines = committed.split("\n");
      const first = drawnLines.findIndex((line, index) => line !== committedLines[index]);
      expect(
        first === -1
          ? null
          : { file: name, line: first + 1, drawn: drawnLines[first], committed: committedLines[first] },
      ).toBeNull();
      expect(drawn === committed, `${name}: same rows, but not the same bytes`).toBe(true);
    }
  });
});
