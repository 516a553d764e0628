import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { chainLadder } from "../../src/reserve/chain-ladder.ts";
import { fitTailFactor } from "../../src/reserve/fit-tail-factor.ts";
import { mackChainLadder } from "../../src/reserve/mack-chain-ladder.ts";
import { GEN_INS, MORTGAGE, RAA } from "./classic-triangles.ts";

describe("mackChainLadder reproduces the published figures", () => {
  it("Taylor & Ashe: Mack (1993) tables — reserves and standard errors by origin and in total", () => {
    const result = mackChainLadder(GEN_INS);
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    const { byOrigin, total } = result.value;
    // Mack (1993), "Distribution-free calculation of the standard error of chain ladder reserve
    // estimates", ASTIN Bulletin 23(2): reserves and s.e. of origins 2..10 and the total; reproduced by
    // R ChainLadder's MackChainLadder(GenIns, est.sigma = "Mack").
    expect(byOrigin.slice(1).map((row) => Math.round(row.ibnr))).toEqual([
      94634, 469511, 709638, 984889, 1419459, 2177641, 3920301, 4278972, 4625811,
    ]);
    expect(byOrigin.slice(1).map((row) => Math.round(row.se))).toEqual([
      75535, 121699, 133549, 261406, 411010, 558317, 875328, 971258, 1363155,
    ]);
    expect(Math.round(total.ibnr)).toBe(18680856);
    expect(Math.round(total.latest)).toBe(34358090);
    expect(Math.round(total.se)).toBe(2447095);
    expect(byOrigin[0]).toMatchObject({ ibnr: 0, se: 0 });
  });

  it("RAA: Mack (1994) p. 130 — σ², standard errors by origin, IBNR 52,135 and total s.e. 26,909", () => {
    const result = mackChainLadder(RAA);
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    const { byOrigin, total, sigma2 } = result.value;
    // Mack (1994), "Measuring the variability of chain ladder reserve estimates", CAS Forum; the same
    // figures are asserted by chainladder-python's test_mack1994_hardcode.
    const published = [27883, 1109, 691, 61.2, 119, 40.8, 1.34, 7.88];
    sigma2.slice(0, 8).forEach((value, k) => {
      const digits = published[k]! >= 100 ? 0 : published[k]! >= 10 ? 1 : 2;
      expect(Number(value.toFixed(digits))).toBe(published[k]);
    });
    expect(byOrigin.slice(1).map((row) => Math.round(row.se))).toEqual([
      206, 623, 747, 1469, 2002, 2209, 5358, 6333, 24566,
    ]);
    expect(Math.round(total.ibnr)).toBe(52135);
    expect(Math.round(total.se)).toBe(26909);
  });

  it("the total's variance is more than the sum of the origins' (the covariance term)", () => {
    const result = mackChainLadder(GEN_INS);
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    const independent = Math.sqrt(result.value.byOrigin.reduce((sum, row) => sum + row.se ** 2, 0));
    expect(result.value.total.se).toBeGreaterThan(independent * 1.05);
  });

  it("says why it cannot be used on two origins, or on a triangle with an empty development period", () => {
    const two = mackChainLadder({
      origins: ["a", "b"],
      cells: [
        [1, 2],
        [3, null],
      ],
    });
    expect(two.ok).toBe(false);
    if (!two.ok) expect(renderMessage(two.reason, "en")).toMatch(/at least 3/);
    const zero = mackChainLadder({
      origins: ["a", "b", "c"],
      cells: [
        [0, 5, 6],
        [0, 4, null],
        [0, null, null],
      ],
    });
    expect(zero.ok).toBe(false);
    if (!zero.ok) {
      expect(renderMessage(zero.reason, "en")).toMatch(/development period 1 sums to 0/);
      expect(renderMessage(zero.reason, "zh")).toMatch(/进展期 1 合计为 0/);
    }
  });
});

