import { formatCsv } from "../data/format-csv.ts";
import { REPORT_GROUPS, type ReportGroup, reportByGroup } from "../data/report-by-group.ts";
import { InputError, message, renderMessage } from "../messages.ts";
import { compilePolicy } from "../policy/compile-policy.ts";
import type { CommandIo } from "./io.ts";
import { readInputFile } from "./read-input-file.ts";
import { optionInteger, optionLocale, optionText, parseOptions } from "./parse-options.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { checkOutput, writeOutput } from "./write-output.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compileModel } from "../model/compile-model.ts";
import { buildResultsPack } from "../results/build-results-pack.ts";
import { expectedClaims } from "../results/expected-claims.ts";
import { formatPackCsv } from "../results/format-pack-csv.ts";
import { formatPackText } from "../results/format-pack-text.ts";
import { packHeader, packValue } from "../results/pack-labels.ts";
import { writePackXlsx } from "../results/write-pack-xlsx.ts";
import { readYearRecords } from "../results/year-records.ts";

/**
 * `huzhu report --scenario S --members M.csv --claims C.csv [--by region|unit_id|status|sex] [--format csv|json] [--lang en|zh] [--out F]`:
 * the analysts' report of a year's results: members, contributions, claims, payouts, paid claims per 100
 * members, mean and median paid claim and loss ratio, by group, with a total line. `--lang` (as for
 * `huzhu benefit`) sets the language of the adjudications' reasons; the report itself shows counts and
 * amounts only, which never depend on it.
 */
export async function reportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, [
    "--scenario",
    "--members",
    "--claims",
    "--by",
    "--format",
    "--lang",
    "--out",
    "--previous-members",
    "--previous-claims",
    "--previous-scenario",
    "--pack-dir",
    "--xlsx",
    "--top",
  ]);
  const scenario = loadScenarioOption(io, optionText(options, "--scenario"));
  const by = optionText(options, "--by", "region");
  if (!REPORT_GROUPS.includes(by as ReportGroup))
    throw new InputError([message.optionValue("--by", by, REPORT_GROUPS.join(", "))]);
  const format = optionText(options, "--format", "csv");
  if (format !== "csv" && format !== "json" && format !== "table")
    throw new InputError([
      message.optionValue("--format", format, message.optionOneOf(["csv", "json", "table"])),
    ]);
  const locale = optionLocale(options);
  checkOutput(io, options.values.get("--out")?.at(-1));
  const membersFile = optionText(options, "--members");
  const claimsFile = optionText(options, "--claims");
  const membersText = readInputFile(io, membersFile);
  const claimsText = readInputFile(io, claimsFile);
  // Read and adjudicated once, for the report and the pack (the report uses statuses and amounts, which
  // never depend on the language of the reasons).
  const records = readYearRecords(
    compilePolicy(scenario.policy),
    membersText,
    membersFile,
    claimsText,
    claimsFile,
  );
  const rows = reportByGroup(
    records.members.members,
    records.adjudications,
    scenario.policy,
    by as ReportGroup,
  );
  const out = options.values.get("--out")?.at(-1);
  const previousMembers = options.values.get("--previous-members")?.at(-1);
  const previousClaims = options.values.get("--previous-claims")?.at(-1);
  if ((previousMembers === undefined) !== (previousClaims === undefined))
    throw new InputError([
      message.optionMissing(previousMembers === undefined ? "--previous-members" : "--previous-claims"),
    ]);
  const packDir = options.values.get("--pack-dir")?.at(-1);
  const xlsx = options.values.get("--xlsx")?.at(-1);
  const wantPack =
    format === "table" || packDir !== undefined || xlsx !== undefined || previousMembers !== undefined;
  if (wantPack) {
    const model = compileModel(scenario);
    const current = {
      records,
      policy: scenario.policy,
      model,
      expected: expectedClaims(model),
    };
    let previous = null;
    if (previousMembers !== undefined && previousClaims !== undefined) {
      const previousScenarioFile = options.values.get("--previous-scenario")?.at(-1);
      const previousScenario = previousScenarioFile ? loadScenarioOption(io, previousScenarioFile) : scenario;
      const previousModel = previousScenarioFile ? compileModel(previousScenario) : model;
      previous = {
        records: readYearRecords(
          previousModel.policy,
          readInputFile(io, previousMembers),
          previousMembers,
          readInputFile(io, previousClaims),
          previousClaims,
        ),
        policy: previousScenario.policy,
        model: previousModel,
        expected: previousScenarioFile ? expectedClaims(previousModel) : current.expected,
      };
    }
    const pack = buildResultsPack(current, previous, optionInteger(options, "--top", 20, 1, 1000));
    if (packDir !== undefined) {
      const dir = resolve(io.cwd, packDir);
      mkdirSync(dir, { recursive: true });
      for (const table of pack.tables)
        writeFileSync(join(dir, `${table.id}.csv`), formatPackCsv(table, locale));
    }
    if (xlsx !== undefined) {
      writeFileSync(resolve(io.cwd, xlsx), await writePackXlsx(pack, locale));
    }
    if (format === "table") {
      writeOutput(io, out, formatPackText(pack, locale));
      return 0;
    }
  }
  if (format === "json")
    writeOutput(io, out, JSON.stringify({ scenario: scenario.name, by, rows }, null, 2) + "\n");
  else {
    const fixed = rows.map((row) => ({
      [by]: row.group,
      members: row.members,
      contributions: row.contributions.toFixed(2),
      claims: row.claims,
      paid: row.paid,
      rejected: row.rejected,
      invalid: row.invalid,
      total_payout: row.totalPayout.toFixed(2),
      paid_per_100_members: Number.isNaN(row.paidPer100Members) ? "" : row.paidPer100Members.toFixed(2),
      mean_paid_claim: Number.isNaN(row.meanPaidClaim) ? "" : row.meanPaidClaim.toFixed(2),
      median_paid_claim: Number.isNaN(row.medianPaidClaim) ? "" : row.medianPaidClaim.toFixed(2),
      loss_ratio: Number.isNaN(row.lossRatio) ? "" : row.lossRatio.toFixed(4),
      line: row.line,
    }));
    const keys = Object.keys(fixed[0]!) as (keyof (typeof fixed)[number] & string)[];
    if (locale === "zh") {
      // Chinese headers and labels (合计 for the total line); the same numbers.
      const headers = keys.map((key) => (key === "line" ? "行" : packHeader(key, "zh")));
      const translated = fixed.map((row) =>
        Object.fromEntries(
          keys.map((key, index) => [
            headers[index]!,
            key === by || key === "line" ? packValue(String(row[key]), "zh") : (row[key] ?? ""),
          ]),
        ),
      );
      writeOutput(io, out, formatCsv(headers, translated));
    } else writeOutput(io, out, formatCsv(keys, fixed));
  }
  if (records.members.badMembers.size > 0)
    io.stderr.write(`${renderMessage(message.badMemberRows(records.members.badMembers.size), locale)}\n`);
  return 0;
}
