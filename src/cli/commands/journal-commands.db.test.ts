import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../bin/knead.js', import.meta.url));
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'knead-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const knead = (...args: string[]) =>
  execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: 'pipe' });

describe('knead log / insights / export / import', () => {
  it('logs an episode, summarises it, and round-trips the journal through a backup file', () => {
    const dir = tempDir();
    const logged = JSON.parse(
      knead(
        'log',
        '--region',
        'calf',
        '--at',
        '2026-03-10T02:15:00+01:00',
        '--duration',
        '12',
        '--context',
        'night',
        '--actions',
        'stretch,heat',
        '--pain-before',
        '7',
        '--pain-after',
        '3',
        '--json',
        '--data-dir',
        dir,
      ),
    );
    expect(logged).toMatchObject({ region: 'calf', durationMinutes: 12, actions: ['stretch', 'heat'] });
    const insights = JSON.parse(knead('insights', '--json', '--data-dir', dir));
    expect(insights.totals.episodes).toBe(1);
    expect(insights.alerts.map((a: { id: string }) => a.id)).toContain('long-episodes');
    // The text form: no weekly rate from one day, and the alert cites its source readably, not by id.
    const text = knead('insights', '--data-dir', dir);
    expect(text).toContain('1 episode in 1 day; median 12 min');
    expect(text).toContain('[NHS: Leg cramps]');
    expect(text).not.toContain('nhs:leg-cramps');
    const file = join(dir, 'backup.json');
    knead('export', '--format', 'json', '-o', file, '--data-dir', dir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'knead-backup',
      episodes: [{ id: logged.id }],
    });
    const other = tempDir();
    expect(knead('import', file, '--data-dir', other)).toContain(
      'Imported 1 new records, 0 already there (the file holds 1 episodes',
    );
    expect(JSON.parse(knead('export', '--data-dir', other)).episodes[0]).toMatchObject({
      id: logged.id,
      startedAt: '2026-03-10T02:15:00+01:00',
    });
  }, 120_000);

  it('rejects an invalid episode with exit 2 and one line per problem naming the field', () => {
    const result = spawnSync(
      process.execPath,
      [BIN, 'log', '--region', 'elbow', '--intensity', '11', '--data-dir', tempDir()],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--region: .*calf/m);
    expect(result.stderr).toMatch(/^--intensity: /m);
  }, 60_000);
});
