/** Calendar helpers on local wall-clock strings: an episode's day and hour are those the person lived. */

/** The local day (YYYY-MM-DD) of an ISO instant as written. @example localDay('2026-03-10T23:30:00-05:00') // '2026-03-10' */
export function localDay(instant: string): string {
  return instant.slice(0, 10);
}

/** The local hour (0–23) of an ISO instant as written. @example localHour('2026-03-10T23:30:00-05:00') // 23 */
export function localHour(instant: string): number {
  return (instant.charCodeAt(11) - 48) * 10 + (instant.charCodeAt(12) - 48);
}

// Integer civil-calendar conversions (H. Hinnant's days_from_civil): no Date objects in the hot loops.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Days since 1970-01-01 for a YYYY-MM-DD day. @example dayNumber('1970-01-02') // 1 */
export function dayNumber(day: string): number {
  return daysFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The YYYY-MM-DD day of a day number. @example dayFromNumber(1) // '1970-01-02' */
export function dayFromNumber(n: number): string {
  const [y, m, d] = civilFromDays(n);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Monday = 0 … Sunday = 6. @example weekdayOf(0) // 3 (1970-01-01 was a Thursday) */
export function weekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** ISO-8601 week of a day: its label and its Monday. @example isoWeek('2026-01-01').label // '2026-W01' */
export function isoWeek(day: string): { label: string; start: string } {
  const monday = dayNumber(day) - weekdayOf(dayNumber(day));
  const thursday = monday + 3;
  const isoYear = civilFromDays(thursday)[0];
  const week = Math.floor((thursday - daysFromCivil(isoYear, 1, 1)) / 7) + 1;
  return { label: `${isoYear}-W${pad2(week)}`, start: dayFromNumber(monday) };
}
