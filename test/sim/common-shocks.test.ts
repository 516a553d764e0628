import { describe, expect, it } from "vitest";
import { scenarioDefaults } from "../../src/scenario/defaults.ts";
import type { CommonShockAssumptions } from "../../src/scenario/types.ts";
import { createPathShocks, drawPathShocks, lognormalMultiplier } from "../../src/sim/common-shocks.ts";
import { NO_COMMON_SHOCKS } from "../fixtures/no-common-shocks.ts";

const draw = (shocks: CommonShockAssumptions, path: number, years: number, seed = 1, inflation = 0.03) => {
  const out = createPathShocks(years);
  drawPathShocks(shocks, inflation, seed, path, years, out, 0.0125);
  return out;
};

describe("common shocks by year", () => {
  it("switched off, the frequency is 1 and self-pay grows by (1 + i)^(year − 1)", () => {
    const out = draw(NO_COMMON_SHOCKS, 0, 5);
    expect(Array.from(out.frequency)).toEqual([1, 1, 1, 1, 1]);
    // 1, 1.03, 1.0609, 1.092727, 1.12550881
    [1, 1.03, 1.0609, 1.092727, 1.12550881].forEach((value, index) =>
      expect(out.severity[index]).toBeCloseTo(value, 12),
    );
  });

  it("lognormalMultiplier has mean 1 and CV c: exp(s z − s²/2), s² = ln(1 + c²)", () => {
    // At z = 0 the multiplier is exp(−s²/2) = (1 + c²)^(−1/2): 1/√1.0064 for c = 0.08.
    expect(lognormalMultiplier(0.08, 0)).toBeCloseTo(1 / Math.sqrt(1.0064), 14);
    expect(lognormalMultiplier(0, 3)).toBe(1);
  });

  const shocks: CommonShockAssumptions = {
    ...NO_COMMON_SHOCKS,
    frequencyCv: 0.1,
    frequencyAutocorrelation: 0.5,
  };
  const paths = 20000;
  const first = new Float64Array(paths);
  const second = new Float64Array(paths);
  for (let path = 0; path < paths; path++) {
    const out = draw(shocks, path, 2);
    first[path] = out.frequency[0]!;
    second[path] = out.frequency[1]!;
  }
  const mean = (values: Float64Array) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const sd = (values: Float64Array) => {
    const m = mean(values);
    return Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1));
  };

  it("draws the frequency multiplier with mean 1 and CV 0.1 in every year (20,000 paths)", () => {
    // se of the mean ≈ 0.1 / √20000 = 0.0007; se of the sd ≈ 0.1 / √40000 = 0.0005.
    expect(Math.abs(mean(first) - 1)).toBeLessThan(0.0025);
    expect(Math.abs(mean(second) - 1)).toBeLessThan(0.0025);
    expect(Math.abs(sd(first) - 0.1)).toBeLessThan(0.002);
    expect(Math.abs(sd(second) - 0.1)).toBeLessThan(0.002);
  });

  it("correlates the logs of consecutive years by ρ = 0.5", () => {
    const a = first.map(Math.log);
    const b = second.map(Math.log);
    const ma = mean(a);
    const mb = mean(b);
    let covariance = 0;
    for (let path = 0; path < paths; path++) covariance += (a[path]! - ma) * (b[path]! - mb);
    covariance /= paths - 1;
    // se of a correlation ≈ (1 − ρ²)/√n = 0.0053.
    expect(covariance / (sd(a) * sd(b))).toBeCloseTo(0.5, 1);
    expect(Math.abs(covariance / (sd(a) * sd(b)) - 0.5)).toBeLessThan(0.02);
  });

  it("makes epidemic years with probability p and multipliers in their range", () => {
    const epidemic: CommonShockAssumptions = {
      ...NO_COMMON_SHOCKS,
      epidemic: { probability: 0.05, multiplierLow: 0.85, multiplierHigh: 1.25 },
    };
    let epidemics = 0;
    for (let path = 0; path < paths; path++) {
      const value = draw(epidemic, path, 1).frequency[0]!;
      if (value !== 1) {
        epidemics++;
        expect(value).toBeGreaterThanOrEqual(0.85);
        expect(value).toBeLessThanOrEqual(1.25);
      }
    }
    // Binomial(20000, 0.05): 1,000 ± 31.
    expect(Math.abs(epidemics - 1000)).toBeLessThan(4 * 31);
  });

  it("gives the inflation index the AR(1) spread: sd of year two's growth = σ/√(1 − φ²)", () => {
    const inflation: CommonShockAssumptions = {
      ...NO_COMMON_SHOCKS,
      inflationVolatility: 0.03,
      inflationAutocorrelation: 0.6,
    };
    const growth = new Float64Array(paths);
    for (let path = 0; path < paths; path++) {
      const out = draw(inflation, path, 2);
      expect(out.severity[0]).toBe(1);
      growth[path] = out.severity[1]! - 1;
    }
    // d_1 ~ N(0, σ²/(1 − φ²)), d_2 = φ d_1 + σ ε: stationary, sd 0.03/0.8 = 0.0375 around 3%.
    expect(Math.abs(mean(growth) - 0.03)).toBeLessThan(0.001);
    expect(Math.abs(sd(growth) - 0.0375)).toBeLessThan(0.001);
  });

  it("is the same for the same (seed, path) and differs between paths and seeds", () => {
    const defaults = scenarioDefaults.assumptions.shocks;
    expect(Array.from(draw(defaults, 3, 4).frequency)).toEqual(Array.from(draw(defaults, 3, 4).frequency));
    expect(draw(defaults, 3, 4).frequency[0]).not.toBe(draw(defaults, 4, 4).frequency[0]);
    expect(draw(defaults, 3, 4, 2).frequency[0]).not.toBe(draw(defaults, 3, 4).frequency[0]);
  });

  it("draws parameter uncertainty once per path: the same factor in every year when nothing else moves", () => {
    const parameters: CommonShockAssumptions = {
      ...NO_COMMON_SHOCKS,
      parameterUncertainty: { enabled: true, claimRateCv: 0.04, selfPayCv: 0.03 },
    };
    const out = draw(parameters, 7, 3, 1, 0);
    expect(out.frequency[0]).not.toBe(1);
    expect(out.frequency[1]).toBe(out.frequency[0]);
    expect(out.severity[2]).toBe(out.severity[0]);
  });

  it("draws an interest-rate path around the fund's rate: stationary sd τ/√(1 − ψ²)", () => {
    const interest: CommonShockAssumptions = {
      ...NO_COMMON_SHOCKS,
      interestVolatility: 0.003,
      interestAutocorrelation: 0.9,
    };
    const rates = new Float64Array(paths);
    for (let path = 0; path < paths; path++) {
      const out = createPathShocks(3);
      drawPathShocks(interest, 0.03, 1, path, 3, out, 0.0125);
      rates[path] = out.interest[2]!;
    }
    // 0.003 / √0.19 = 0.00688; se of the mean 0.00005, of the sd 0.00003.
    expect(Math.abs(mean(rates) - 0.0125)).toBeLessThan(0.0002);
    expect(Math.abs(sd(rates) - 0.003 / Math.sqrt(0.19))).toBeLessThan(0.00015);
    // Switched off, the rate is the fund's, exactly.
    const fixed = createPathShocks(2);
    drawPathShocks(NO_COMMON_SHOCKS, 0.03, 1, 0, 2, fixed, 0.0125);
    expect(Array.from(fixed.interest)).toEqual([0.0125, 0.0125]);
  });
});
