/** The plan's schedule as an RFC 5545 calendar: one recurring event per daily session, with alarms. */
import type { Schedule } from '../assessment';
import reportEnGb from '../i18n/compiled/report/en-GB.js';
import { createTranslator, type Translator } from '../i18n/translator';
import { describeSource } from '../sources';
import type { Region } from '../vocabulary';
import {
  escapeText,
  formatDuration,
  formatLocalDateTime,
  formatUtcDateTime,
  formatUtcOffset,
  joinContentLines,
} from './ics-format';
import { labelRegion } from './labels';
import { assertTimeZone, findTransitions, offsetMinutes, toWallTime, type WallTime } from './time-zone';

export interface ScheduleIcsOptions {
  /** The first reminder day (its calendar date in `timeZone` is used). */
  start: Date;
  /** IANA zone name, e.g. Europe/London; 'UTC' writes UTC times without a VTIMEZONE. */
  timeZone: string;
  region?: Region;
  /** Stable prefix for event UIDs so re-imports update rather than duplicate. */
  uidSeed?: string;
  /** DTSTAMP; defaults to `start` so output is deterministic. */
  now?: Date;
  /** The language of the reminders' text (namespace `report`, keys ics.*); en-GB by default. */
  translator?: Translator;
}

const SOURCE_TRANSLATOR = createTranslator('en-GB', { report: reportEnGb });

/** How long before each session the display alarm fires. */
const ALARM_MINUTES_BEFORE = 10;
const DAY = 86_400_000;

/**
 * Local start times (minutes after midnight) for `sessionsPerDay` sessions, spread 08:00–20:00;
 * a single session goes in the evening, when most people have time.
 * @example spreadSessions(3) // [480, 840, 1200]
 */
export function spreadSessions(sessionsPerDay: number): number[] {
  if (sessionsPerDay <= 0) return [];
  if (sessionsPerDay === 1) return [18 * 60];
  const first = 8 * 60;
  const span = 12 * 60;
  return Array.from(
    { length: sessionsPerDay },
    (_, i) => first + Math.round((i * span) / (sessionsPerDay - 1) / 15) * 15,
  );
}

/**
 * Builds an .ics calendar for a schedule: RRULE FREQ=DAILY;INTERVAL=intervalDays;COUNT=occurrences per session,
 * DURATION = sessionMinutes, a display alarm, and the stop rule and sources in the description.
 * @example buildScheduleIcs(schedule, { start: new Date('2026-03-01T08:00:00Z'), timeZone: 'Europe/London' })
 */
export function buildScheduleIcs(schedule: Schedule, options: ScheduleIcsOptions): string {
  assertTimeZone(options.timeZone);
  const isUtc = options.timeZone === 'UTC' || options.timeZone === 'Etc/UTC';
  const startWall = toWallTime(options.start, options.timeZone);
  const seed = sanitiseUid(
    options.uidSeed ?? `${schedule.guideline}-${formatLocalDateTime(startWall).slice(0, 8)}-${options.timeZone}`,
  );
  const times = spreadSessions(schedule.sessionsPerDay);
  const t = options.translator ?? SOURCE_TRANSLATOR;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Knead//Knead self-care schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t.t('report.ics.calendar-name'))}`,
    `X-WR-TIMEZONE:${options.timeZone}`,
  ];
  if (!isUtc && times.length > 0) {
    const spanDays = schedule.intervalDays * schedule.occurrences + 2;
    lines.push(...buildVTimezone(options.timeZone, options.start, spanDays));
  }
  const stamp = formatUtcDateTime(options.now ?? options.start);
  times.forEach((minutes, index) => {
    const wall: WallTime = { ...startWall, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 };
    const summary = describeSession(options.region, index, times.length, t);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${seed}-${index + 1}@knead`,
      `DTSTAMP:${stamp}`,
      isUtc ? `DTSTART:${formatLocalDateTime(wall)}Z` : `DTSTART;TZID=${options.timeZone}:${formatLocalDateTime(wall)}`,
      `DURATION:${formatDuration(schedule.sessionMinutes)}`,
      `RRULE:FREQ=DAILY;INTERVAL=${schedule.intervalDays};COUNT=${schedule.occurrences}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(describeSchedule(schedule, t))}`,
      `CATEGORIES:Knead,${escapeText(t.t('report.ics.category'))}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:-PT${ALARM_MINUTES_BEFORE}M`,
      'END:VALARM',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return joinContentLines(lines);
}

function describeSession(region: Region | undefined, index: number, total: number, t: Translator): string {
  const name = region ? (t.locale === 'en-GB' ? labelRegion(region) : t.t(`report.region.${region}`)) : '';
  const what = region
    ? t.t('report.ics.summary.region', { region: name.toLocaleLowerCase(t.lang) })
    : t.t('report.ics.summary.general');
  return total > 1 ? t.t('report.ics.summary.session-of', { what, session: index + 1, total }) : what;
}

function describeSchedule(schedule: Schedule, t: Translator): string {
  return [
    schedule.text,
    t.t('report.ics.session-length', { minutes: schedule.sessionMinutes }),
    t.t('report.ics.stop-rule', { text: schedule.stopRule.text, source: describeSource(schedule.stopRule.source) }),
    t.t('report.ics.source', { source: describeSource(schedule.source) }),
    t.t('report.ics.disclaimer'),
  ].join('\n');
}

function sanitiseUid(seed: string): string {
  return seed.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** A VTIMEZONE listing each observance in the window explicitly, so no tz rule guessing is needed. */
function buildVTimezone(timeZone: string, start: Date, spanDays: number): string[] {
  const from = new Date(start.getTime() - 2 * DAY);
  const to = new Date(start.getTime() + spanDays * DAY);
  const year = toWallTime(start, timeZone).year;
  const standard = Math.min(
    offsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone),
    offsetMinutes(new Date(Date.UTC(year, 6, 1)), timeZone),
  );
  const initial = offsetMinutes(from, timeZone);
  const observances = [{ at: from, fromMinutes: initial, toMinutes: initial }, ...findTransitions(timeZone, from, to)];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const observance of observances) {
    const kind = observance.toMinutes > standard ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time just before the change, in the old offset.
    const localBefore = new Date(observance.at.getTime() + observance.fromMinutes * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${formatLocalDateTime(utcFields(localBefore))}`,
      `TZOFFSETFROM:${formatUtcOffset(observance.fromMinutes)}`,
      `TZOFFSETTO:${formatUtcOffset(observance.toMinutes)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function utcFields(date: Date): WallTime {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}
