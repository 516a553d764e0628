import { parseClaims } from "../data/parse-claims.ts";
import { parseMembers } from "../data/parse-members.ts";
import { formatAdjudicationsCsv } from "../data/format-adjudications-csv.ts";
import { summarizeAdjudications } from "../data/summarize-adjudications.ts";
import { InputError, type Message, message, renderMessage } from "../messages.ts";
import { adjudicateClaims } from "../policy/adjudicate-claims.ts";
import { compilePolicy } from "../policy/compile-policy.ts";
import { roundCents } from "../policy/round-cents.ts";
import type { CommandIo } from "./io.ts";
import { loadScenarioOption } from "./load-scenario-option.ts";
import { readInputFile } from "./read-input-file.ts";
import { optionLocale, optionText, parseOptions } from "./parse-options.ts";
import { checkOutput, writeOutput } from "./write-output.ts";

/**
 * Most claims written as JSON: one JSON text holds the whole output, and beyond this it grows past what
 * Node can hold in one string (about 770,000 claims with explanations). CSV has no such limit.
 */
export const MAX_JSON_CLAIMS = 200_000;

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
      message.optionValue("--scenario", scenarioFiles[2]!, message.optionThirdScenario()),
    ]);
  }
  const format = optionText(options, "--format", "csv");
  if (format !== "csv" && format !== "json")
    throw new InputError([message.optionValue("--format", format, message.optionOneOf(["csv", "json"]))]);
  const locale = optionLocale(options);
  checkOutput(io, options.values.get("--out")?.at(-1));
  const membersFile = optionText(options, "--members");
  const claimsFile = optionText(options, "--claims");
  const scenarios = scenarioFiles.map((file) => loadScenarioOption(io, file));
  const members = parseMembers(readInputFile(io, membersFile), membersFile);
  const read = { blankLines: 0 };
  const claims = parseClaims(readInputFile(io, claimsFile), claimsFile, members, read);
  if (format === "json" && claims.length > MAX_JSON_CLAIMS) {
    throw new InputError([message.outputTooLarge(claims.length, MAX_JSON_CLAIMS)]);
  }
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
  const say = (item: Message) => report.write(`${renderMessage(item, locale)}\n`);
  say(
    message.benefitSummary(
      summary.claims,
      scenarios[0]!.name,
      summary.paid,
      summary.rejected,
      summary.invalid,
      summary.totalPayout,
    ),
  );
  if (read.blankLines > 0) {
    say(message.csvSummary(claimsFile, claims.length, read.blankLines));
  }
  if (comparison) {
    say(message.benefitCompare(comparison.scenario, comparison.totalPayout, comparison.difference));
  }
  return 0;
}
