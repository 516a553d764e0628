// summarizeRun on paths built by hand, so that every expected figure is worked out from the definitions:
// means with Monte Carlo standard errors (sd with n − 1, se = sd/√n), type-7 quantiles (R's and numpy's
// default: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])), Wilson intervals with z = Φ⁻¹(0.975), the
// order-statistic interval of VaR 99.5%, TVaR's standard error, the breakdown, and paired differences.
// Each figure was also recomputed with numpy (np.quantile, np.std(ddof=1)); none comes from the code.
import { describe, expect, it } from "vitest";
import { summarizeRun } from "../../src/risk/summarize-run.ts";
import { scenarioDefaults } from "../../src/scenario/defaults.ts";
import type { Scenario } from "../../src/scenario/types.ts";
import { METRIC, metricCount } from "../../src/sim/metrics.ts";
import type { ScenarioOutcome, SimulationRun } from "../../src/sim/run-simulation.ts";

type Metric = keyof typeof METRIC;
/** A value per path for a metric in one year. */
type Columns = Partial<Record<Metric | "bandActive" | "bandRetiree", readonly number[]>>;

/** An outcome of `paths` paths with one band slot; `byYear[y]` gives the columns of year y + 1 (default 0). */
function outcome(name: string, paths: number, byYear: readonly Columns[]): ScenarioOutcome {
  const width = metricCount(1);
  const years = byYear.length;
  const metrics = new Float64Array(paths * years * width);
  byYear.forEach((columns, year) => {
    for (const [key, values] of Object.entries(columns)) {
      const slot =
        key === "bandActive"
          ? METRIC.bands
          : key === "bandRetiree"
            ? METRIC.bands + 1
            : METRIC[key as Metric];
      values!.forEach((value, path) => (metrics[(path * years + year) * width + slot] = value));
    }
  });
  // The assumptions only feed the reserve needed and the stated shocks and ruin basis, not tested here.
  const scenario = { name, assumptions: scenarioDefaults.assumptions } as Scenario;
  return { scenario, width, metrics, bandSlots: [{ table: "inpatient", from: 0, upTo: null, rate: 0.5 }] };
}

const run = (outcomes: ScenarioOutcome[], paths: number, years: number): SimulationRun => ({
  request: { scenario: outcomes[0]!.scenario, paths, years, seed: 7 },
  outcomes,
});

const Z = 1.959963984540054;
const five = (value: number) => [value, value, value, value, value];

// Scenario A: 5 paths, 2 years. Path order is shuffled where a quantile is taken, so sorting is tested.
const yearOneA: Columns = {
  members: [100, 110, 120, 130, 140],
  claims: [1, 2, 3, 4, 5],
  contributions: [100, 100, 100, 100, 200],
  benefitsIncurred: [50, 80, 100, 120, 100],
  benefitsPaid: [50, 10, 40, 20, 30],
  balance: [100, -5, 10, 0, 5],
  liabilities: [2, 4, 6, 8, 10],
  ruined: [0, 0, 0, 0, 1],
  result: [-10, 5, -3, 20, -50],
  bandActive: [110, 10, 10, 10, 10],
  bandRetiree: five(5),
  allowance: five(7),
  retireeAllowance: five(2),
  topUp: five(3),
  retireeTopUp: five(1),
  activeBenefits: five(30),
  retireeBenefits: five(8),
  lumpSumBenefits: five(4),
};
const yearTwoA: Columns = {
  contributions: five(100),
  benefitsIncurred: [10, 20, 30, 40, 50],
  ruined: [0, 0, 1, 0, 1],
  result: [-30, -1, 4, -60, 10],
  bandActive: five(10),
  bandRetiree: five(5),
  allowance: five(7),
  retireeAllowance: five(2),
  topUp: five(3),
  retireeTopUp: five(1),
  activeBenefits: five(30),
  retireeBenefits: five(8),
  lumpSumBenefits: five(4),
};

