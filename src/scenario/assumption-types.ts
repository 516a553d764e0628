/**
 * Simulation assumptions: who is a member, how often they are hospitalised and claim, what a stay costs,
 * and how the fund's money moves. Each default in `scenarios/` names the row of
 * `docs/domain/assumptions.md` (P published, D derived, E estimate) it comes from in the scenario's
 * `sources`, so an actuary can check and replace it.
 *
 * Units: amounts in yuan, rates per member per year, durations in days, shares and probabilities 0–1.
 */

/**
 * A share of members, from 0 to 1.
 * @minimum 0
 * @maximum 1
 */
export type Share = number;

/** A region (盟市) and its membership at the start of the projection. */
export interface Region {
  /** Region name, e.g. "Hohhot". */
  name: string;
  /**
   * Members at the start of the projection (Inner Mongolia: the 2021 enrolment targets).
   * @minimum 0
   * @maximum 1000000000
   * @asType integer
   */
  members: number;
}

/** Share of active members in one five-year age band. */
export interface AgeBandShare {
  /**
   * First age of the band (whole years); the band runs five years, e.g. 16 → 16–20.
   * @minimum 0
   * @maximum 150
   * @asType integer
   */
  from: number;
  /**
   * Share of active members in this band; the shares are normalised to sum to 1.
   * @minimum 0
   * @maximum 10
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
  allowanceYearsShares: [Share, Share, Share];
  /**
   * Mean enrolled members per unit (employer union): units renew or lapse as a group. Inner Mongolia 2020:
   * 1.1M workers in 13,000+ units ≈ 85.
   * @minimum 1
   * @maximum 1000000
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
   * @asType integer
   */
  retirementAge: number;
  /**
   * Price elasticity of take-up: the relative change in renewal and new enrolment per relative change in
   * the fee against `referenceFee` (union group schemes: −0.1 to −0.3, E).
   * @maximum 0
   * @minimum -100
   */
  priceElasticity: number;
  /**
   * Active fee the renewal and growth rates were observed at, in yuan (Inner Mongolia: 100).
   * @minimum 0
   * @maximum 1000000000000
   */
  referenceFee: number;
  /**
   * Anti-selection: when a fee rise makes members leave, the healthy leave first. The stay rate of the
   * remaining members rises by `antiSelection` × the share who left because of the fee. 0 switches it off.
   * @minimum 0
   * @maximum 100
   */
  antiSelection: number;
}

/** Self-pay per stay: a lognormal body spliced with a Pareto tail. */
export interface SelfPayAssumptions {
  /**
   * Median self-pay of a claimed stay, in yuan, at the start of the projection.
   * @minimum 0
   * @maximum 1000000000000
   */
  median: number;
  /**
   * Log-scale standard deviation of the lognormal body.
   * @minimum 0
   * @maximum 10
   */
  sigma: number;
  /**
   * Where the Pareto tail starts, in yuan (about 100,000).
   * @minimum 0
   * @maximum 1000000000000
   */
  tailThreshold: number;
  /**
   * Pareto shape of the tail (smaller = heavier; stays above 1M yuan exist).
   * @minimum 0.5
   * @maximum 100
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
   * @maximum 10
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
   * @maximum 1000000
   */
  frailtyShape: number;
  /**
   * Mean length of stay in days (9.8, P, NHSA 2023).
   * @minimum 1
   * @maximum 366
   */
  meanLengthOfStay: number;
  /** Self-pay per stay. */
  selfPay: SelfPayAssumptions;
  /**
   * Special outpatient claims per member per year (chemotherapy, dialysis); 0 where the scheme has none.
   * @minimum 0
   * @maximum 100
   */
  specialOutpatientRate: number;
  /**
   * Mean self-pay of one special outpatient claim, in yuan.
   * @minimum 0
   * @maximum 1000000000000
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
   * @maximum 1000000000000
   */
  openingBalance: number;
  /**
   * The union's risk reserve in yuan, available to pay claims (Inner Mongolia: 10,000,000).
   * @minimum 0
   * @maximum 1000000000000
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
   * @maximum 3660
   */
  meanReportingLagDays: number;
  /**
   * What ruin means: `balance`, the fund (with the risk reserve) falling below zero, or
   * `balanceLessLiabilities`, falling below the reserve for claims incurred but not yet paid.
   */
  ruinBasis: "balance" | "balanceLessLiabilities";
}

/** Everything the simulation assumes. */
export interface Assumptions {
  /** Members and units. */
  membership: MembershipAssumptions;
  /** Stays, claims and costs. */
  hospitalisation: HospitalisationAssumptions;
  /** The fund. */
  fund: FundAssumptions;
}
