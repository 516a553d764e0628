import seedrandom from "seedrandom";
import type { DevelopmentRecord } from "../../src/reserve/development-record.ts";

/** What a synthetic fund draws: claims per day, lognormal amounts, exponential reporting and payment lags. */
export interface SyntheticFundModel {
  claimsPerDay: number;
  amountMu: number;
  amountSigma: number;
  meanReportDays: number;
  meanPayDays: number;
}

/**
 * The records of one synthetic fund from `firstDay` for `days` days, drawn from a known model with its own
 * seeded stream (independent of src/reserve): claims arrive as a Poisson process, each with a lognormal
 * amount, an exponential delay to filing and another to payment. The truth about any valuation date is
 * then known from the records: what is paid after it for claims that arose on or before it.
 */
export function syntheticFund(
  model: SyntheticFundModel,
  firstDay: number,
  days: number,
  seed: string,
): DevelopmentRecord[] {
  const random = seedrandom(seed);
  const uniform = () => 1 - random.double(); // (0, 1]
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * random.double());
  const records: DevelopmentRecord[] = [];
  let day = firstDay;
  for (;;) {
    day += -Math.log(uniform()) / model.claimsPerDay;
    if (day >= firstDay + days) break;
    const originDay = Math.floor(day);
    const reportedDay = originDay + Math.floor(-Math.log(uniform()) * model.meanReportDays);
    const paidDay = reportedDay + Math.floor(-Math.log(uniform()) * model.meanPayDays);
    records.push({
      originDay,
      reportedDay,
      paidDay,
      amount: Math.exp(model.amountMu + model.amountSigma * normal()),
    });
  }
  return records;
}

/** The outstanding amount at `valuationDay`: paid after it, for claims that arose on or before it. */
export function trueOutstanding(records: readonly DevelopmentRecord[], valuationDay: number): number {
  return records
    .filter((record) => record.originDay <= valuationDay && (record.paidDay ?? Infinity) > valuationDay)
    .reduce((sum, record) => sum + record.amount, 0);
}