describe("summarizeRun on hand-built paths", () => {
  const summary = summarizeRun(run([outcome("A", 5, [yearOneA, yearTwoA])], 5, 2));
  const one = summary.byYear[0]!;

  it("gives means with standard errors sd/√n", () => {
    // members: mean 120; deviations ±10, ±20 → sd = √(1000/4) = 15.811; se = √(250/5) = √50
    expect(one.members.mean).toBe(120);
    expect(one.members.se).toBeCloseTo(Math.sqrt(50), 12);
    // claims 1..5: mean 3, se = √(2.5/5)
    expect(one.claims).toEqual({ mean: 3, se: expect.closeTo(Math.sqrt(0.5), 12) });
    // balance: mean (100 − 5 + 10 + 0 + 5)/5 = 22; sd² = (78² + 27² + 12² + 22² + 17²)/4 = 1932.5
    expect(one.balance.mean).toBe(22);
    expect(one.balance.se).toBeCloseTo(Math.sqrt(1932.5 / 5), 12);
    expect(one.liabilities.mean).toBe(6);
  });

  it("takes type-7 quantiles of benefits paid and of the balance", () => {
    // benefits paid sorted 10..50: p50 = 30; p95: h = 3.8 → 40 + 0.8·10 = 48; p99.5: h = 3.98 → 49.8
    expect(one.benefitsPaid.p50).toBe(30);
    expect(one.benefitsPaid.p95).toBeCloseTo(48, 12);
    expect(one.benefitsPaid.p99_5).toBeCloseTo(49.8, 12);
    // balance sorted [−5, 0, 5, 10, 100]: p1 h = 0.04 → −5 + 0.04·5 = −4.8; p5 h = 0.2 → −4; p25 = 0;
    // p50 = 5; p75 = 10; p95 h = 3.8 → 10 + 0.8·90 = 82; p99 h = 3.96 → 10 + 0.96·90 = 96.4
    const { p1, p5, p25, p50, p75, p95, p99 } = one.balance;
    expect([p1, p5, p25, p50, p75, p95, p99].map((value) => Number(value.toFixed(10)))).toEqual([
      -4.8, -4, 0, 5, 10, 82, 96.4,
    ]);
  });

  it("gives the loss ratio as incurred ÷ contributions path by path", () => {
    // [0.5, 0.8, 1, 1.2, 0.5]: mean 0.8; sorted [0.5, 0.5, 0.8, 1, 1.2], p95: h = 3.8 → 1 + 0.8·0.2 = 1.16
    expect(one.lossRatio.mean).toBeCloseTo(0.8, 14);
    expect(one.lossRatio.p95).toBeCloseTo(1.16, 14);
    // sd² = (0.09 + 0 + 0.04 + 0.16 + 0.09)/4 = 0.095
    expect(one.lossRatio.se).toBeCloseTo(Math.sqrt(0.095 / 5), 14);
  });

  it("gives ruin probabilities with their Wilson intervals", () => {
    // year 1: 1 of 5; year 2 (and the horizon): 2 of 5. Wilson: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n)
    const wilson = (k: number, n: number) => {
      const p = k / n;
      const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
      const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
      return [centre - half, centre + half];
    };
    expect(wilson(1, 5)[1]).toBeCloseTo(0.62447, 5); // numpy: 0.6244653702
    expect(one.ruinProbability.value).toBe(0.2);
    expect(one.ruinProbability.se).toBeCloseTo(Math.sqrt((0.2 * 0.8) / 5), 14);
    expect([one.ruinProbability.low, one.ruinProbability.high]).toEqual(
      wilson(1, 5).map((value) => expect.closeTo(value, 12)),
    );
    expect(summary.ruinProbability.value).toBe(0.4);
    expect(summary.ruinProbability.low).toBeCloseTo(0.11762077, 8);
    expect(summary.ruinProbability.high).toBeCloseTo(0.76927572, 8);
  });

  it("takes VaR and TVaR 99.5% of each path's worst annual loss (loss = −result)", () => {
    // worst losses: max(10, 30) = 30, max(−5, 1) = 1, max(3, −4) = 3, max(−20, 60) = 60, max(50, −10) = 50
    // sorted [1, 3, 30, 50, 60]: VaR type 7 h = 4·0.995 = 3.98 → 50 + 0.98·10 = 59.8;
    // TVaR: m = 5·0.005 = 0.025 < 1, so the worst value alone: 60
    expect(summary.risk.var99_5).toBeCloseTo(59.8, 12);
    expect(summary.risk.tvar99_5).toBe(60);
    // interval ranks 5·0.995 − 1 ∓ z√(5·0.995·0.005) = 3.975 ∓ 0.309 → 3.67 and 4.28, both round to 4: 60
    expect([summary.risk.var99_5Low, summary.risk.var99_5High]).toEqual([60, 60]);
    // one path in the tail: no spread to estimate
    expect(summary.risk.tvar99_5Se).toBeNaN();
  });

  it("breaks the money down as means over all path-years", () => {
    // band, actives: (110 + 9 × 10)/10 = 20; retirees 5; allowance 7 of which 2 to retirees; top-up 3 of which 1
    expect(summary.breakdown).toEqual({
      bands: [{ table: "inpatient", from: 0, upTo: null, rate: 0.5, active: 20, retiree: 5 }],
      allowance: { active: 5, retiree: 2 },
      topUp: { active: 2, retiree: 1 },
      specialOutpatient: 0,
      lumpSums: 4,
      active: 30,
      retiree: 8,
    });
  });

  it("states what ran", () => {
    expect([summary.scenario, summary.paths, summary.years, summary.seed]).toEqual(["A", 5, 2, 7]);
    expect(summary.compare).toBeUndefined();
  });
});

