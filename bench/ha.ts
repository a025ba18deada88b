// Surviving the loss of the PostgreSQL primary (issue #15, decision 0016). Per run: a pg_auto_failover formation
// on loopback (monitor, primary, synchronous standby), three `knead serve` API processes on one multi-host
// DATABASE_URL, and a bounded write load (each writer posts episodes one after another, retrying an unanswered
// or refused write with the same id, as the web outbox does). Mid-load the primary's whole process group is
// SIGKILLed; the load keeps running through the failover. Then it counts, from the promoted node:
// acknowledged writes lost (must be 0), the seconds without service, and the answers by status.
// Run: npm run test:ha            (3 runs; exits 1 on any lost write or any 500)
//      node --import tsx bench/ha.ts --runs 1
import pg from 'pg';
import { buildEpisode } from '../src/test-support/factories';
import { type SpawnedServer, spawnServer } from '../src/test-support/spawn-server';
import { autoFailoverBin, startFormation } from './_auto-failover';

const API_PROCESSES = 3;
const WRITERS_PER_PROCESS = 4;
/** Pause between one writer's writes: bounds the load (≈ 12 writers × 25/s at most). */
const PAUSE_MS = 40;
const BEFORE_CRASH_MS = 5_000;
/** After the first acknowledged write following the crash, keep writing this long (steady state on the new primary). */
const AFTER_RECOVERY_MS = 5_000;
const GIVE_UP_MS = 120_000;

interface RunResult {
  acknowledged: number;
  lost: number;
  outageSeconds: number;
  longestGapSeconds: number;
  statuses: Record<string, number>;
  syncState: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every episode id the node holds. */
async function storedIds(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query('select id from episodes')).rows as { id: string }[];
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

async function syncStateOf(port: number): Promise<string> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/knead` });
  await client.connect();
  try {
    const names = (await client.query('show synchronous_standby_names')).rows[0]?.synchronous_standby_names;
    const states = (await client.query('select sync_state from pg_stat_replication')).rows.map((r) => r.sync_state);
    return `synchronous_standby_names='${names}', standby sync_state=${states.join(',') || 'none'}`;
  } finally {
    await client.end();
  }
}

async function oneRun(bin: string, run: number): Promise<RunResult> {
  const log: string[] = [];
  const setupStarted = Date.now();
  const formation = await startFormation(bin, log).catch((error: unknown) => {
    console.error(log.join('').slice(-4000));
    throw error;
  });
  const servers: SpawnedServer[] = [];
  try {
    const [primary, standby] = formation.nodes;
    if (!primary || !standby) throw new Error('the formation has no standby');
    const syncState = await syncStateOf(primary.port);
    console.log(`run ${run}: formation up in ${((Date.now() - setupStarted) / 1000).toFixed(0)} s; ${syncState}`);
    for (let i = 0; i < API_PROCESSES; i += 1) {
      servers.push(await spawnServer([], { DATABASE_URL: formation.databaseUrl, KNEAD_MODE: 'local' }));
    }

    const statuses: Record<string, number> = {};
    const acknowledged = new Set<string>();
    const acks: number[] = [];
    let crashedAt = Number.POSITIVE_INFINITY;
    let recoveredAt = Number.POSITIVE_INFINITY;
    let stopping = false;
    const writer = async (server: SpawnedServer) => {
      while (!stopping) {
        const episode = buildEpisode();
        // Until acknowledged: the same id again (a create is idempotent by client id), as the outbox retries.
        while (!stopping) {
          let status: string;
          const sentAt = Date.now();
          try {
            const response = await fetch(`${server.url}/api/v1/episodes`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(episode),
              signal: AbortSignal.timeout(10_000),
            });
            await response.arrayBuffer();
            status = String(response.status);
            if (response.status === 503 && !response.headers.get('retry-after')) status = '503 without Retry-After';
          } catch {
            status = 'no answer';
          }
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === '200' || status === '201') {
            const now = Date.now();
            acknowledged.add(episode.id);
            acks.push(now);
            // A write in flight at the crash may be answered just after it: service is back only when a write
            // sent after the crash is acknowledged.
            if (sentAt > crashedAt && recoveredAt === Number.POSITIVE_INFINITY) recoveredAt = now;
            break;
          }
          await sleep(200);
        }
        await sleep(PAUSE_MS);
      }
    };
    const writers = servers.flatMap((server) => Array.from({ length: WRITERS_PER_PROCESS }, () => writer(server)));
    await sleep(BEFORE_CRASH_MS);
    crashedAt = Date.now();
    formation.crash(primary);
    const deadline = crashedAt + GIVE_UP_MS;
    while (recoveredAt === Number.POSITIVE_INFINITY && Date.now() < deadline) await sleep(100);
    await sleep(AFTER_RECOVERY_MS);
    stopping = true;
    await Promise.all(writers);
    if (recoveredAt === Number.POSITIVE_INFINITY)
      throw new Error(`no write acknowledged within ${GIVE_UP_MS / 1000} s of the crash`);

    // The dead node's last report stays "primary"; what counts is that the standby reports itself primary.
    const promotedBy = Date.now() + 60_000;
    let states = await formation.states();
    while (!states.some((s) => s.port === standby.port && ['primary', 'wait_primary'].includes(s.state))) {
      if (Date.now() > promotedBy) throw new Error(`the standby was not promoted: ${JSON.stringify(states)}`);
      await sleep(500);
      states = await formation.states();
    }
    const stored = new Set(await storedIds(`postgres://postgres@127.0.0.1:${standby.port}/knead`));
    const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
    let longestGap = 0;
    for (let i = 1; i < acks.length; i += 1) longestGap = Math.max(longestGap, (acks[i] ?? 0) - (acks[i - 1] ?? 0));
    return {
      acknowledged: acknowledged.size,
      lost,
      outageSeconds: (recoveredAt - crashedAt) / 1000,
      longestGapSeconds: longestGap / 1000,
      statuses,
      syncState,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await formation.stop();
  }
}

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const bin = autoFailoverBin();
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
if (!bin) {
  console.log('SKIPPED: pg_auto_failover is not installed (apt-get install -y postgresql-15-auto-failover)');
  process.exit(0);
}
console.log(
  `${API_PROCESSES} API processes × ${WRITERS_PER_PROCESS} writers, ${PAUSE_MS} ms between writes; primary SIGKILLed after ${BEFORE_CRASH_MS / 1000} s`,
);
let failed = false;
for (let run = 1; run <= runs; run += 1) {
  const result = await oneRun(bin, run);
  const bad = result.lost > 0 || Object.keys(result.statuses).some((s) => s.startsWith('5') && s !== '503');
  const without = result.statuses['503 without Retry-After'] ?? 0;
  failed ||= bad || without > 0;
  const answers = Object.entries(result.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  console.log(
    `run ${run}: ${result.acknowledged} acknowledged, ${result.lost} lost; ${result.outageSeconds.toFixed(1)} s from the crash to the first acknowledged write (longest gap ${result.longestGapSeconds.toFixed(1)} s); answers ${answers} — ${bad ? 'FAIL' : 'PASS'}`,
  );
}
console.log(failed ? 'FAIL' : `PASS: ${runs} runs, 0 acknowledged writes lost, no 500`);
process.exit(failed ? 1 : 0);
