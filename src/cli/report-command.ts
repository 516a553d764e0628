import { formatCsv } from "../data/format-csv.ts";
import { parseClaims } from "../data/parse-claims.ts";
import { parseMembers } from "../data/parse-members.ts";
import { REPORT_GROUPS, type ReportGroup, reportByGroup } from "../data/report-by-group.ts";
import { InputError, message, renderMessage } from "../messages.ts";
import { adjudicateClaims } from "../policy/adjudicate-claims.ts";
import { compilePolicy } from "../policy/compile-policy.ts";
import type { CommandIo } from "./io.ts";
import { readInputFile } from "./read-input-file.ts";
import { optionLocale, optionText, parseOptions } from "./parse-options.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { checkOutput, writeOutput } from "./write-output.ts";

/**
 * `huzhu report --scenario S --members M.csv --claims C.csv [--by region|unit_id|status|sex] [--format csv|json] [--lang en|zh] [--out F]`:
 * the analysts' report of a year's results: members, contributions, claims, payouts, paid claims per 100
 * members, mean and median paid claim and loss ratio, by group, with a total line. `--lang` (as for
 * `huzhu benefit`) sets the language of the adjudications' reasons; the report itself shows counts and
 * amounts only, which never depend on it.
 */
export function reportCommand(args: readonly string[], io: CommandIo): number {
  const options = parseOptions(args, [
    "--scenario",
    "--members",
    "--claims",
    "--by",
    "--format",
    "--lang",
    "--out",
  ]);
  const scenario = loadScenarioOption(io, optionText(options, "--scenario"));
  const by = optionText(options, "--by", "region");
  if (!REPORT_GROUPS.includes(by as ReportGroup))
    throw new InputError([message.optionValue("--by", by, REPORT_GROUPS.join(", "))]);
  const format = optionText(options, "--format", "csv");
  if (format !== "csv" && format !== "json")
    throw new InputError([message.optionValue("--format", format, message.optionOneOf(["csv", "json"]))]);
  const locale = optionLocale(options);
  checkOutput(io, options.values.get("--out")?.at(-1));
  const membersFile = optionText(options, "--members");
  const claimsFile = optionText(options, "--claims");
  const members = parseMembers(readInputFile(io, membersFile), membersFile);
  const claims = parseClaims(readInputFile(io, claimsFile), claimsFile, members);
  const adjudications = adjudicateClaims(compilePolicy(scenario.policy), members.members, claims, {
    locale,
  });
  const rows = reportByGroup(members.members, adjudications, scenario.policy, by as ReportGroup);
  const out = options.values.get("--out")?.at(-1);
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
    writeOutput(
      io,
      out,
      formatCsv(Object.keys(fixed[0]!) as (keyof (typeof fixed)[number] & string)[], fixed),
    );
  }
  if (members.badMembers.size > 0)
    io.stderr.write(`${renderMessage(message.badMemberRows(members.badMembers.size), locale)}\n`);
  return 0;
}
