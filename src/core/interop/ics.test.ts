import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../assessment';
import { buildScheduleIcs, spreadSessions } from './ics';
import { foldLine } from './ics-format';

const schedule: Schedule = {
  guideline: 'moderate-severe',
  text: 'Several shorter sessions a day; lengthen gradually, as comfort allows.',
  source: 'article:frequency',
  sessionsPerDay: 3,
  sessionMinutes: 10,
  intervalDays: 1,
  occurrences: 14,
  stopRule: {
    text: 'If the pain intensifies or the spasm worsens, stop and seek medical advice; semicolons, commas; kept.',
    source: 'article:should-massage',
  },
};

function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root;
}

describe('buildScheduleIcs', () => {
  // Spans the 2026-03-29 switch to British Summer Time.
  const ics = buildScheduleIcs(schedule, {
    start: new Date('2026-03-20T10:00:00Z'),
    timeZone: 'Europe/London',
    region: 'calf',
  });

  it('writes CRLF lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain('PRODID:-//Knead//');
  });

  it('parses with ical.js into one recurring event per daily session, with alarms', () => {
    const root = parseCalendar(ics);
    const events = root.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event.isRecurring()).toBe(true);
      expect(event.duration.toSeconds()).toBe(600);
      expect(event.summary).toMatch(/calf/);
      const alarm = event.component.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT10M');
    }
    expect(new Set(events.map((event) => event.uid)).size).toBe(3);
  });

  it('expands to `occurrences` days and follows the time zone across the DST change', () => {
    const root = parseCalendar(ics);
    const morning = new ICAL.Event(root.getAllSubcomponents('vevent')[0]);
    const iterator = morning.iterator();
    const starts: Date[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate());
    expect(starts).toHaveLength(14);
    expect(starts[0]?.toISOString()).toBe('2026-03-20T08:00:00.000Z');
    // 08:00 BST is 07:00 UTC after the clocks go forward on 29 March.
    expect(starts[13]?.toISOString()).toBe('2026-04-02T07:00:00.000Z');
    expect(morning.startDate.zone?.tzid).toBe('Europe/London');
  });

  it('keeps the stop rule and the source in the description, unescaped by the parser', () => {
    const root = parseCalendar(ics);
    const description = new ICAL.Event(root.getFirstSubcomponent('vevent') ?? undefined).description;
    expect(description).toContain(schedule.stopRule.text);
    expect(description).toContain('Source: Article: "How Often Should You Massage a Sore Muscle?"');
  });

  it('uses intervalDays and COUNT for weekly professional sessions in UTC', () => {
    const weekly = buildScheduleIcs(
      { ...schedule, guideline: 'chronic', sessionsPerDay: 1, sessionMinutes: 60, intervalDays: 14, occurrences: 4 },
      { start: new Date('2026-01-05T00:00:00Z'), timeZone: 'UTC', uidSeed: 'abc' },
    );
    expect(weekly).not.toContain('VTIMEZONE');
    const event = new ICAL.Event(parseCalendar(weekly).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.uid).toBe('abc-1@knead');
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toEqual([
      '2026-01-05T18:00:00.000Z',
      '2026-01-19T18:00:00.000Z',
      '2026-02-02T18:00:00.000Z',
      '2026-02-16T18:00:00.000Z',
    ]);
    expect(event.duration.toSeconds()).toBe(3600);
  });

  it('rejects an unknown time zone with a clear message', () => {
    expect(() => buildScheduleIcs(schedule, { start: new Date(), timeZone: 'Mars/Olympus' })).toThrow(
      /^unknown IANA time zone "Mars\/Olympus" \(e\.g\. Europe\/London/,
    );
  });
});

describe('ics helpers', () => {
  it('spreads sessions over the day', () => {
    expect(spreadSessions(0)).toEqual([]);
    expect(spreadSessions(2)).toEqual([480, 1200]);
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
  });
});
