// Shared by the HTTP benchmarks: the real `knead serve` in its own process (so load generator and server do
// not share one event loop), on a free loopback port.
import { existsSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { type SpawnedServer, spawnServer } from '../src/test-support/spawn-server';

export { type SpawnedServer, spawnServer };

export interface LoadResult {
  requestsPerSecond: number;
  ok: number;
  errors: number;
  non2xx: number;
  latencyP99: number;
}

/** Runs autocannon against one route for `seconds`; counts only 2xx answers as done. */
export async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ connections: 16, duration: 8, ...options });
  const ok = result['2xx'];
  return {
    requestsPerSecond: ok / (result.duration || 1),
    ok,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    latencyP99: result.latency.p99,
  };
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** CPU time (user + system) a process has used so far, in µs; null where /proc cannot tell. */
export function cpuMicros(pid: number | undefined): number | null {
  const path = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(path)) return null;
  const fields = readFileSync(path, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / ticksPerSecond;
}
