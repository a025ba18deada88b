import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/knead.js', import.meta.url));

/** Test support: run the real `knead` binary with arguments and stdin, capturing everything. */
export function runKnead(args: readonly string[], stdin?: string, env: NodeJS.ProcessEnv = {}) {
  // The tests read today's English: the machine's own LANG must not choose their language (LANG set in `env` does).
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' };
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: stdin ?? '',
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
