import { compileModel } from "../../model/compile-model.ts";
import { buildResultsPack, type PackYear, type ResultsPack } from "../../results/build-results-pack.ts";
import { expectedClaims } from "../../results/expected-claims.ts";
import { readYearRecords } from "../../results/year-records.ts";
import type { Scenario } from "../../scenario/types.ts";
import type { TextFile } from "../shell/app-state.ts";

/** One year's files. */
export interface YearFiles {
  readonly members: TextFile;
  readonly claims: TextFile;
}

/** A year's pack with the paid payouts its distribution chart needs. */
export interface AnnualPack {
  readonly pack: ResultsPack;
  readonly payouts: readonly number[];
}

/**
 * The yearly results packs of consecutive years, each against the year before it (the first on its
 * own), under one scenario: what `huzhu report --previous-members/--previous-claims` computes, year by
 * year. Cost: about a second per 50,000 members.
 * @throws InputError when a file lacks a required column
 */
export function annualPacks(scenario: Scenario, years: readonly YearFiles[]): AnnualPack[] {
  const model = compileModel(scenario);
  const expected = expectedClaims(model);
  const read = (files: YearFiles): PackYear => ({
    records: readYearRecords(
      model.policy,
      files.members.text,
      files.members.name,
      files.claims.text,
      files.claims.name,
    ),
    policy: scenario.policy,
    model,
    expected,
  });
  const inputs = years.map(read);
  return inputs.map((current, index) => ({
    pack: buildResultsPack(current, index > 0 ? inputs[index - 1]! : null),
    payouts: current.records.adjudications
      .filter((adjudication) => adjudication.status === "paid" && adjudication.payout > 0)
      .map((adjudication) => adjudication.payout),
  }));
}
