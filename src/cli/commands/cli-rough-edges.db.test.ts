import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKnead } from '../run-cli';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'knead-edges-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('CLI rough edges (issue 11, item 10)', () => {
  it('names the flag, not the internal field: --at yesterday reports --at', () => {
    const result = runKnead(['log', '--region', 'calf', '--at', 'yesterday', '--data-dir', tempDir()]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--at: "yesterday" is not a date; expected a day, YYYY-MM-DD/m);
    expect(result.stderr).not.toContain('startedAt');
    const bad = runKnead(['log', '--region', 'calf', '--duration', '-4', '--data-dir', tempDir()]);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/^--duration: /m)]);
  });

  it('accepts a date-only --at as local noon, and refuses an impossible one instead of rolling it over', () => {
    const dir = tempDir();
    const logged = runKnead(['log', '--region', 'calf', '--at', '2026-11-30', '--json', '--data-dir', dir], '', {
      TZ: 'Europe/Paris',
    });
    expect([logged.status, logged.stderr]).toEqual([0, '']);
    expect(JSON.parse(logged.stdout).startedAt).toBe('2026-11-30T12:00:00+01:00');
    const impossible = runKnead(['log', '--region', 'calf', '--at', '2026-02-30', '--data-dir', dir]);
    expect([impossible.status, impossible.stderr]).toEqual([2, expect.stringMatching(/^--at: "2026-02-30" is not/)]);
  }, 60_000);

  it('refuses --start 2026-02-30 (not 2 March), and takes a real day as that day in the reminders’ zone', () => {
    const rolled = runKnead(['schedule', '--ics', '--region', 'calf', '--start', '2026-02-30']);
    expect([rolled.status, rolled.stdout]).toEqual([2, '']);
    expect(rolled.stderr).toMatch(/^--start: "2026-02-30" is not a date/);
    const ics = runKnead([
      'schedule',
      '--ics',
      '--region',
      'calf',
      '--start',
      '2026-03-01',
      '--time-zone',
      'Pacific/Kiritimati',
    ]);
    expect(ics.status).toBe(0);
    expect(ics.stdout).toMatch(/DTSTART;TZID=Pacific\/Kiritimati:20260301T/);
  });

  it('says "timeZone" (here: --time-zone) once', () => {
    const result = runKnead(['schedule', '--ics', '--region', 'calf', '--time-zone', 'Mars/Olympus']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      '--time-zone: unknown IANA time zone "Mars/Olympus" (e.g. Europe/London, America/New_York, UTC)\n',
    );
  });

  it('schedule without --ics refuses --start and --time-zone rather than ignoring them', () => {
    const result = runKnead(['schedule', '--region', 'calf', '--start', '2026-12-01', '--time-zone', 'Europe/Paris']);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      '--start: applies only with --ics (calendar reminders); add --ics, or leave --start out\n' +
        '--time-zone: applies only with --ics (calendar reminders); add --ics, or leave --time-zone out\n',
    );
    expect(runKnead(['schedule', '--region', 'calf']).status).toBe(0);
  });

  it('knead search with no question is a usage error (exit 2); --help still exits 0', () => {
    const result = runKnead(['search']);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toContain("missing required argument 'question'");
    expect(runKnead(['search', '--help']).status).toBe(0);
    expect(runKnead(['log', '--no-such-flag']).status).toBe(2);
  });

  it('a second import of the same file says how many were new and how many already there', () => {
    const from = tempDir();
    for (const region of ['calf', 'neck']) {
      expect(runKnead(['log', '--region', region, '--data-dir', from]).status).toBe(0);
    }
    const file = join(from, 'backup.json');
    expect(runKnead(['export', '-o', file, '--data-dir', from]).status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).episodes).toHaveLength(2);
    const into = tempDir();
    const first = runKnead(['import', file, '--data-dir', into]);
    expect([first.status, first.stdout]).toEqual([
      0,
      'Imported 2 new records, 0 already there (the file holds 2 episodes, 0 check-ins and 0 sessions).\n',
    ]);
    const second = runKnead(['import', file, '--data-dir', into]);
    expect([second.status, second.stdout]).toEqual([
      0,
      'Imported 0 new records, 2 already there (the file holds 2 episodes, 0 check-ins and 0 sessions).\n',
    ]);
  }, 120_000);
});
