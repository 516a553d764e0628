import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/data/parse-claims.ts";
import { parseMembers } from "../../src/data/parse-members.ts";
import { compileModel } from "../../src/model/compile-model.ts";
import { adjudicateClaims } from "../../src/policy/adjudicate-claims.ts";
import { loadScenario } from "../../src/scenario/load-scenario.ts";
import { METRIC } from "../../src/sim/metrics.ts";
import { runPaths } from "../../src/sim/run-paths.ts";
import { type SynthOptions, synthesizeFund } from "../../src/synth/synthesize-fund.ts";

const scenario = loadScenario("scenarios/inner-mongolia-2021.json");

/** Runs the generator into memory: file name → text. */
function synthInMemory(options: SynthOptions): Map<string, string> {
  const files = new Map<string, string>();
  synthesizeFund(compileModel(scenario), options, (name) => {
    const parts: string[] = [];
    return { write: (text) => void parts.push(text), close: () => void files.set(name, parts.join("")) };
  });
  return files;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const standardError = (values: readonly number[]) => {
  const m = mean(values);
  const variance = values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance / values.length);
};

describe("synthesizeFund", () => {
  it("is deterministic per seed, and another seed gives other records", () => {
    const options = { from: 2022, to: 2023, seed: 7, scale: 0.002, dirty: 0.02 };
    const first = synthInMemory(options);
    expect(synthInMemory(options)).toEqual(first);
    expect(synthInMemory({ ...options, seed: 8 }).get("claims-2022.csv")).not.toEqual(
      first.get("claims-2022.csv"),
    );
    expect([...first.keys()].sort()).toEqual([
      "claims-2022.csv",
      "claims-2023.csv",
      "members-2022.csv",
      "members-2023.csv",
    ]);
  });

  it("keeps members from year to year: most renew, some leave, new units join", () => {
    const files = synthInMemory({ from: 2022, to: 2023, seed: 3, scale: 0.01, dirty: 0 });
    const ids = (year: number) =>
      new Set(parseMembers(files.get(`members-${year}.csv`)!, "m").members.map((member) => member.memberId));
    const [before, after] = [ids(2022), ids(2023)];
    const stayed = [...before].filter((id) => after.has(id)).length;
    // Units renew at 95% and 1% of members leave; a few retire: about 93% stay (not 100%, not much less).
    expect(stayed / before.size).toBeGreaterThan(0.88);
    expect(stayed / before.size).toBeLessThan(0.97);
    // New units bring about 9% new members.
    expect((after.size - stayed) / before.size).toBeGreaterThan(0.05);
  });

  it("with --dirty, every bad row is counted by the readers, never dropped", () => {
    const files = synthInMemory({ from: 2022, to: 2022, seed: 5, scale: 0.01, dirty: 0.05 });
    const members = parseMembers(files.get("members-2022.csv")!, "members-2022.csv");
    const claimsText = files.get("claims-2022.csv")!;
    const claims = parseClaims(claimsText, "claims-2022.csv", members);
    expect(members.badMembers.size).toBeGreaterThan(0);
    expect(claims.length).toBe(claimsText.trim().split("\n").length - 1);
    const invalid = claims.filter((claim) => "invalidReason" in claim).length;
    // About 5% of claim rows are corrupted, plus the claims of members with a bad row.
    expect(invalid / claims.length).toBeGreaterThan(0.03);
    expect(invalid / claims.length).toBeLessThan(0.15);
  });

  it("round trip: synth → adjudicate reproduces the simulation's expected year within 2 standard errors", () => {
    // The simulation's expected first year (Monte Carlo over paths, with its standard error).
    const paths = 8;
    const run = runPaths({ scenarios: [scenario], seed: 99, years: 1, pathStart: 0, pathEnd: paths });
    const metrics = run.metrics[0]!;
    const width = metrics.length / paths;
    const simPer100: number[] = [];
    const simPerClaim: number[] = [];
    for (let path = 0; path < paths; path++) {
      const row = (metric: number) => metrics[path * width + metric]!;
      simPer100.push((100 * row(METRIC.claims)) / row(METRIC.members));
      simPerClaim.push(row(METRIC.benefitsIncurred) / row(METRIC.claims));
    }

    // The synthetic records of one year, adjudicated like a real year's.
    const files = synthInMemory({ from: 2022, to: 2022, seed: 1, scale: 0.2, dirty: 0 });
    const members = parseMembers(files.get("members-2022.csv")!, "members-2022.csv");
    const claims = parseClaims(files.get("claims-2022.csv")!, "claims-2022.csv", members);
    // The simulation pays a stay that runs into the next year in full; the rules (001 art. 14) prorate
    // it by the days inside the period. To compare like with like, the periods are stretched to cover
    // those stays (the deadline counts from the settlement, so nothing else changes).
    const stretched = members.members.map((member) => ({ ...member, periodEnd: member.periodEnd + 200 }));
    const adjudications = adjudicateClaims(compileModel(scenario).policy, stretched, claims, {
      locale: "en",
    });
    const paid = adjudications.filter((a) => a.status === "paid" && a.payout > 0);
    // Only the claims drawn to be rejected are rejected (excluded cause, late filing, no settlement).
    const reasons = new Set(
      adjudications.filter((a) => a.status !== "paid").map((a) => a.reason.split(":")[0]!.split(",")[0]),
    );
    expect([...reasons].every((reason) => /excluded cause|filed|settlement/.test(reason!))).toBe(true);
    const claimsByMember = new Map<string, number>();
    for (const a of paid) claimsByMember.set(a.memberId, (claimsByMember.get(a.memberId) ?? 0) + 1);
    const perMember = members.members.map((member) => 100 * (claimsByMember.get(member.memberId) ?? 0));
    const synthPer100 = mean(perMember);
    const payouts = paid.map((a) => a.payout);
    const synthPerClaim = mean(payouts);

    const per100Error = Math.hypot(standardError(perMember), standardError(simPer100));
    // Payouts are heavy-tailed (a Pareto tail up to the 250,000 cap): the sample's own spread understates
    // the error of a mean of ~10,000 claims, so the synthetic year's error is also scaled from the
    // simulation's full-size paths (each ~50,000 claims), and the larger of the two is used.
    const simClaims = mean(
      Array.from({ length: paths }, (_, path) => metrics[path * width + METRIC.claims]!),
    );
    const scaledFromPaths = standardError(simPerClaim) * Math.sqrt((paths * simClaims) / payouts.length);
    const synthPerClaimError = Math.max(standardError(payouts), scaledFromPaths);
    const perClaimError = Math.hypot(synthPerClaimError, standardError(simPerClaim));
    expect(Math.abs(synthPer100 - mean(simPer100))).toBeLessThan(2 * per100Error);
    expect(Math.abs(synthPerClaim - mean(simPerClaim))).toBeLessThan(2 * perClaimError);
    // The test can fail: the errors are a few per cent of the figures, not their size.
    expect(per100Error / synthPer100).toBeLessThan(0.05);
    expect(perClaimError / synthPerClaim).toBeLessThan(0.1);
  });
});

