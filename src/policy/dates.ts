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
  if (text.length === 10) return parseDayAt(text, 0);
  const trimmed = text.trim();
  return trimmed.length === 10 ? parseDayAt(trimmed, 0) : NaN;
}

const digit = (text: string, index: number): number => {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
};

/**
 * The `YYYY-MM-DD` date in the ten characters of `text` from `start` as a day number, or `NaN`: what
 * `parseDay` gives for those ten characters, read in place (a CSV reader need not cut the text).
 * @example parseDayAt("born 1970-01-02, ", 5)
 * // → 1
 */
export function parseDayAt(text: string, start: number): number {
  if (start + 10 > text.length || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
    return NaN;
  const year =
    digit(text, start) * 1000 +
    digit(text, start + 1) * 100 +
    digit(text, start + 2) * 10 +
    digit(text, start + 3);
  const month = digit(text, start + 5) * 10 + digit(text, start + 6);
  const day = digit(text, start + 8) * 10 + digit(text, start + 9);
  // Years 0–99 are NaN as Date.UTC reads them as 1900–1999 (so they never round-trip).
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return daysFromCivil(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Year, month (1–12) and day of a day number (H. Hinnant's civil_from_days), as `year * 10_000 + month * 100 + day`. */
function civilFromDays(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

/**
 * Formats a day number as `YYYY-MM-DD`.
 * @example formatDay(0)
 * // → "1970-01-01"
 */
export function formatDay(day: number): string {
  if (!wholeDay(day)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  const date = civilFromDays(day);
  const year = Math.floor(date / 10_000);
  if (year < 0 || year > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  const monthDay = date - year * 10_000;
  return `${String(year).padStart(4, "0")}-${String(Math.floor(monthDay / 100)).padStart(2, "0")}-${String(monthDay % 100).padStart(2, "0")}`;
}

/**
 * Age in whole years on `day` of someone born on `birthDay` (both day numbers).
 * @example ageOn(parseDay("1965-07-01"), parseDay("2025-06-30"))
 * // → 59
 */
export function ageOn(birthDay: number, day: number): number {
  if (!wholeDay(birthDay) || !wholeDay(day)) return ageOnDates(birthDay, day);
  // Whole day numbers: calendar arithmetic with no Date objects (a year's members are a million calls).
  const birth = civilFromDays(birthDay);
  const on = civilFromDays(day);
  const birthYear = Math.floor(birth / 10_000);
  const onYear = Math.floor(on / 10_000);
  return onYear - birthYear - (on - onYear * 10_000 < birth - birthYear * 10_000 ? 1 : 0);
}

/** A whole day number within the range of `Date`. */
const wholeDay = (day: number) => Number.isInteger(day) && Math.abs(day) <= 100_000_000;

function ageOnDates(birthDay: number, day: number): number {
  const birth = new Date(birthDay * DAY_MS);
  const on = new Date(day * DAY_MS);
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