describe("summarizeRun's VaR interval on a sample with known order statistics", () => {
  // 1,000 paths, one year, path i loses i + 1 yuan: the sorted losses are 1, 2, …, 1000.
  const losses = Array.from({ length: 1000 }, (_, path) => path + 1);
  const summary = summarizeRun(
    run(
      [outcome("A", 1000, [{ result: losses.map((loss) => -loss), contributions: losses.map(() => 1) }])],
      1000,
      1,
    ),
  );

  it("gives VaR 99.5% as the type-7 quantile and TVaR 99.5% as the mean of the worst 5", () => {
    // h = 999·0.995 = 994.005 → x[994] + 0.005 = 995.005; worst 5: (996 + … + 1000)/5 = 998
    expect(summary.risk.var99_5).toBeCloseTo(995.005, 9);
    expect(summary.risk.tvar99_5).toBe(998);
  });

  it("gives the order-statistic 95% interval of VaR and the standard error of TVaR", () => {
    // ranks (0-based) 1000·0.995 − 1 ∓ z√(1000·0.995·0.005) = 994 ∓ 4.3716 → 989.63 and 998.37,
    // rounded to 990 and 998: the values 991 and 999
    expect(summary.risk.var99_5Low).toBe(991);
    expect(summary.risk.var99_5High).toBe(999);
    // tail 996..1000: sd = √2.5, se = √2.5/√5 = √0.5
    expect(summary.risk.tvar99_5Se).toBeCloseTo(Math.sqrt(0.5), 12);
  });
});

describe("summarizeRun's paired differences (second − first, path by path)", () => {
  const plus = (values: readonly number[] | undefined, add: readonly number[]) =>
    (values ?? five(0)).map((value, path) => value + add[path]!);
  const yearOneB: Columns = {
    ...yearOneA,
    benefitsPaid: plus(yearOneA.benefitsPaid, [1, 2, 3, 4, 5]),
    benefitsIncurred: plus(yearOneA.benefitsIncurred, five(1)),
    balance: plus(yearOneA.balance, [-2, -2, -2, -2, -12]),
  };
  const yearTwoB: Columns = {
    ...yearTwoA,
    benefitsIncurred: plus(yearTwoA.benefitsIncurred, [0, 2, 4, 6, 8]),
    ruined: [0, 1, 1, 0, 1],
  };
  const summary = summarizeRun(
    run([outcome("A", 5, [yearOneA, yearTwoA]), outcome("B", 5, [yearOneB, yearTwoB])], 5, 2),
  );
  const differences = summary.compare!.differences;

  it("gives each year's mean difference with a normal 95% interval", () => {
    // benefits paid: differences 1..5, mean 3, se = √(2.5/5) = 0.70711; interval 3 ∓ z·0.70711
    const paid = differences.byYear[0]!.benefitsPaid;
    expect(paid.mean).toBe(3);
    expect(paid.se).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(paid.low).toBeCloseTo(3 - Z * Math.sqrt(0.5), 12);
    expect(paid.high).toBeCloseTo(3 + Z * Math.sqrt(0.5), 12);
    // balance: [−2, −2, −2, −2, −12], mean −4; sd² = (4·4 + 64)/4 = 20, se = √4 = 2
    expect(differences.byYear[0]!.balance).toEqual({
      mean: -4,
      se: expect.closeTo(2, 12),
      low: expect.closeTo(-4 - 2 * Z, 12),
      high: expect.closeTo(-4 + 2 * Z, 12),
    });
  });

  it("sums benefits incurred over the horizon path by path before differencing", () => {
    // totals: 1 + [0, 2, 4, 6, 8] = [1, 3, 5, 7, 9], mean 5, sd = √10, se = √2; low = 5 − z√2 = 2.22819
    const total = differences.totalBenefitsIncurred;
    expect(total.mean).toBe(5);
    expect(total.se).toBeCloseTo(Math.SQRT2, 12);
    expect(total.low).toBeCloseTo(2.2281923513, 9); // numpy
  });

  it("differences ruin as paired indicators, and in the same direction as the figures", () => {
    // year 2 ruined: A [0, 0, 1, 0, 1], B [0, 1, 1, 0, 1] → [0, 1, 0, 0, 0], mean 0.2, se = √(0.2/5) = 0.2
    expect(differences.ruinProbability.mean).toBeCloseTo(0.2, 14);
    expect(differences.ruinProbability.se).toBeCloseTo(0.2, 14);
    expect(summary.compare!.ruinProbability.value - summary.ruinProbability.value).toBeCloseTo(0.2, 14);
    expect(summary.compare!.scenario).toBe("B");
  });
});
