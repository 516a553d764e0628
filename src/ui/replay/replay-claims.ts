import { formatAdjudicationsCsv } from "../../data/format-adjudications-csv.ts";
import { parseClaims } from "../../data/parse-claims.ts";
import { parseMembers } from "../../data/parse-members.ts";
import { summarizeAdjudications, type AdjudicationSummary } from "../../data/summarize-adjudications.ts";
import { adjudicateClaims } from "../../policy/adjudicate-claims.ts";
import { compilePolicy } from "../../policy/compile-policy.ts";
import type { ExplanationLocale } from "../../policy/explanation-text.ts";
import type { Adjudication } from "../../policy/records.ts";
import type { Scenario } from "../../scenario/types.ts";

/** A claims file adjudicated under a scenario, and under a second one for comparison. */
export interface ClaimsReplay {
  /** The language of the explanation lines and reasons. */
  readonly locale: ExplanationLocale;
  readonly adjudications: readonly Adjudication[];
  readonly summary: AdjudicationSummary;
  /** The same claims under the second scenario (same order), if one was given. */
  readonly compare?: {
    readonly adjudications: readonly Adjudication[];
    readonly summary: AdjudicationSummary;
  };
}

/**
 * Replays a members file and a claims file (the `huzhu benefit` formats) under `scenario` and, if
 * given, `second`: parse → compile each policy → adjudicate with explanations → totals. The same steps
 * and results as `huzhu benefit`; `options.locale` (default `"en"`) is the language of the explanations
 * and reasons, as `huzhu benefit --lang`.
 * @throws InputError naming the file and the missing column when a file cannot be read as that format
 */
export function replayClaims(
  files: { members: { text: string; name: string }; claims: { text: string; name: string } },
  scenario: Scenario,
  second?: Scenario,
  options: { locale?: ExplanationLocale } = {},
): ClaimsReplay {
  const locale = options.locale ?? "en";
  const members = parseMembers(files.members.text, files.members.name);
  const claims = parseClaims(files.claims.text, files.claims.name, members);
  const adjudicate = (policy: Scenario["policy"]) =>
    adjudicateClaims(compilePolicy(policy), members.members, claims, { locale });
  const adjudications = adjudicate(scenario.policy);
  const result: ClaimsReplay = { locale, adjudications, summary: summarizeAdjudications(adjudications) };
  if (!second) return result;
  const compared = adjudicate(second.policy);
  return { ...result, compare: { adjudications: compared, summary: summarizeAdjudications(compared) } };
}

/** The replay as CSV, in the columns `huzhu benefit` writes (with `compare_payout` and `difference` for two scenarios). */
export function replayCsv(replay: ClaimsReplay): string {
  return formatAdjudicationsCsv(replay.adjudications, replay.compare?.adjudications);
}
