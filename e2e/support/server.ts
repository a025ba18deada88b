import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** A free TCP port on loopback. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`knead serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`knead serve did not become healthy:\n${output()}`);
}

/** Start the real Knead server (local mode by default; accounts mode on request) on PGlite in a temp data dir, serving dist/web. */
export async function startKneadServer(options: { mode?: 'local' | 'server' } = {}): Promise<RunningServer> {
  // For debugging against a server you started yourself.
  if (process.env.KNEAD_E2E_BASE_URL) return { url: process.env.KNEAD_E2E_BASE_URL, stop: async () => undefined };
  if (!existsSync(join(root, 'dist/web/index.html')))
    throw new Error('dist/web is missing: the global setup builds it');
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'knead-e2e-'));
  const child = spawn(process.execPath, ['bin/knead.js', 'serve', '--port', String(port), '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', KNEAD_MODE: options.mode ?? 'local', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
