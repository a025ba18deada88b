import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FUTURE_START_MESSAGE } from '../../core/journal';

const BIN = fileURLToPath(new URL('../../../bin/knead.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'knead-log-future-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('knead log --at', () => {
  it('refuses a start in the future with a usage error naming it, and stores nothing', () => {
    const data = join(dir, 'data');
    const run = spawnSync(
      process.execPath,
      [BIN, 'log', '--region', 'calf', '--at', '2031-03-01T08:00:00+01:00', '--data-dir', data],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    // The flag's name (--at) or the field's: the rule and its allowance are what this test pins.
    expect(run.stderr).toMatch(new RegExp(`^(--at|startedAt): ${FUTURE_START_MESSAGE.replace(/[()]/g, '\\$&')}\\n$`));
    expect(readdirSync(dir)).not.toContain('data');
  });
});