describe("mackChainLadder with a tail factor (Mack 1999, as R ChainLadder)", () => {
  it('RAA, tail 1.05: total s.e. 28,669.91 as R\'s MackChainLadder(RAA, est.sigma = "Mack", tail = 1.05)', () => {
    const result = mackChainLadder(RAA, 1.05);
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    // R ChainLadder, inst/unitTests/runit.MackChainLadder.R, test.MackRAA_tail_equals_1.05:
    // sprintf("%.2f", MackChainLadder(RAA, est.sigma = "Mack", tail = 1.05)$Total.Mack.S.E) == "28669.91".
    // (Our last σ² is Mack's extrapolation, R's est.sigma = "Mack"; R's default "log-linear" gives 26,880.74
    // without a tail, its test.MackRAA.) Also reproduced by test/reference/mack_chain_ladder_numpy.py.
    expect(result.value.total.se.toFixed(2)).toBe("28669.91");
    // The tail multiplies every ultimate: 1.05 × (latest 160,987 + Mack 1994's IBNR 52,135.23) − 160,987.
    expect(result.value.total.latest).toBe(160987);
    expect(result.value.total.ibnr).toBeCloseTo(1.05 * (160987 + 52135.23) - 160987, 1);
    // The tail adds to every origin's error, the oldest's included (it had none without the tail).
    expect(result.value.byOrigin[0]!.se).toBeGreaterThan(0);
  });

  it("Mortgage, tail 1.05 with σ 71 and s.e. 0.02 given: Mack (1999) Table 1 — f, s.e.(f), σ, F.se of origin 3", () => {
    const result = mackChainLadder(MORTGAGE, 1.05, { sigma: 71, se: 0.02 });
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    // Mack (1999), ASTIN Bulletin 29(2), Table 1, as asserted by R ChainLadder's test.Mack1999
    // (MackChainLadder(Mortgage, tail=1.05, tail.sigma=71, tail.se=0.02, est.sigma="Mack")).
    const f = [11.1, 4.092, 1.708, 1.276, 1.139, 1.069, 1.026, 1.023, 1.05];
    const fSe = [2.24, 0.517, 0.122, 0.051, 0.042, 0.023, 0.015, 0.012, 0.02];
    const fSe3 = [7.38, 1.89, 0.357, 0.116, 0.078, 0.033, 0.015, 0.007, 0.03];
    const sigma = [1337, 988.5, 440.1, 207, 164.2, 74.6, 35.49, 16.89, 71];
    const decimals = (value: number) => (String(value).split(".")[1] ?? "").length;
    const round = (value: number, like: number) => Number(value.toFixed(decimals(like)));
    expect(result.value.factors.map((value, k) => round(value, f[k]!))).toEqual(f);
    expect(result.value.factorSe.map((value, k) => round(value, fSe[k]!))).toEqual(fSe);
    const sigmas = result.value.sigma2.map((value) => Math.sqrt(value));
    expect(sigmas.map((value, k) => round(value, sigma[k]!))).toEqual(sigma);
    // F.se of origin 3 is σₖ / √Ĉ₃,ₖ on the completed triangle (the tail's on the last period's value).
    const projected = chainLadder(MORTGAGE, 1.05);
    if (!projected.ok) throw new Error("chain ladder");
    const row = projected.value.projected[2]!;
    expect(sigmas.map((value, k) => round(value / Math.sqrt(row[k]!), fSe3[k]!))).toEqual(fSe3);
  });

  it("Mortgage without a tail: Mack (1999) Table 2 — standard errors by origin, in thousands", () => {
    const result = mackChainLadder(MORTGAGE);
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    // Mack (1999), Table 2 (p. 366), as asserted by chainladder-python's test_mack1999_hardcode.
    expect(result.value.byOrigin.map((row) => Math.round(row.se / 1000))).toEqual([
      0, 61, 140, 319, 596, 1038, 1298, 1806, 2182,
    ]);
  });

  it("R's default log-linear σ: RAA 26,880.74 (R's test.MackRAA)", () => {
    const result = mackChainLadder(RAA, 1, {}, "log-linear");
    if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
    // R ChainLadder, runit.MackChainLadder.R, test.MackRAA: MackChainLadder(RAA)$Total.Mack.S.E is
    // "26880.74" with the default est.sigma = "log-linear".
    expect(result.value.total.se.toFixed(2)).toBe("26880.74");
  });

  it("Mortgage with R's defaults: the help page's CVs 26%, 24%, 27% and parameter risk 3,142,387", () => {
    const cv = (tail: number, se?: number) => {
      const result = mackChainLadder(MORTGAGE, tail, { se }, "log-linear");
      if (!result.ok) throw new Error(renderMessage(result.reason, "en"));
      return result.value;
    };
    // R ChainLadder's help page ?MackChainLadder (man/MackChainLadder.Rd, "## Tail" examples):
    // MackChainLadder(Mortgage): CV(IBNR) 0.26 ("26% in Table 6 of paper");
    const plain = cv(1);
    expect((plain.total.se / plain.total.ibnr).toFixed(2)).toBe("0.26");
    // MackChainLadder(Mortgage, tail = 1.05): f.se[9] "close to the 0.02", sigma[9] "less than the 71",
    // CV 0.24;
    const tailed = cv(1.05);
    expect(tailed.factorSe.at(-1)!.toFixed(2)).toBe("0.02");
    expect(Math.sqrt(tailed.sigma2.at(-1)!)).toBeLessThan(71);
    expect((tailed.total.se / tailed.total.ibnr).toFixed(2)).toBe("0.24");
    // MackChainLadder(Mortgage, tail = 1.05, tail.se = .05): CV 0.27, "Parameter-risk (only) estimate of
    // the total reserve = 3142387", parameter CV 0.19 (also R's unit test test.MackMortgageCVWithTail).
    const wide = cv(1.05, 0.05);
    expect((wide.total.se / wide.total.ibnr).toFixed(2)).toBe("0.27");
    expect(Math.round(wide.totalParameterSe)).toBe(3142387);
    expect((wide.totalParameterSe / wide.total.ibnr).toFixed(2)).toBe("0.19");
    expect(wide.total.se ** 2).toBeCloseTo(wide.totalProcessSe ** 2 + wide.totalParameterSe ** 2, 0);
  });

  it("RAA, fitted tail: 1.009 and IBNR about 54,100 as the ChainLadder vignette; s.e. as the numpy reference", () => {
    const plain = mackChainLadder(RAA);
    if (!plain.ok) throw new Error("Mack");
    const tail = fitTailFactor(plain.value.factors);
    if (!tail.ok) throw new Error("tail");
    // R ChainLadder vignette (vignettes/ChainLadder.Rmd, "the tail factor (1.009)", "the total estimated
    // outstanding loss under this method is about 54100"); its NEWS says the vignette agrees with
    // MackChainLadder(RAA, tail = TRUE).
    expect(tail.value.toFixed(3)).toBe("1.009");
    const result = mackChainLadder(RAA, tail.value);
    if (!result.ok) throw new Error("Mack");
    expect(Math.abs(result.value.total.ibnr - 54100)).toBeLessThan(50);
    // No published s.e. found for R's tail = TRUE; the independent numpy reimplementation of R's
    // tailfactor() and MackChainLadder(est.sigma = "Mack") (test/reference/mack_chain_ladder_numpy.py)
    // gives tail 1.0094358, IBNR 54,146.20 and total s.e. 27,188.11.
    expect(tail.value).toBeCloseTo(1.0094358, 7);
    expect(result.value.total.ibnr).toBeCloseTo(54146.2, 1);
    expect(result.value.total.se).toBeCloseTo(27188.11, 1);
  });
});
