import { chmodSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKnead, LOCAL_USER_ID } from '../../app/knead';
import { openStore } from '../../store/open-store';
import { makeTempDir, removeTempDirs } from '../../test-support/attack-targets';
import { buildEpisode } from '../../test-support/factories';
import { spawnServer } from '../../test-support/spawn-server';

afterAll(removeTempDirs);

/** Every entry under `dir` (itself included) whose permission bits are not owner-only: path → octal mode. */
function looseEntries(dir: string): Record<string, string> {
  const loose: Record<string, string> = {};
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const mode = stat.mode & 0o777;
    const wanted = stat.isDirectory() ? 0o700 : 0o600;
    if (mode !== wanted) loose[path] = mode.toString(8);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return loose;
}

function countEntries(dir: string): number {
  return readdirSync(dir, { recursive: true }).length;
}

// File modes are a property of the embedded database only; PostgreSQL's files belong to its own server.
describe('the PGlite journal is private to its user (file modes)', () => {
  it('a new data directory is 0700 and every file 0600, also files created while it runs', async () => {
    const previous = process.umask(0o000); // the worst umask: nothing may depend on it
    try {
      const dataDir = join(makeTempDir(), 'journal');
      const store = await openStore({ dataDir });
      const knead = await createKnead({ store, mode: 'local' });
      for (let i = 0; i < 50; i++) {
        await knead.episodes.create(LOCAL_USER_ID, buildEpisode({ notes: 'x'.repeat(2_000) }));
      }
      expect(lstatSync(join(dataDir, 'knead.lock')).mode & 0o777).toBe(0o600);
      expect(looseEntries(dataDir)).toEqual({});
      await knead.close();
      expect(countEntries(dataDir)).toBeGreaterThan(100);
      expect(looseEntries(dataDir)).toEqual({});
    } finally {
      process.umask(previous);
    }
  });

  it('an existing directory with looser modes is repaired at start, with one notice', async () => {
    const dataDir = join(makeTempDir(), 'journal');
    await (await openStore({ dataDir })).close();
    // What Knead before this fix left behind: 0755 directories, 0666 files.
    const loosen = (path: string) => {
      const isDir = lstatSync(path).isDirectory();
      chmodSync(path, isDir ? 0o755 : 0o666);
      if (isDir) for (const name of readdirSync(path)) loosen(join(path, name));
    };
    loosen(dataDir);
    mkdirSync(join(dataDir, 'extra'), { mode: 0o777 });
    writeFileSync(join(dataDir, 'extra', 'copied.txt'), 'x', { mode: 0o644 });
    expect(Object.keys(looseEntries(dataDir)).length).toBeGreaterThan(100);
    const notices: string[] = [];
    const store = await openStore({ dataDir, onNotice: (line) => notices.push(line) });
    await store.close();
    expect(looseEntries(dataDir)).toEqual({});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/made .*journal private to this user .*\d+ entries repaired/);
    const again: string[] = [];
    await (await openStore({ dataDir, onNotice: (line) => again.push(line) })).close();
    expect(again).toEqual([]);
  });

  it('`knead serve` logs one line when it repairs the data directory', async () => {
    const dataDir = join(makeTempDir(), 'journal');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const server = await spawnServer(['--data-dir', dataDir]);
    await server.stop();
    expect(looseEntries(dataDir)).toEqual({});
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
    const notices = server.output().match(/^knead: made .*journal private to this user.*$/gm);
    expect(notices).toHaveLength(1);
  });
});
