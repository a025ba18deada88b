import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshCliEntry } from '../../scripts/build-cli.js';
import { runKnead } from './run-cli';

const SITUATION = '{"region":"calf","ongoing":true,"durationMinutes":3}';

describe('bin/knead.js: the compiled CLI and the tsx sources behave the same (decision 0019)', () => {
  it.each([
    [['--help'], ''],
    [['assess', '--json'], SITUATION],
    [['assess', '--json'], '{"region":"nose"}'],
    [['no-such-command'], ''],
  ])('knead %j gives the same output and exit code either way', (args, stdin) => {
    const compiled = runKnead(args, stdin, { KNEAD_CLI: 'compiled' });
    const source = runKnead(args, stdin, { KNEAD_CLI: 'tsx' });
    expect(compiled).toEqual(source);
  });
});

describe('freshCliEntry: a build counts only while every input is unchanged', () => {
  const root = mkdtempSync(join(tmpdir(), 'knead-launcher-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const stamp = (path: string) => {
    const full = join(root, path);
    writeFileSync(full, 'export {};\n');
    utimesSync(full, 1_000_000, 1_000_000);
  };
  const writeManifest = () =>
    writeFileSync(
      join(root, 'dist/cli/manifest.json'),
      JSON.stringify({ entry: 'main-X.js', inputs: [['a.ts', 11, 1_000_000_000]] }),
    );

  it('is fresh when the input matches, and stale after an edit, a touch or a removal', () => {
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    stamp('a.ts');
    expect(freshCliEntry(root)).toBeNull(); // no manifest yet
    writeManifest();
    expect(freshCliEntry(root)).toBe(join(root, 'dist/cli/main-X.js'));
    writeFileSync(join(root, 'a.ts'), 'export {};\n'); // same content, new mtime (a checkout)
    expect(freshCliEntry(root)).toBeNull();
    stamp('a.ts');
    expect(freshCliEntry(root)).not.toBeNull();
    writeFileSync(join(root, 'a.ts'), 'export const changed = 1;\n');
    utimesSync(join(root, 'a.ts'), 1_000_000, 1_000_000); // same mtime, other size
    expect(freshCliEntry(root)).toBeNull();
    rmSync(join(root, 'a.ts'));
    expect(freshCliEntry(root)).toBeNull();
  });
});
