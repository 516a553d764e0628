/**
 * The page side of `measureAnnualPage` (bench/measure-annual-page.ts): the annual results tab's work
 * timed inside Chromium. The two years' CSV files are fetched as blobs first (not timed: in the page
 * they are files the user picked), then timed as the tab does it (src/ui/annual-packs.ts): each file's
 * text read (`File.text()`), both years read and adjudicated (`readYearRecords`), and both years' packs
 * built, the later one against the earlier. Exposes `window.huzhuAnnualFetch` and `window.huzhuAnnualBench`.
 */
import { compileModel } from "../src/model/compile-model.ts";
import { buildResultsPack, type PackYear } from "../src/results/build-results-pack.ts";
import { expectedClaims } from "../src/results/expected-claims.ts";
import { readYearRecords } from "../src/results/year-records.ts";
import type { Scenario } from "../src/scenario/types.ts";

interface YearUrls {
  members: string;
  claims: string;
}

let files: { members: File; claims: File }[] = [];

/** Fetches the years' files as `File` objects, as if the user had picked them (not timed). */
async function huzhuAnnualFetch(years: YearUrls[]): Promise<void> {
  const asFile = async (url: string) =>
    new File([await (await fetch(url)).blob()], url.split("/").at(-1)!, { type: "text/csv" });
  files = await Promise.all(
    years.map(async (year) => ({ members: await asFile(year.members), claims: await asFile(year.claims) })),
  );
}

/** Times the tab's work on the fetched files; returns the seconds and the later year's headline. */
async function huzhuAnnualBench(
  scenario: Scenario,
): Promise<{ seconds: number; readSeconds: number; headline: Record<string, unknown>[] }> {
  const start = performance.now();
  const model = compileModel(scenario);
  const expected = expectedClaims(model);
  const inputs: PackYear[] = [];
  for (const year of files) {
    inputs.push({
      records: readYearRecords(
        model.policy,
        await year.members.text(),
        year.members.name,
        await year.claims.text(),
        year.claims.name,
      ),
      policy: scenario.policy,
      model,
      expected,
    });
  }
  const readSeconds = (performance.now() - start) / 1000;
  const packs = inputs.map((current, index) => ({
    pack: buildResultsPack(current, index > 0 ? inputs[index - 1]! : null),
    payouts: current.records.adjudications
      .filter((adjudication) => adjudication.status === "paid" && adjudication.payout > 0)
      .map((adjudication) => adjudication.payout),
  }));
  const seconds = (performance.now() - start) / 1000;
  return { seconds, readSeconds, headline: packs.at(-1)!.pack.tables[0]!.rows };
}

Object.assign(window, { huzhuAnnualFetch, huzhuAnnualBench });
