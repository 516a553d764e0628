/**
 * Simulation assumptions: who is a member, how often they are hospitalised and claim, what a stay costs,
 * and how the fund's money moves. Each default in `scenarios/` names the row of
 * `docs/domain/assumptions.md` (P published, D derived, E estimate) it comes from in the scenario's
 * `sources`, so an actuary can check and replace it.
 *
 * Units: amounts in yuan, rates per member per year, durations in days, shares and probabilities 0–1.
 */

/** A region (盟市) and its membership at the start of the projection. */
export interface Region {
  /** Region name, e.g. "Hohhot". */
  name: string;
  /**
   * Members at the start of the projection (Inner Mongolia: the 2021 enrolment targets).
   * @minimum 0
   */
  members: number;
}

/** Share of active members in one five-year age band. */
export interface AgeBandShare {
  /**
   * First age of the band (whole years); the band runs five years, e.g. 16 → 16–20.
   * @minimum 0
   */
  from: number;
  /**
   * Share of active members in this band; the shares are normalised to sum to 1.
   * @minimum 0
   */
  share: number;
}

/** How members and units join, renew, age and leave. */
export interface MembershipAssumptions {
  /** Regions and their starting membership. */
  regions: Region[];
  /**
   * Share of starting members who are retirees.
   * @minimum 0
   * @maximum 1
   */
  retireeShare: number;
  /**
   * Share of members who are women.
   * @minimum 0
   * @maximum 1
   */
  femaleShare: number;
  /** Age distribution of active members (and of new joiners), by five-year band. */
  activeAgeBands: AgeBandShare[];
  /**
   * Shares of starting members by years of unbroken participation counted for the allowance: 1, 2, 3 or
   * more (restarted after an allowance is paid).
   */
  allowanceYearsShares: [number, number, number];
  /**
   * Mean enrolled members per unit (employer union): units renew or lapse as a group. Inner Mongolia 2020:
   * 1.1M workers in 13,000+ units ≈ 85.
   * @minimum 1
   */
  meanUnitSize: number;
  /**
   * Share of a unit's workers who enrol: at least 0.75 (0.70 for units of 500+), so a unit's enrolment is
   * drawn between this and 1. Informational for unit sizes.
   * @minimum 0
   * @maximum 1
   */
  minimumParticipation: number;
  /**
   * Probability that a unit renews for the next period at the reference fee (Inner Mongolia 2021 target
   * ≥ 95%).
   * @minimum 0
   * @maximum 1
   */
  unitRenewal: number;
  /**
   * New members from newly joining units each year, as a share of last year's members, at the reference
   * fee.
   * @minimum 0
   * @maximum 1
   */
  newUnitGrowth: number;
  /**
   * Probability a member of a renewing unit leaves during the year for other reasons (leaves the job or
   * basic insurance).
   * @minimum 0
   * @maximum 1
   */
  memberExitRate: number;
  /**
   * Share of members reaching retirement who continue as retirees (if the policy covers retirees).
   * @minimum 0
   * @maximum 1
   */
  retireeContinuation: number;
  /**
   * Age at which active members retire.
   * @minimum 40
   * @maximum 70
   */
  retirementAge: number;
  /**
   * Price elasticity of take-up: the relative change in membership per relative change in the fee against
   * `referenceFee`, applied once as a level (a 10% cut with −0.2 gives 2% more members in every year), not
   * to the growth rate each year (union group schemes: −0.1 to −0.3, E).
   * @maximum 0
   */
  priceElasticity: number;
  /**
   * Active fee the renewal and growth rates were observed at, in yuan (Inner Mongolia: 100).
   * @minimum 0
   */
  referenceFee: number;
  /**
   * Anti-selection: when a fee rise makes members leave, the healthy leave first. The stay rate of the
   * remaining members rises by `antiSelection` × the share who left because of the fee (once, like the
   * take-up level). 0 switches it off.
   * @minimum 0
   */
  antiSelection: number;
}

