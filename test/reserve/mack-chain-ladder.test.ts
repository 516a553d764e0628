import { renderMessage } from "../../src/messages.ts";
import { describe, expect, it } from "vitest";
import { mackChainLadder } from "../../src/reserve/mack-chain-ladder.ts";
import { GEN_INS, RAA } from "./classic-triangles.ts";

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
