// The results CSV of a hand-built summary (test/ui/results/hand-built-summary.ts), its lines written out in full.
import { describe, expect, it } from "vitest";
import { resultsCsv } from "../../../src/ui/results/results-csv.ts";
import { handBuiltSummary } from "./hand-built-summary.ts";

const RECORD = "scenario_hash,base_file,changes,seed,paths,years,engine";
const DIFFERENCES = [
  "members",
  "claims",
  "contributions",
  "benefits_paid",
  "loss_ratio",
  "balance",
  "ruin_probability",
].flatMap((name) => [`b_minus_a_${name}_mean`, `b_minus_a_${name}_low`, `b_minus_a_${name}_high`]);
const HEADER = [
  `scenario,${RECORD},year,members_mean,members_se,claims_mean,claims_se,contributions_mean`,
  "benefits_incurred_mean,benefits_incurred_se,benefits_paid_mean,benefits_paid_se,benefits_paid_p50",
  "benefits_paid_p95,benefits_paid_p99_5,loss_ratio_mean,loss_ratio_se,balance_mean,balance_se,balance_p1",
  "balance_p5,balance_p25,balance_p50,balance_p75,balance_p95,balance_p99,liabilities_mean",
  "ruin_probability,ruin_probability_low,ruin_probability_high",
].join(",");

describe("resultsCsv", () => {
  it("writes one row per scenario and year, with the summary's unrounded figures", () => {
    const lines = resultsCsv(handBuiltSummary()).trimEnd().split("\n");
    // Without run records the record cells are blank but seed, paths, years and engine are the summary's;
    // B's rows end with the paired differences B − A (mean, low, high), A's with blanks.
    const run = ",,,,5,100,2,0.1.0,";
    const blanks = ",".repeat(DIFFERENCES.length);
    const year1 =
      "1000,980,1020,1000,980,1020,1000,980,1020,1000,980,1020,0.001,-19.999,20.001,-1000,-1020,-980,0,-20,20";
    const year2 =
      "1000,980,1020,1000,980,1020,1000,980,1020,1000,980,1020,0.002,-19.998,20.002,-2000,-2020,-1980,0.01,-19.99,20.01";
    const expected = [
      HEADER,
      "A,1,1000001,11,40001,21,100000001,60000001,300001,55000001,250001,54000001,58000001,59000001," +
        "0.61,0.004,40000001,100001,20000001,25000001,35000001,39000001,45000001,55000001,60000001,5000001," +
        "0.01,0.005,0.03",
      "A,2,1000002,12,40002,22,100000002,60000002,300002,55000002,250002,54000002,58000002,59000002," +
        "0.62,0.005,40000002,100002,20000002,25000002,35000002,39000002,45000002,55000002,60000002,5000002," +
        "0.02,0.01,0.04",
      // The comparison's name holds a comma, so the CSV quotes it; its figures are 1,000 higher.
      '"B, cap of 250,000",1,1001001,11,41001,21,100001001,60001001,300001,55001001,250001,54001001,' +
        "58001001,59001001,0.61,0.004,40001001,100001,20001001,25001001,35001001,39001001,45001001," +
        "55001001,60001001,5001001,0.01,0.005,0.03",
      '"B, cap of 250,000",2,1001002,12,41002,22,100001002,60001002,300002,55001002,250002,54001002,' +
        "58001002,59001002,0.62,0.005,40001002,100002,20001002,25001002,35001002,39001002,45001002," +
        "55001002,60001002,5001002,0.02,0.01,0.04",
    ];
    const withRecord = (line: string) =>
      line.replace(/^("[^"]*"|[^,]*),/, (name) => `${name.slice(0, -1)}${run}`);
    expect(lines).toEqual([
      `${HEADER},${DIFFERENCES.join(",")}`,
      withRecord(expected[1]!) + blanks,
      withRecord(expected[2]!) + blanks,
      `${withRecord(expected[3]!)},${year1}`,
      `${withRecord(expected[4]!)},${year2}`,
    ]);
  });
});
