import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProfile, mergeProfile } from './profile';

const BIN = fileURLToPath(new URL('../../../bin/knead.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'knead-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const knead = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args, '--data-dir', join(dir, 'data')], { encoding: 'utf8' });

describe('knead profile', () => {
  it('changes only the fields given, clears one given empty, and --clear clears all', () => {
    const stored = { displayName: 'Ann Example', dateOfBirth: '1958-04-12' };
    expect(mergeProfile(stored, {})).toBeNull();
    expect(mergeProfile(stored, { id: 'NHS 943 476 5919' })).toEqual({ ...stored, identifier: 'NHS 943 476 5919' });
    expect(mergeProfile(stored, { born: '' })).toEqual({ displayName: 'Ann Example', dateOfBirth: '' });
    expect(mergeProfile(stored, { clear: true, name: 'x' })).toEqual({});
    expect(describeProfile({})).toEqual(['No details saved: reports name no patient.']);
  });

  it('stores the details that `knead report` then prints, and refuses a birth date in the future', () => {
    const set = knead('profile', '--name', 'Ann Example', '--born', '1958-04-12');
    expect([set.status, set.stdout]).toEqual([0, 'Name: Ann Example\nDate of birth: 1958-04-12\n']);
    const future = knead('profile', '--born', '2999-01-01');
    expect(future.status).toBe(2);
    expect(future.stderr).toContain('dateOfBirth: must not be in the future');
    const report = knead('report', '--format', 'html', '--from', '2026-01-01', '--to', '2026-01-31');
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('Patient: Ann Example · born 1958-04-12');
  });
});
