// %% [markdown]
// # Last year's claims under this year's rules
// Adjudicate the sample claims under the 2021 and the 2025 Inner Mongolia rules and compare.

// %%
import { readFileSync } from "node:fs";
import { parseClaims } from "../src/data/parse-claims.ts";
import { parseMembers } from "../src/data/parse-members.ts";
import { summarizeAdjudications } from "../src/data/summarize-adjudications.ts";
import { adjudicateClaims } from "../src/policy/adjudicate-claims.ts";
import { compilePolicy } from "../src/policy/compile-policy.ts";
import { loadScenario } from "../src/scenario/load-scenario.ts";

const membersFile = "test/fixtures/claims/members.csv";
const claimsFile = "test/fixtures/claims/claims.csv";
const members = parseMembers(readFileSync(membersFile, "utf8"), membersFile);
const claims = parseClaims(readFileSync(claimsFile, "utf8"), claimsFile, members);

// %%
for (const file of ["scenarios/inner-mongolia-2021.json", "scenarios/inner-mongolia-2025.json"]) {
  const scenario = loadScenario(file);
  const adjudications = adjudicateClaims(compilePolicy(scenario.policy), members.members, claims);
  const summary = summarizeAdjudications(adjudications);
  console.log(
    `${scenario.name}: ${summary.paid} paid, ${summary.rejected} rejected, ${summary.invalid} invalid, total ${summary.totalPayout.toFixed(2)} yuan`,
  );
  console.log(adjudications[0]!.explanation.map((line) => `  ${line}`).join("\n"));
}