/** Self-pay per stay: a lognormal body spliced with a Pareto tail. */
export interface SelfPayAssumptions {
  /**
   * Median self-pay of a claimed stay, in yuan, at the start of the projection.
   * @minimum 0
   */
  median: number;
  /**
   * Log-scale standard deviation of the lognormal body.
   * @minimum 0
   */
  sigma: number;
  /**
   * Where the Pareto tail starts, in yuan (about 100,000).
   * @minimum 0
   */
  tailThreshold: number;
  /**
   * Pareto shape of the tail (smaller = heavier; stays above 1M yuan exist).
   * @minimum 0.5
   */
  tailAlpha: number;
}

/** Stays, claims and their cost. */
export interface HospitalisationAssumptions {
  /**
   * Hospital stays per active member per year, by five-year age band (same bands as `activeAgeBands`);
   * the average over the bands is about 11.93% (P, NHSA 2023).
   */
  activeStayRateByAgeBand: AgeBandShare[];
  /**
   * Stays per retiree per year (49.02% for retired employees, P, NHSA 2023).
   * @minimum 0
   */
  retireeStayRate: number;
  /**
   * Share of stays that become a mutual-aid claim: many stays are never claimed (E: ≈0.34–0.40).
   * @minimum 0
   * @maximum 1
   */
  claimPropensity: number;
  /**
   * Gamma shape of the member's frailty: claims per member follow a negative binomial with this size
   * (smaller = more members with several stays a year).
   * @minimum 0.01
   */
  frailtyShape: number;
  /**
   * Mean length of stay in days (9.8, P, NHSA 2023).
   * @minimum 1
   */
  meanLengthOfStay: number;
  /** Self-pay per stay. */
  selfPay: SelfPayAssumptions;
  /**
   * Special outpatient claims per member per year (chemotherapy, dialysis); 0 where the scheme has none.
   * @minimum 0
   */
  specialOutpatientRate: number;
  /**
   * Mean self-pay of one special outpatient claim, in yuan.
   * @minimum 0
   */
  specialOutpatientMeanSelfPay: number;
  /**
   * Share of female members who hold the women's special-disease product (if the policy has one).
   * @minimum 0
   * @maximum 1
   */
  specialDiseaseTakeUp: number;
  /**
   * Covered diagnoses per holder of the women's product per year (Inner Mongolia observed ≈ 0.00176, D).
   * @minimum 0
   * @maximum 1
   */
  specialDiseaseIncidence: number;
  /**
   * Critical-illness claims per member per year (for schemes with such a lump sum).
   * @minimum 0
   * @maximum 1
   */
  criticalIllnessIncidence: number;
  /**
   * Accident claims per member per year (for schemes with such a lump sum).
   * @minimum 0
   * @maximum 1
   */
  accidentIncidence: number;
  /**
   * Yearly growth of self-pay per stay (medical cost inflation; E: 3–5%).
   * @minimum -0.5
   * @maximum 1
   */
  medicalInflation: number;
}

/** The fund's money. */
export interface FundAssumptions {
  /**
   * Fund balance at the start of the projection, in yuan (risk reserve not included).
   * @minimum 0
   */
  openingBalance: number;
  /**
   * The union's risk reserve in yuan, available to pay claims (Inner Mongolia: 10,000,000).
   * @minimum 0
   */
  riskReserve: number;
  /**
   * Yearly interest earned on the balance (E: 1.0–1.5%).
   * @minimum -0.1
   * @maximum 1
   */
  interestRate: number;
  /**
   * Administration expenses as a share of contributions.
   * @minimum 0
   * @maximum 1
   */
  expenseRatio: number;
  /**
   * Mean days from the end of a stay to payment of its claim (E: ≈ 60 days, 95% within 6 months). Claims
   * paid after the year's end fall in the next year's cash and in this year's liability reserve.
   * @minimum 0
   */
  meanReportingLagDays: number;
  /**
   * What ruin means: `balance`, the fund (with the risk reserve) falling below zero, or
   * `balanceLessLiabilities`, falling below the reserve for claims incurred but not yet paid.
   */
  ruinBasis: "balance" | "balanceLessLiabilities";
  /**
   * Claims of the year before the projection still unpaid at its start, paid out in year one (yuan): a
   * normal amount with this mean and standard deviation, floored at 0 (the reserves' estimate). Left out,
   * the model's steady state is used: year one's own claims unpaid at its end, at last year's costs
   * (÷ (1 + medical inflation)), so year one does not start owing nothing.
   */
  openingLiability?: OpeningLiability;
}

