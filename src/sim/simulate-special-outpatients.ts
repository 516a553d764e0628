import { membersOfStatus } from "../model/member-counts.ts";
import { log } from "../model/portable-math.ts";
import { drawReportingLag } from "../model/reporting-lag.ts";
import { OUT, STAY_KIND } from "../policy/compile-policy.ts";
import { payStayFast } from "../policy/pay-stay-fast.ts";
import type { ClaimYear } from "./claim-year.ts";
import { sampleBinomial } from "./sample-counts.ts";
import { TOTAL } from "./workspace.ts";

const DAYS_IN_YEAR = 365;

/**
 * The year's special-outpatient patients: monthly settlements, each banded like a stay (001 art. 10
 * note 3), drawn among active members and then among retirees, each group from its own substream of the
 * year's claim stream (after the cells' substreams). A patient is treated for 1–12 months with a
 * self-pay that is exponential around `specialOutpatientMeanSelfPay` × `inflation`, paid with a fresh
 * period state (the monthly claims do not share the cap with the member's stays). Each paid month counts
 * as a claim in `workspace.totals` (claims, active or retiree benefits, and the part paid after the
 * year's end), its bands go to the year's band row of the patient's status; returns the benefits paid. Nothing is
 * drawn when the policy does not cover special outpatients or the rate is 0.
 */
export function simulateSpecialOutpatients(year: ClaimYear): number {
  const { model, stream, workspace, activeBandRow, retireeBandRow, inflation } = year;
  const { cells, lagTable, policy } = model;
  const { counts, state, out, totals } = workspace;
  const { specialOutpatientRate, specialOutpatientMeanSelfPay } = model.scenario.assumptions.hospitalisation;
  let benefits = 0;
  if (!policy.specialOutpatientCovered || !(specialOutpatientRate > 0)) return benefits;
  for (const retiree of [false, true]) {
    const patientStream = workspace.substream;
    patientStream.reseed(stream, cells.cellCount + (retiree ? 1 : 0));
    const patients = sampleBinomial(
      patientStream,
      membersOfStatus(model, counts, retiree),
      specialOutpatientRate,
    );
    const bandRow = retiree ? retireeBandRow : activeBandRow;
    const byStatus = retiree ? TOTAL.retiree : TOTAL.active;
    for (let patient = 0; patient < patients; patient++) {
      const months = 1 + ((patientStream.uniform() * 12) | 0);
      state.fill(0);
      for (let month = 0; month < months; month++) {
        const amount = -specialOutpatientMeanSelfPay * log(1 - patientStream.uniform()) * inflation;
        payStayFast(policy, STAY_KIND.specialOutpatient, amount, 1, 0, 1, state, 0, out, bandRow);
        const payout = out[OUT.payout]!;
        const paidDay = month * 30 + drawReportingLag(lagTable, patientStream.uniform());
        if (payout > 0) {
          totals[TOTAL.claims] = totals[TOTAL.claims]! + 1;
          benefits += payout;
          totals[byStatus] = totals[byStatus]! + payout;
          if (paidDay >= DAYS_IN_YEAR) totals[TOTAL.spill] = totals[TOTAL.spill]! + payout;
        }
      }
    }
  }
  return benefits;
}
