/** Time-zone arithmetic on top of the built-in Intl API (no tz database of our own, no I/O). */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of an instant in a time zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The wall-clock time of `instant` in `timeZone`.
 * @example toWallTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Paris').hour // 14
 */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/**
 * Minutes east of UTC in `timeZone` at `instant`.
 * @example offsetMinutes(new Date('2026-01-15T00:00:00Z'), 'America/New_York') // -300
 */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wall = toWallTime(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** Throws a clear error when the runtime does not know the zone name. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    // The value only: whoever reports it names the field (`timeZone`, `--time-zone`) once.
    throw new RangeError(`unknown IANA time zone "${timeZone}" (e.g. Europe/London, America/New_York, UTC)`);
  }
}

/** One change of UTC offset. */
export interface OffsetTransition {
  at: Date;
  fromMinutes: number;
  toMinutes: number;
}

const HOUR = 3_600_000;

/**
 * Every offset change in `timeZone` between two instants, found by an hourly scan refined to the minute.
 * @example findTransitions('Europe/London', new Date('2026-01-01Z'), new Date('2027-01-01Z')).length // 2
 */
export function findTransitions(timeZone: string, from: Date, to: Date): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  // Six-hour steps: no real zone changes its offset twice within six hours.
  const step = 6 * HOUR;
  let previous = from.getTime();
  let previousOffset = offsetMinutes(from, timeZone);
  for (let t = previous + step; t <= to.getTime() + step; t += step) {
    const offset = offsetMinutes(new Date(t), timeZone);
    if (offset !== previousOffset) {
      let low = previous;
      let high = t;
      while (high - low > 60_000) {
        const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (mid <= low) break;
        if (offsetMinutes(new Date(mid), timeZone) === previousOffset) low = mid;
        else high = mid;
      }
      transitions.push({ at: new Date(high), fromMinutes: previousOffset, toMinutes: offset });
      previousOffset = offset;
    }
    previous = t;
  }
  return transitions.filter((transition) => transition.at.getTime() <= to.getTime());
}
