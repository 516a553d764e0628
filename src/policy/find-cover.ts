import type { MemberPeriod } from "./records.ts";

/** Which of a member's periods a stay belongs to, and how many of its days are covered. */
export interface Cover {
  /** The period whose rules apply: the one containing the admission, else the one containing the discharge. */
  period: MemberPeriod;
  /** Days of the stay inside the member's cover (the period, continued by any contiguous later periods). */
  daysInside: number;
  totalDays: number;
}

/**
 * Finds the period of a stay (IM 2021 art. 14): the admission's period applies even when the discharge
 * falls in the next period; a stay admitted before the member's cover began belongs to the period holding
 * its discharge and is prorated. Days are nights: discharge − admission; days inside count the nights
 * between the later of admission and cover start and the earlier of discharge and the day after cover ends.
 * @param periods the member's periods, sorted by start
 * @returns the cover, or null when neither admission nor discharge falls in any period
 */
export function findCover(
  periods: readonly MemberPeriod[],
  admissionDay: number,
  dischargeDay: number,
): Cover | null {
  const contains = (period: MemberPeriod, day: number) =>
    day >= period.periodStart && day <= period.periodEnd;
  const index =
    periods.findIndex((period) => contains(period, admissionDay)) >= 0
      ? periods.findIndex((period) => contains(period, admissionDay))
      : periods.findIndex((period) => contains(period, dischargeDay));
  const period = periods[index];
  if (!period) return null;
  let coverEnd = period.periodEnd;
  for (const later of periods.slice(index + 1)) {
    if (later.periodStart === coverEnd + 1) coverEnd = later.periodEnd;
  }
  const totalDays = dischargeDay - admissionDay;
  const inside = Math.min(dischargeDay, coverEnd + 1) - Math.max(admissionDay, period.periodStart);
  return { period, daysInside: Math.max(0, Math.min(inside, totalDays)), totalDays };
}
