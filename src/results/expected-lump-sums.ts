import type { Model } from "../model/compile-model.ts";
import { lumpSumHolders } from "../model/member-counts.ts";
import { LUMP_SUM_KINDS } from "../policy/compile-policy.ts";
import type { LumpSumKind } from "../scenario/policy-types.ts";

/** Days in the year over which the simulation spreads a lump-sum event's day (as `simulateClaims`). */
const DAYS_IN_YEAR = 365;
/** Approved amount when a product has neither a fixed amount nor a cap (as `simulateClaims`). */
const DEFAULT_APPROVAL = 10000;

/** What the model expects of one lump-sum product in a year with the given membership. */
export interface ExpectedLumpSum {
  kind: LumpSumKind;
  /** Members holding the product (the simulation's `lumpSumHolders`). */
  holders: number;
  /** Events drawn: holders × the kind's incidence. */
  events: number;
  /** Events that pay something (an event in the observation period pays only the observation payout). */
  claims: number;
  /** Expected payout of the year (yuan). */
  payout: number;
}

/**
 * The expected lump-sum claims and payout of a year with membership `counts` (the model's cells), by the
 * simulation's own rules (`simulateClaims`): events are holders × incidence; a new joiner (share
 * `newUnitGrowth`) diagnosed within `observationDays` of the period start (days uniform over 365) gets
 * the observation payout; otherwise the fixed amount, or, for a product without one, an approval uniform
 * between a third and all of the cap (mean two thirds), never above the cap. Exact, no simulation.
 * Products the scheme does not have are left out. (Linyi 2019's accident product, capped at 10,000 a
 * share, expects 6,666.67 yuan an event; Wenzhou's critical-illness supplement pays 4,000, or 1,000 in
 * the observation period.)
 */
export function expectedLumpSums(model: Model, counts: Float64Array): ExpectedLumpSum[] {
  const hospitalisation = model.scenario.assumptions.hospitalisation;
  const growth = model.scenario.assumptions.membership.newUnitGrowth;
  const result: ExpectedLumpSum[] = [];
  LUMP_SUM_KINDS.forEach((kind, kindIndex) => {
    const product = model.policy.lumpSums[kindIndex];
    if (!product) return;
    const holders = lumpSumHolders(model, counts, kindIndex);
    const incidence =
      kind === "special_disease"
        ? hospitalisation.specialDiseaseIncidence
        : kind === "critical_illness"
          ? hospitalisation.criticalIllnessIncidence
          : hospitalisation.accidentIncidence;
    const events = holders * incidence;
    const cap = product.cap ?? Infinity;
    const inObservation = growth * Math.min(1, Math.max(0, product.observationDays) / DAYS_IN_YEAR);
    const approvalTop = product.cap ?? DEFAULT_APPROVAL;
    const normal =
      product.amount === null ? Math.min((2 / 3) * approvalTop, cap) : Math.min(product.amount, cap);
    const observation = Math.min(product.observationPayout, cap);
    const paying = (1 - inObservation) * (normal > 0 ? 1 : 0) + inObservation * (observation > 0 ? 1 : 0);
    result.push({
      kind,
      holders,
      events,
      claims: events * paying,
      payout: events * ((1 - inObservation) * normal + inObservation * observation),
    });
  });
  return result;
}
