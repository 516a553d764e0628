// `npm run snapshots:update`: rewrites test/snapshots/<scenario>.json, the rounded figures of a small run
// of every bundled scenario. Run it when a change to the model or the scenarios is meant to move the
// figures, and commit the new files with the change, so the diff shows what moved. The test never writes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  bundledScenarioNames,
  SNAPSHOT_DIR,
  scenarioSnapshot,
  snapshotText,
} from "../test/snapshots/rounded-summary.ts";

for (const name of bundledScenarioNames()) {
  const file = join(SNAPSHOT_DIR, `${name}.json`);
  writeFileSync(file, snapshotText(await scenarioSnapshot(name)));
  console.log(`wrote ${file}`);
}
