import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../bin/knead.js', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'knead-shared-'));
  dirs.push(dir);
  return dir;
};

/** Runs the real `knead` binary without blocking this process (the server child keeps answering meanwhile). */
function knead(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Starts `knead serve` on the directory and resolves with its URL once it says it is running. */
function serve(dataDir: string): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, NO_COLOR: '1' },
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      const url = /Knead is running at (\S+)/.exec(stdout)?.[1];
      if (url) resolve({ url, child, stderr: () => stderr });
    });
    child.on('exit', (code) => reject(new Error(`knead serve exited ${code}: ${stderr}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

describe('journal commands while `knead serve` holds the data directory', () => {
  it('go through the running server: same output, same exit codes, and the web app sees the entry', async () => {
    const dataDir = tempDir();
    const server = await serve(dataDir);
    // The lock names the server and a per-start token, readable by this user only.
    const lock = JSON.parse(readFileSync(join(dataDir, 'knead.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: server.child.pid, server: { url: server.url, token: expect.any(String) } });
    expect(statSync(join(dataDir, 'knead.lock')).mode & 0o777).toBe(0o600);

    const at = '2026-03-10T02:15:00+01:00';
    const logged = await knead(['log', '--region', 'calf', '--at', at, '--duration', '12', '--data-dir', dataDir]);
    expect(logged.stderr).toBe('');
    expect(logged.code).toBe(0);
    const id = /^Logged calf episode ([0-9a-f-]{36}) at 2026-03-10T02:15:00\+01:00\.$/m.exec(logged.stdout)?.[1];
    expect(id).toBeDefined();

    const listed = await (await fetch(`${server.url}/api/v1/episodes`)).json();
    expect(listed.items).toMatchObject([{ id, region: 'calf', durationMinutes: 12 }]);

    const viaServer = await knead(['insights', '--data-dir', dataDir]);
    expect([viaServer.code, viaServer.stderr]).toEqual([0, '']);
    expect(viaServer.stdout).toContain('1 episode');
    const json = await knead(['insights', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(json.stdout).totals.episodes).toBe(1);
    const badRange = await knead(['insights', '--from', '2026-13-01', '--data-dir', dataDir]);

    const saved = await knead([
      'session',
      '--region',
      'calf',
      '--speed',
      '5000',
      '--quiet',
      '--save',
      '--data-dir',
      dataDir,
    ]);
    expect([saved.code, saved.stderr]).toEqual([0, '']);
    expect(saved.stdout).toMatch(/Saved to your journal: episode [0-9a-f-]{36} and this session/);

    const backup = join(tempDir(), 'backup.json');
    const exported = await knead(['export', '-o', backup, '--data-dir', dataDir]);
    expect([exported.code, exported.stderr]).toEqual([0, `Exported to ${backup}\n`]);
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({ episodes: [{}, {}], sessions: [{}] });
    const imported = await knead(['import', backup, '--data-dir', dataDir]);
    expect(imported.code).toBe(0);
    const report = await knead(['report', '--format', 'html', '--from', '2026-01-01', '--data-dir', dataDir]);
    expect([report.code, report.stdout]).toEqual([0, expect.stringContaining('<html')]);
    const finalViaServer = await knead(['insights', '--data-dir', dataDir]);

    // Once the server is gone, the same commands open the database directly and answer the same.
    await stop(server.child);
    const direct = await knead(['insights', '--data-dir', dataDir]);
    expect(direct).toEqual(finalViaServer);
    expect(direct.stdout).toContain('2 episodes');
    const directBadRange = await knead(['insights', '--from', '2026-13-01', '--data-dir', dataDir]);
    expect(badRange).toEqual(directBadRange);
    expect(badRange.code).toBe(2);
  }, 180_000);

  it('never talks to a server that does not hold the directory (its token differs)', async () => {
    const held = tempDir();
    const server = await serve(held);
    const lock = JSON.parse(readFileSync(join(held, 'knead.lock'), 'utf8'));
    writeFileSync(join(held, 'knead.lock'), JSON.stringify({ ...lock, server: { url: server.url, token: 'not-it' } }));
    const result = await knead(['log', '--region', 'calf', '--data-dir', held]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not hold the data directory');
    const listed = await (await fetch(`${server.url}/api/v1/episodes`)).json();
    expect(listed.items).toEqual([]);
    await stop(server.child);
  }, 120_000);

  it('a stale lock (its process is dead) is taken over, as before, even when it names a server', async () => {
    const dataDir = tempDir();
    const dead = { pid: 999_999_999, server: { url: 'http://127.0.0.1:9', token: 'gone' } };
    writeFileSync(join(dataDir, 'knead.lock'), JSON.stringify(dead), { mode: 0o600 });
    const logged = await knead(['log', '--region', 'neck', '--json', '--data-dir', dataDir]);
    expect([logged.code, logged.stderr]).toEqual([0, '']);
    expect(JSON.parse(logged.stdout)).toMatchObject({ region: 'neck' });
    const insights = await knead(['insights', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(insights.stdout).totals.episodes).toBe(1);
  }, 120_000);
});
