import { describe, expect, it } from "vitest";
import { RandomStream } from "../../src/sim/random-stream.ts";
import { sampleBinomial, samplePoisson, stochasticRound } from "../../src/sim/sample-counts.ts";

function moments(draw: () => number, n: number) {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    squares += x * x;
  }
  const mean = sum / n;
  return { mean, variance: squares / n - mean * mean };
}

describe("count samplers", () => {
  it("Binomial(1000, 0.05): mean 50 and variance 47.5 within 4 standard errors", () => {
    const stream = new RandomStream("binomial");
    const n = 20000;
    const { mean, variance } = moments(() => sampleBinomial(stream, 1000, 0.05), n);
    expect(Math.abs(mean - 50)).toBeLessThan(4 * Math.sqrt(47.5 / n));
    expect(Math.abs(variance - 47.5)).toBeLessThan(4 * 47.5 * Math.sqrt(2 / n));
  });

  it("Binomial with a large mean (split draws): n = 1,000,000, p = 0.045", () => {
    const stream = new RandomStream("binomial-large");
    const n = 400;
    const expected = 45000;
    const { mean } = moments(() => sampleBinomial(stream, 1_000_000, 0.045), n);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * Math.sqrt((expected * 0.955) / n));
  });

  it("Poisson(7.5) and Poisson(900): mean equals variance", () => {
    const stream = new RandomStream("poisson");
    for (const lambda of [7.5, 900]) {
      const n = 5000;
      const { mean, variance } = moments(() => samplePoisson(stream, lambda), n);
      expect(Math.abs(mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n));
      expect(Math.abs(variance - lambda)).toBeLessThan(4 * lambda * Math.sqrt(2 / n));
    }
  });

  it("edge cases: n = 0, p = 0, p = 1, NaN mean", () => {
    const stream = new RandomStream("edge");
    expect(sampleBinomial(stream, 0, 0.3)).toBe(0);
    expect(sampleBinomial(stream, 10, 0)).toBe(0);
    expect(sampleBinomial(stream, 10, 1)).toBe(10);
    expect(samplePoisson(stream, NaN)).toBe(0);
  });

  it("stochastic rounding keeps the expectation", () => {
    const stream = new RandomStream("round");
    const { mean } = moments(() => stochasticRound(stream, 2.25), 40000);
    expect(mean).toBeCloseTo(2.25, 1);
  });
});

describe("random streams", () => {
  it("are reproducible from their key and differ between keys", () => {
    const a = new RandomStream("huzhu/1/0/1/claims");
    const b = new RandomStream("huzhu/1/0/1/claims");
    const c = new RandomStream("huzhu/1/1/1/claims");
    const first = [a.uniform(), a.uniform(), a.uniform()];
    expect([b.uniform(), b.uniform(), b.uniform()]).toEqual(first);
    expect(c.uniform()).not.toBe(first[0]);
  });

  it("are uniform on [0, 1): mean 1/2, variance 1/12", () => {
    const stream = new RandomStream("uniform");
    const n = 100000;
    const { mean, variance } = moments(() => stream.uniform(), n);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });
});
