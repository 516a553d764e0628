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
 * falls in the next period; a stay admitted before the member's cover began belongs to the first period it
 * runs into and is prorated (also when it runs past that period's end). Days are nights: discharge − admission; days inside count the nights
 * between the later of admission and cover start and the earlier of discharge and the day after cover ends.
 * @param periods the member's periods, sorted by start
 * @returns the cover, or null when the stay touches none of the member's periods
 */
export function findCover(
  periods: readonly MemberPeriod[],
  admissionDay: number,
  dischargeDay: number,
): Cover | null {
  const contains = (period: MemberPeriod, day: number) =>
    day >= period.periodStart && day <= period.periodEnd;
  // The admission's period; else the first period the stay runs into (it began before the cover).
  let index = periods.findIndex((period) => contains(period, admissionDay));
  if (index < 0)
    index = periods.findIndex(
      (period) => period.periodStart > admissionDay && period.periodStart <= dischargeDay,
    );
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
