// Golden snapshots: the rounded figures of a small run of every bundled scenario, as committed in
// test/snapshots/<scenario>.json. When a figure moves the test fails with a diff; if the change is
// meant, `npm run snapshots:update` rewrites the files (this test never does) and the diff is committed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledScenarioNames, SNAPSHOT_DIR, scenarioSnapshot, snapshotText } from "./rounded-summary.ts";

describe("golden snapshots of the bundled scenarios", () => {
  it("has a snapshot for every bundled scenario, and none for a scenario that is gone", () => {
    const snapshots = readdirSync(SNAPSHOT_DIR)
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.slice(0, -".json".length))
      .sort();
    expect(snapshots, "run `npm run snapshots:update`").toEqual(bundledScenarioNames());
  });

  for (const name of bundledScenarioNames()) {
    it(`${name}: the figures are those of test/snapshots/${name}.json`, async () => {
      const file = join(SNAPSHOT_DIR, `${name}.json`);
      expect(existsSync(file), `no snapshot: run \`npm run snapshots:update\``).toBe(true);
      const stored = readFileSync(file, "utf8");
      const current = snapshotText(await scenarioSnapshot(name));
      // Compared as objects, so the failure shows which figures moved; then as text, so the file's
      // formatting stays what the update command writes.
      expect(JSON.parse(current), `${name} moved; if meant, run \`npm run snapshots:update\``).toEqual(
        JSON.parse(stored),
      );
      expect(current).toBe(stored);
    });
  }
});
