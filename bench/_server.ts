// Shared by the HTTP benchmarks: the real `knead serve` in its own process (so load generator and server do
// not share one event loop), on a free loopback port.
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