describe("synthesizeFund with lump-sum products", () => {
  /** One synthetic year of `file`, adjudicated (periods stretched as above), and the simulation's paths. */
  function roundTrip(file: string, scale: number, paths: number) {
    const lumpScenario = loadScenario(file);
    const model = compileModel(lumpScenario);
    const files = new Map<string, string>();
    const [year] = synthesizeFund(model, { from: 2022, to: 2022, seed: 11, scale, dirty: 0 }, (name) => {
      const parts: string[] = [];
      return { write: (text) => void parts.push(text), close: () => void files.set(name, parts.join("")) };
    });
    const members = parseMembers(files.get("members-2022.csv")!, "members-2022.csv");
    const claims = parseClaims(files.get("claims-2022.csv")!, "claims-2022.csv", members);
    // Only the lump-sum claims are adjudicated here (the stays are the test above's); every row is valid.
    expect(claims.every((claim) => !("invalidReason" in claim))).toBe(true);
    const lumpClaims = claims.filter(
      (claim) =>
        !("invalidReason" in claim) && claim.kind !== "inpatient" && claim.kind !== "special_outpatient",
    );
    const lump = adjudicateClaims(model.policy, members.members, lumpClaims, { locale: "en" });
    const run = runPaths({ scenarios: [lumpScenario], seed: 5, years: 1, pathStart: 0, pathEnd: paths });
    const metrics = run.metrics[0]!;
    const width = metrics.length / paths;
    const sim = Array.from({ length: paths }, (_, path) => ({
      members: metrics[path * width + METRIC.members]!,
      claims: metrics[path * width + METRIC.lumpSumClaims]!,
      payout: metrics[path * width + METRIC.lumpSumBenefits]!,
    }));
    return { files, year: year!, members, lump, sim };
  }

  it("keeps a scheme without lump sums in the old format (no products columns, no lump-sum draws)", () => {
    const files = synthInMemory({ from: 2022, to: 2022, seed: 2, scale: 0.002, dirty: 0 });
    expect(files.get("members-2022.csv")!.split("\n")[0]).toBe(
      "member_id,status,sex,birth_date,unit_id,region,period_start,period_end,allowance_years",
    );
    expect(files.get("claims-2022.csv")).not.toMatch(/,(special_disease|critical_illness|accident),/);
  });

  it("draws lump sums deterministically per seed", () => {
    const model = compileModel(loadScenario("scenarios/wenzhou-2015.json"));
    const draw = (seed: number) => {
      const files = new Map<string, string>();
      synthesizeFund(model, { from: 2022, to: 2023, seed, scale: 0.02, dirty: 0.01 }, (name) => {
        const parts: string[] = [];
        return { write: (text) => void parts.push(text), close: () => void files.set(name, parts.join("")) };
      });
      return files;
    };
    const first = draw(4);
    expect(draw(4)).toEqual(first);
    expect(first.get("claims-2023.csv")).toMatch(/,(critical_illness|accident),/);
    expect(draw(5).get("claims-2023.csv")).not.toEqual(first.get("claims-2023.csv"));
  });

  it("Wenzhou 2015 round trip: lump-sum claims per member and payout per claim within 2 SE of the simulation", () => {
    const { year, members, lump, sim } = roundTrip("scenarios/wenzhou-2015.json", 0.5, 6);
    const paid = lump.filter((a) => a.status === "paid" && a.payout > 0);
    // Critical illness (4,000; 1,000 in a new joiner's 90-day observation) and accident (approved amount).
    expect(year.lumpSums).toBe(lump.length);
    expect(lump.every((a) => a.status === "paid")).toBe(true);
    expect(paid.some((a) => a.lumpSum === 1000)).toBe(true);
    const n = members.members.length;
    // Claims per 1,000 members: binomial error of the synthetic count, and the paths' spread.
    const synthRate = (1000 * paid.length) / n;
    const simRates = sim.map((path) => (1000 * path.claims) / path.members);
    const rateError = Math.hypot((1000 * Math.sqrt(paid.length)) / n, standardError(simRates));
    expect(Math.abs(synthRate - mean(simRates))).toBeLessThan(2 * rateError);
    const payouts = paid.map((a) => a.payout);
    const simPerClaim = sim.map((path) => path.payout / path.claims);
    const perClaimError = Math.hypot(standardError(payouts), standardError(simPerClaim));
    expect(Math.abs(mean(payouts) - mean(simPerClaim))).toBeLessThan(2 * perClaimError);
    // The test can fail: ~870 claims, errors of a few per cent.
    expect(rateError / synthRate).toBeLessThan(0.05);
    expect(perClaimError / mean(payouts)).toBeLessThan(0.05);
  });

  it("Inner Mongolia 2025: the women's product held by women 60 or under who take it up, claims within 2 SE", () => {
    const { files, members, lump, sim } = roundTrip("scenarios/inner-mongolia-2025.json", 0.3, 3);
    expect(files.get("members-2022.csv")!.split("\n")[0]).toMatch(/,products,product_renewal$/);
    const holders = members.members.filter((member) => member.products.includes("special_disease"));
    expect(holders.every((member) => member.sex === "F")).toBe(true);
    const women = members.members.filter((member) => member.sex === "F").length;
    // Take-up 0.5 of eligible women (most women are 60 or under).
    expect(holders.length / women).toBeGreaterThan(0.4);
    expect(holders.length / women).toBeLessThan(0.5);
    // Only the observation period rejects (a new joiner's diagnosis in the first 30 days pays nothing).
    const rejected = lump.filter((a) => a.status !== "paid" || a.payout === 0);
    expect(rejected.every((a) => /observation/.test(a.reason))).toBe(true);
    const paid = lump.filter((a) => a.status === "paid" && a.payout > 0);
    const n = members.members.length;
    const synthRate = (10000 * paid.length) / n;
    const simRates = sim.map((path) => (10000 * path.claims) / path.members);
    const rateError = Math.hypot((10000 * Math.sqrt(paid.length)) / n, standardError(simRates));
    expect(Math.abs(synthRate - mean(simRates))).toBeLessThan(2 * rateError);
    const payouts = paid.map((a) => a.payout);
    const simPerClaim = sim.map((path) => path.payout / path.claims);
    const perClaimError = Math.hypot(standardError(payouts), standardError(simPerClaim));
    expect(Math.abs(mean(payouts) - mean(simPerClaim))).toBeLessThan(2 * perClaimError);
    // ~160 claims: the test can fail at a difference of about a fifth.
    expect(rateError / synthRate).toBeLessThan(0.12);
    // Approved amounts between a third and all of the 32,000 cap.
    expect(Math.min(...payouts)).toBeGreaterThanOrEqual(32000 / 3 - 0.01);
    expect(Math.max(...payouts)).toBeLessThanOrEqual(32000);
  });
});
