import autocannon from 'autocannon';
import { buildEpisode } from './factories';
import type { SpawnedServer } from './spawn-server';

export interface KilledLoad {
  /** Ids of the episodes answered 201 before the server died. */
  acknowledged: string[];
  /** Acknowledged writes per second from the start of the load to the SIGKILL. */
  rate: number;
}

/**
 * The journal-writes benchmark's load (autocannon POSTing new episodes) until `before` writes are answered 201, then
 * SIGKILL: the crash test and the benchmark share it, so the test runs at the rate the benchmark measures.
 */
export async function loadUntilKilled(server: SpawnedServer, before: number, connections: number): Promise<KilledLoad> {
  const acknowledged: string[] = [];
  const started = performance.now();
  let rate = 0;
  await new Promise<void>((resolve) => {
    const instance = autocannon(
      {
        url: `${server.url}/api/v1/episodes`,
        connections,
        duration: 60,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: JSON.stringify(buildEpisode()) }),
            onResponse: (status, body) => {
              if (status !== 201) return;
              acknowledged.push((JSON.parse(body) as { id: string }).id);
              if (acknowledged.length !== before) return;
              rate = before / ((performance.now() - started) / 1000);
              void server.kill().then(() => instance.stop());
            },
          },
        ],
      },
      () => resolve(),
    );
  });
  return { acknowledged, rate };
}

/** The acknowledged episodes a (restarted) server cannot find. */
export async function findMissing(server: SpawnedServer, ids: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const id of ids) {
    const response = await fetch(`${server.url}/api/v1/episodes/${id}`);
    if (response.status !== 200) missing.push(id);
  }
  return missing;
}
