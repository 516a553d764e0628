import type { Assumptions, Policy, SimulationSettings } from "./types.ts";

/**
 * What a scenario file gets for every field it leaves out (before the scenario it `extends`, if any).
 * Each assumption names its row in `docs/domain/assumptions.md`: P published, D derived,
 * E estimate. The calibration of the hospitalisation defaults against the published Inner Mongolia
 * results is described in `scenarios/inner-mongolia-2021.json` and checked by
 * `test/model/calibration.test.ts`.
 */
export interface ScenarioDefaults {
  policy: Omit<Policy, "eligibility" | "fees" | "inpatient"> & {
    inpatient: Omit<Policy["inpatient"], "bands" | "cap">;
  };
  assumptions: Assumptions;
  simulation: SimulationSettings;
}

/** Where the default active age bands start: five-year bands from 16 to 60 (the retirement age). */
const AGE_BAND_STARTS = [16, 21, 26, 31, 36, 41, 46, 51, 56] as const;

/** The default age bands, each with its share (of members, or of them staying in hospital a year). */
function byAgeBand(shares: readonly number[]): { from: number; share: number }[] {
  return AGE_BAND_STARTS.map((from, index) => ({ from, share: shares[index]! }));
}

export const scenarioDefaults: ScenarioDefaults = {
  policy: {
    inpatient: {
      bandBasis: "perStay",
      allowanceCountsTowardCap: true,
      additionalStayDeductible: { amount: 0, mode: "eachAdditionalStay" },
      dailyAllowance: null,
      minimumPayout: 0,
      prorateStraddlingStays: true,
    },
    specialOutpatient: { covered: false, bands: null, minimumPayoutApplies: false },
    // The exclusions of Inner Mongolia 2021 (001 art. 18), the only list in the sources: work injury, maternity,
    // occupational disease, traffic accidents without an insurance settlement, force majeure,
    // misconduct (fights, drugs, suicide, alcohol abuse, crime) and fraud.
    excludedCauses: [
      "work_injury",
      "maternity",
      "occupational_disease",
      "traffic_unsettled",
      "force_majeure",
      "misconduct",
      "fraud",
    ],
    claimDeadline: { days: 90, from: "settlement" },
    lumpSums: [],
  },
  assumptions: {
    membership: {
      // Inner Mongolia 2021 enrolment targets by region (P, seed 001), total 1,157,123.
      regions: [
        { name: "Hohhot", members: 183888 },
        { name: "Hulunbuir", members: 120240 },
        { name: "Hinggan", members: 60628 },
        { name: "Tongliao", members: 94144 },
        { name: "Chifeng", members: 144438 },
        { name: "Xilingol", members: 63473 },
        { name: "Ulanqab", members: 82009 },
        { name: "Ordos", members: 136486 },
        { name: "Bayannur", members: 59122 },
        { name: "Wuhai", members: 48142 },
        { name: "Alxa", members: 27446 },
        { name: "Manzhouli", members: 24315 },
        { name: "Erenhot", members: 3324 },
        { name: "Education, science, culture, health and sport union", members: 10000 },
        { name: "Construction, transport and metallurgy union", members: 5055 },
        { name: "Finance, trade, light industry and agriculture union", members: 4798 },
        { name: "Defence, post and telecom union", members: 7321 },
        { name: "Energy, chemical and geology union", members: 4722 },
        { name: "Directly affiliated organs", members: 45817 },
        { name: "Inner Mongolia Forest Industry Group", members: 31755 },
      ],
      retireeShare: 0.05, // E: only members unbroken since 2019 may continue after retirement
      femaleShare: 0.45, // E
      // E: age profile of urban employees 16–60
      activeAgeBands: byAgeBand([0.01, 0.06, 0.11, 0.14, 0.15, 0.14, 0.14, 0.14, 0.11]),
      allowanceYearsShares: [0.35, 0.3, 0.35], // E: the scheme began in 2019
      meanUnitSize: 85, // D: 1.1M+ workers in 13,000+ units (2020, seed 001)
      minimumParticipation: 0.75, // P: group rule ≥75% (seed 001)
      unitRenewal: 0.95, // P: 2021 renewal target ≥95% (seed 001)
      newUnitGrowth: 0.09, // D: 2024 members +5.38% with 95% renewal and exits (seed 000)
      memberExitRate: 0.01, // E
      retireeContinuation: 0.3, // E
      retirementAge: 60, // P: actives 16–60 (seed 001)
      priceElasticity: -0.2, // E: union group schemes −0.1 to −0.3
      referenceFee: 100, // P: active fee 2021 (seed 001)
      antiSelection: 0, // E: off unless the actuary switches it on
    },
    hospitalisation: {
      // E, rising with age; weighted by the default age profile the mean is 11.9%, the active rate of
      // employee members in 2023 (P, People's Daily 2024-07-26: 11.93%).
      activeStayRateByAgeBand: byAgeBand([0.06, 0.075, 0.09, 0.095, 0.1, 0.11, 0.13, 0.155, 0.19]),
      retireeStayRate: 0.4902, // P: retired employee members 2023 (People's Daily 2024-07-26)
      claimPropensity: 0.3, // E, calibrated to 4.0–4.8 paid claims per 100 members (D); docs/domain/assumptions.md gives 0.34–0.40 from actives alone
      frailtyShape: 0.6, // E: several stays a year happen; up to 40 claims by one worker (P, 2022-05-20)
      meanLengthOfStay: 9.8, // P: NHSA 2023
      selfPay: {
        median: 820, // E, calibrated: 880–965 yuan per paid claim (D, seed 000)
        sigma: 1.2, // E: median ≈ half the mean
        tailThreshold: 100000, // E: Pareto tail above ≈100k
        tailAlpha: 1.6, // E: stays above 1M exist (leukaemia 1,037,133.88 over 10 stays, seed 000)
      },
      specialOutpatientRate: 0.0005, // E: patients with monthly radio/chemotherapy or dialysis claims
      specialOutpatientMeanSelfPay: 3000, // E
      specialDiseaseTakeUp: 0.5, // D: 350k women's members planned against ~640k women (seed 000)
      specialDiseaseIncidence: 0.00176, // D: 1,212 claims / 688.7k person-times (seed 000)
      criticalIllnessIncidence: 0.002, // E: ≈ national 2.8% claims per person-time, a share of them
      accidentIncidence: 0.003, // E
      medicalInflation: 0.03, // E: cost per stay +2.1% (2018–23) to +5.8% (2018–21) a year
    },
    fund: {
      openingBalance: 50_000_000, // E
      riskReserve: 10_000_000, // P: the regional union's 10M risk reserve (seed 000)
      interestRate: 0.0125, // E: reserve yield 1.0–1.5% a year
      expenseRatio: 0.05, // E
      meanReportingLagDays: 60, // E: mean ≈ 60 days, ≈95% within 6 months
      ruinBasis: "balance",
      // openingLiability: left out, the model's steady state (see FundAssumptions.openingLiability).
    },
    // Common shocks, calibrated to the yearly published figures recorded in data/published/national-trends.csv
    // (P rows cite their bulletin; D rows are computed from them). A fund of ~1M members then has a
    // yearly benefit CV of about 8% (process risk alone: 1.0–1.2%), inside the 5–10% the evidence gives
    // for ordinary years.
    shocks: {
      // D: the national admissions' year-to-year changes around their trend, ordinary years: +3.4% (2017–18)
      // against a trend of ≈ +5–8%; the employee hospitalisation rate 17.7% (2021) → 21.86% (2023), +23.5%
      // in two years (rules and post-epidemic demand); Inner Mongolia's paid claims per 100 members
      // 4.0 (2019–23, government site) against 4.84 (2019–24, seed 000). A CV of 6% a year, with the
      // persistence of the 2021–23 rise (autocorrelation 0.5, E).
      frequencyCv: 0.06,
      frequencyAutocorrelation: 0.5,
      // D: cost per stay grew 5.8% a year 2018–21 and 2.1% a year 2018–23 (assumptions.md), and fell 5.0%
      // in 2023 (P, NHC 2023 bulletin: hospital cost per stay 10,315.8 yuan): yearly deviations of about
      // ±3 points around the 3% mean, persistent (0.6, E).
      inflationVolatility: 0.03,
      inflationAutocorrelation: 0.6,
      // Off by default (E): the reserve's yield moves little against the benefits; bank deposit rates fell
      // 1.35% → 0.95% (1 year) from Jul 2024 to May 2025 (P, assumptions.md). Set e.g. 0.003 and 0.9 to draw it.
      interestVolatility: 0,
      interestAutocorrelation: 0,
      // D/E: one epidemic year in the 2003–2023 bulletins' span: admissions −13% (2020), and the +22.3%
      // rebound (2023: 30,187.3万, +5,501.1万, P, NHC 2023 bulletin); probability 1 in 20 years, multiplier
      // between a lockdown year's 0.85 and a surge's 1.25.
      epidemic: { probability: 0.05, multiplierLow: 0.85, multiplierHigh: 1.25 },
      // D: the claim rate and self-pay level rest on about five published years of the fund; with a yearly
      // CV of ≈ 8% (frequency) and ≈ 5% (cost per claim: 880–965 yuan, seed 000 and government site) the
      // estimates' standard errors are 8%/√5 ≈ 4% and 5%/√5 ≈ 2–3%. On by default; stated in the results.
      parameterUncertainty: { enabled: true, claimRateCv: 0.04, selfPayCv: 0.03 },
    },
  },
  simulation: { paths: 1000, years: 10, seed: 1 },
};
