/**
 * One timing for `npm run bench` (step 5), in its own process so its peak memory is its own: a year's
 * members and claims CSV files (from `huzhu synth`) read, adjudicated and made into the yearly results
 * pack's tables, with the previous year beside it. Prints one JSON line: seconds and peak RSS.
 * Usage: tsx bench/annual-pack.ts DIR YEAR
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileModel } from "../src/model/compile-model.ts";
import { buildResultsPack } from "../src/results/build-results-pack.ts";
import { expectedClaims } from "../src/results/expected-claims.ts";
import { formatPackCsv } from "../src/results/format-pack-csv.ts";
import { readYearRecords } from "../src/results/year-records.ts";
import { loadScenario } from "../src/scenario/load-scenario.ts";

const [dir = ".", yearText = "2022"] = process.argv.slice(2);
const year = Number(yearText);
const start = performance.now();
const scenario = loadScenario("scenarios/inner-mongolia-2021.json");
const model = compileModel(scenario);
const expected = expectedClaims(model);
const read = (y: number) => ({
  records: readYearRecords(
    model.policy,
    readFileSync(join(dir, `members-${y}.csv`), "utf8"),
    `members-${y}.csv`,
    readFileSync(join(dir, `claims-${y}.csv`), "utf8"),
    `claims-${y}.csv`,
  ),
  policy: scenario.policy,
  model,
  expected,
});
const current = read(year);
const readSeconds = (performance.now() - start) / 1000;
const pack = buildResultsPack(current, null);
const csvBytes = pack.tables.reduce((total, table) => total + formatPackCsv(table, "en").length, 0);
const seconds = (performance.now() - start) / 1000;
console.log(
  JSON.stringify({
    seconds,
    readSeconds,
    members: current.records.members.members.length,
    claims: current.records.claims.length,
    tables: pack.tables.length,
    csvBytes,
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