/** An outstanding amount with its uncertainty. */
export interface OpeningLiability {
  /**
   * Expected amount, yuan.
   * @minimum 0
   */
  mean: number;
  /**
   * Standard deviation, yuan.
   * @minimum 0
   */
  standardDeviation: number;
}

/** Rare years that move every member's claims at once: epidemics, lockdowns. */
export interface EpidemicAssumptions {
  /**
   * Probability that a year is an epidemic (or lockdown) year.
   * @minimum 0
   * @maximum 1
   */
  probability: number;
  /**
   * Lowest claim-frequency multiplier of such a year (below 1: a lockdown year with fewer elective stays).
   * @minimum 0
   */
  multiplierLow: number;
  /**
   * Highest multiplier (above 1: a surge); the year's multiplier is uniform between the two.
   * @minimum 0
   */
  multiplierHigh: number;
}

/**
 * Per path, the claim rate and the self-pay level are drawn from their estimation uncertainty: they are
 * estimates from a few years of experience, not known constants.
 */
export interface ParameterUncertaintyAssumptions {
  /** Whether parameter uncertainty is drawn (stated in the results). */
  enabled: boolean;
  /**
   * Coefficient of variation of the claim-rate estimate (mean 1, lognormal).
   * @minimum 0
   * @maximum 1
   */
  claimRateCv: number;
  /**
   * Coefficient of variation of the self-pay level estimate (mean 1, lognormal).
   * @minimum 0
   * @maximum 1
   */
  selfPayCv: number;
}

/**
 * Risks common to every member in a year, which do not diversify away however many members there are.
 * Drawn per (seed, path, year) on their own streams, so common random numbers and bit-identical results
 * hold. Set a coefficient of variation, volatility or probability to 0 to switch that shock off.
 */
export interface CommonShockAssumptions {
  /**
   * Coefficient of variation of the yearly claim-frequency multiplier common to all members (lognormal,
   * mean 1).
   * @minimum 0
   * @maximum 2
   */
  frequencyCv: number;
  /**
   * Year-to-year correlation of that multiplier (AR(1) on its logarithm; 0: independent years).
   * @minimum 0
   * @maximum 0.99
   */
  frequencyAutocorrelation: number;
  /**
   * Standard deviation of a year's medical inflation around its mean (`hospitalisation.medicalInflation`):
   * self-pay grows by 1 + i_t a year with i_t an AR(1) around the mean.
   * @minimum 0
   * @maximum 0.5
   */
  inflationVolatility: number;
  /**
   * AR(1) coefficient of the yearly inflation's deviation from its mean.
   * @minimum 0
   * @maximum 0.99
   */
  inflationAutocorrelation: number;
  /**
   * Standard deviation of a year's interest rate around `fund.interestRate` (an AR(1) path); 0 keeps the
   * rate fixed.
   * @minimum 0
   * @maximum 0.1
   */
  interestVolatility: number;
  /**
   * AR(1) coefficient of the interest rate's deviation from its mean.
   * @minimum 0
   * @maximum 0.99
   */
  interestAutocorrelation: number;
  /** Rare epidemic or lockdown years. */
  epidemic: EpidemicAssumptions;
  /** Estimation uncertainty of the claim rate and self-pay level, drawn once per path. */
  parameterUncertainty: ParameterUncertaintyAssumptions;
}

/** Everything the simulation assumes. */
export interface Assumptions {
  /** Members and units. */
  membership: MembershipAssumptions;
  /** Stays, claims and costs. */
  hospitalisation: HospitalisationAssumptions;
  /** The fund. */
  fund: FundAssumptions;
  /** Risks common to all members: yearly frequency and inflation shocks, epidemics, parameter uncertainty. */
  shocks: CommonShockAssumptions;
}
