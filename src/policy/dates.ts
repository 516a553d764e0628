/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so that a stay's days are `discharge − admission`
 * with no time zone or daylight-saving surprises.
 */

const DAY_MS = 86_400_000;

/**
 * Parses `YYYY-MM-DD` into a day number, or returns `NaN` for anything else (including 2025-02-30).
 * @example parseDay("1970-01-02")
 * // → 1
 */
export function parseDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return NaN;
  return ms / DAY_MS;
}

/**
 * Formats a day number as `YYYY-MM-DD`.
 * @example formatDay(0)
 * // → "1970-01-01"
 */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Age in whole years on `day` of someone born on `birthDay` (both day numbers).
 * @example ageOn(parseDay("1965-07-01"), parseDay("2025-06-30"))
 * // → 59
 */
export function ageOn(birthDay: number, day: number): number {
  const birth = new Date(birthDay * DAY_MS);
  const on = new Date(day * DAY_MS);
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
