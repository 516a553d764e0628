import { formatCents } from "../format/format-cents.ts";
import { parseClaims } from "../data/parse-claims.ts";
import { parseMembers } from "../data/parse-members.ts";
import { formatAdjudicationsCsv } from "../data/format-adjudications-csv.ts";
import { summarizeAdjudications } from "../data/summarize-adjudications.ts";
import { InputError, message } from "../messages.ts";
import { adjudicateClaims } from "../policy/adjudicate-claims.ts";
import { compilePolicy } from "../policy/compile-policy.ts";
import { roundCents } from "../policy/round-cents.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { readInputFile } from "./read-input-file.ts";
import { optionLocale, optionText, parseOptions } from "./parse-options.ts";
import { writeOutput } from "./write-output.ts";

/**
 * `huzhu benefit --scenario S [--scenario S2] --members M.csv --claims C.csv [--format csv|json] [--lang en|zh] [--out F]`:
 * adjudicates every claim under the scenario's policy (and under a second one, for comparison), one output
 * row per input row in input order; `--lang` is the language of the explanation lines and reasons.
 */
export function benefitCommand(args: readonly string[], io: CommandIo): number {
  const options = parseOptions(args, ["--scenario", "--members", "--claims", "--format", "--lang", "--out"]);
  const scenarioFiles = options.values.get("--scenario") ?? [];
  if (scenarioFiles.length === 0) throw new InputError([message.optionMissing("--scenario")]);
  if (scenarioFiles.length > 2) {
    throw new InputError([
      message.optionValue(
        "--scenario",
        scenarioFiles[2]!,
        "allowed a third time (give one, or two to compare)",
      ),
    ]);
  }
  const format = optionText(options, "--format", "csv");
  if (format !== "csv" && format !== "json")
    throw new InputError([message.optionValue("--format", format, "csv or json")]);
  const locale = optionLocale(options);
  const membersFile = optionText(options, "--members");
  const claimsFile = optionText(options, "--claims");
  const scenarios = scenarioFiles.map((file) => loadScenarioOption(io, file));
  const members = parseMembers(readInputFile(io, membersFile), membersFile);
  const claims = parseClaims(readInputFile(io, claimsFile), claimsFile, members);
  const [first, second] = scenarios.map((scenario) =>
    adjudicateClaims(compilePolicy(scenario.policy), members.members, claims, { locale }),
  );
  const summary = summarizeAdjudications(first!);
  const compareSummary = second ? summarizeAdjudications(second) : undefined;
  const comparison = compareSummary && {
    scenario: scenarios[1]!.name,
    ...compareSummary,
    difference: roundCents(compareSummary.totalPayout - summary.totalPayout),
  };
  const out = options.values.get("--out")?.at(-1);
  if (format === "json") {
    const claimsOut = first!.map((adjudication, index) => ({
      ...adjudication,
      ...(second
        ? {
            compare: {
              payout: second[index]!.payout,
              status: second[index]!.status,
              explanation: second[index]!.explanation,
            },
          }
        : {}),
    }));
    const document = {
      scenario: scenarios[0]!.name,
      claims: claimsOut,
      summary: { ...summary, ...(comparison ? { compare: comparison } : {}) },
    };
    writeOutput(io, out, JSON.stringify(document, null, 2) + "\n");
  } else {
    writeOutput(io, out, formatAdjudicationsCsv(first!, second));
  }
  const report = out === undefined ? io.stderr : io.stdout;
  const yuan = (value: number) => formatCents(value, "en");
  report.write(
    `${summary.claims} claims under ${scenarios[0]!.name}: ${summary.paid} paid, ${summary.rejected} rejected, ${summary.invalid} invalid; total payout ${yuan(summary.totalPayout)} yuan\n`,
  );
  if (comparison) {
    report.write(
      `under ${comparison.scenario}: total payout ${yuan(comparison.totalPayout)} yuan (difference ${comparison.difference >= 0 ? "+" : ""}${yuan(comparison.difference)})\n`,
    );
  }
  return 0;
}
