/**
 * One timing for `npm run bench` (item 9), in its own process so its peak memory is its own: a year's
 * members and claims CSV files (from `huzhu synth`) and the previous year's, read, adjudicated and made
 * into the yearly results pack's tables with the year-on-year columns. Prints one JSON line: wall
 * seconds, CPU seconds (`process.cpuUsage`), the reading part's seconds and peak RSS.
 * Usage: tsx bench/annual-pack.ts DIR YEAR [core|page|cli]
 * - `core` (default): `readYearRecords` of both years, then `buildResultsPack(year, previous year)`;
 * - `page`: what the annual results tab computes once the two years' files are read (src/ui/annual-packs.ts:
 *   both years read, then both years' packs, the first on its own), with the same core calls, in Node;
 * - `cli`: the command itself, `huzhu report --members … --claims … --previous-members …
 *   --previous-claims … --pack-dir DIR` (bin/huzhu.js in a child process, timed from its start to its
 *   exit by bench/usage-at-exit.ts), the pack's CSV files written to a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileModel } from "../src/model/compile-model.ts";
import { buildResultsPack, type PackYear, type ResultsPack } from "../src/results/build-results-pack.ts";
import { expectedClaims } from "../src/results/expected-claims.ts";
import { formatPackCsv } from "../src/results/format-pack-csv.ts";
import { readYearRecords } from "../src/results/year-records.ts";
import { loadScenario } from "../src/scenario/load-scenario.ts";

const SCENARIO = "scenarios/inner-mongolia-2021.json";
const [dir = ".", yearText = "2023", mode = "core"] = process.argv.slice(2);
const year = Number(yearText);
const file = (kind: "members" | "claims", y: number) => join(dir, `${kind}-${y}.csv`);

/** The pack's figures this line reports: members and claims of the year, tables and CSV bytes. */
function describe(pack: ResultsPack) {
  if (pack.previousYear !== year - 1) throw new Error(`the pack has no ${year - 1} beside ${year}`);
  const headline = pack.tables[0]!.rows;
  const value = (measure: string) => Number(headline.find((row) => row.measure === measure)?.value);
  return {
    members: value("members"),
    claims: value("claims"),
    tables: pack.tables.length,
    csvBytes: pack.tables.reduce((total, table) => total + formatPackCsv(table, "en").length, 0),
  };
}

if (mode === "cli") {
  const out = mkdtempSync(join(tmpdir(), "huzhu-bench-pack-"));
  try {
    const usageFile = join(out, "usage.json");
    const stdout = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--import",
        "./bench/usage-at-exit.ts",
        "bin/huzhu.js",
        "report",
        "--scenario",
        SCENARIO,
        "--members",
        file("members", year),
        "--claims",
        file("claims", year),
        "--previous-members",
        file("members", year - 1),
        "--previous-claims",
        file("claims", year - 1),
        "--pack-dir",
        join(out, "pack"),
      ],
      { encoding: "utf8", env: { ...process.env, HUZHU_BENCH_USAGE: usageFile } },
    );
    const usage = JSON.parse(readFileSync(usageFile, "utf8")) as Record<string, number>;
    // The by-region CSV on standard output: its total line holds the year's members and claims.
    const total = stdout.trim().split("\n").at(-1)!.split(",");
    const written = readdirSync(join(out, "pack"));
    console.log(
      JSON.stringify({
        mode,
        ...usage,
        readSeconds: null,
        members: Number(total[1]),
        claims: Number(total[3]),
        tables: written.length,
        csvBytes: written.reduce((sum, name) => sum + readFileSync(join(out, "pack", name)).length, 0),
      }),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(0);
}

const start = performance.now();
const cpu = process.cpuUsage();
const scenario = loadScenario(SCENARIO);
const model = compileModel(scenario);
const expected = expectedClaims(model);
const read = (y: number): PackYear => ({
  records: readYearRecords(
    model.policy,
    readFileSync(file("members", y), "utf8"),
    `members-${y}.csv`,
    readFileSync(file("claims", y), "utf8"),
    `claims-${y}.csv`,
  ),
  policy: scenario.policy,
  model,
  expected,
});
let pack: ResultsPack;
let readSeconds: number;
if (mode === "core") {
  const current = read(year);
  const previous = read(year - 1);
  readSeconds = (performance.now() - start) / 1000;
  pack = buildResultsPack(current, previous);
} else if (mode === "page") {
  // As annualPacks: the years in order, each against the one before it; the paid payouts for the chart.
  const years = [read(year - 1), read(year)];
  readSeconds = (performance.now() - start) / 1000;
  const packs = years.map((current, index) => ({
    pack: buildResultsPack(current, index > 0 ? years[index - 1]! : null),
    payouts: current.records.adjudications
      .filter((adjudication) => adjudication.status === "paid" && adjudication.payout > 0)
      .map((adjudication) => adjudication.payout),
  }));
  pack = packs.at(-1)!.pack;
} else throw new Error(`unknown mode ${mode}: core, page or cli`);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    mode,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    readSeconds,
    ...describe(pack),
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
