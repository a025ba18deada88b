// A pg_auto_failover formation on loopback for bench/ha.ts: a monitor, a primary and a synchronous standby, each
// `pg_autoctl run` in its own process group (so the primary's keeper and postmaster can be SIGKILLed together:
// killing only postgres lets its keeper restart it, and nothing fails over). Needs Debian's
// postgresql-15-auto-failover. As root, everything runs as the `postgres` user (pg_autoctl refuses root).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findFreePort } from '../src/test-support/postgres-cluster';

/** Failure detection shortened from the defaults (a 67 s failover measured by hand, decision 0016). */
const MONITOR_SETTINGS = {
  'pgautofailover.health_check_period': 1000,
  'pgautofailover.health_check_timeout': 1000,
  'pgautofailover.health_check_max_retries': 1,
  'pgautofailover.health_check_retry_delay': 500,
  'pgautofailover.node_considered_unhealthy_timeout': 3000,
  // Must stay above the keepers' network_partition_timeout: a primary cut off from the monitor demotes itself
  // before the monitor promotes the standby (else two primaries).
  'pgautofailover.primary_demote_timeout': '8s',
};
const NETWORK_PARTITION_TIMEOUT_S = 4;

export interface Node {
  name: string;
  port: number;
  pgdata: string;
  process: ChildProcess;
}

export interface Formation {
  monitorUrl: string;
  nodes: Node[];
  /** libpq-style URL listing both nodes (the app picks the writable one). */
  databaseUrl: string;
  /** SIGKILL of the node's whole process group: keeper, postmaster and backends, as a host crash. */
  crash(node: Node): void;
  /** The node the monitor reports as primary (`pg_autoctl show state`). */
  states(): Promise<{ name: string; port: number; state: string }[]>;
  stop(): Promise<void>;
}

export function autoFailoverBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync('/usr/bin/pg_autoctl') || !existsSync(root)) return null;
  const version = readdirSync(root).find((v) => existsSync(join(root, v, 'lib', 'pgautofailover.so')));
  return version ? join(root, version, 'bin') : null;
}

function asPostgres(bin: string, args: string[]): string[] {
  const command = ['env', `PATH=${bin}:/usr/bin:/bin`, 'pg_autoctl', ...args];
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', ...command] : command;
}

/** Runs a pg_autoctl command to its end; throws with its output when it fails. */
function autoctl(bin: string, args: string[]): void {
  const [cmd = '', ...rest] = asPostgres(bin, args);
  const result = spawnSync(cmd, rest, { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`pg_autoctl ${args[0]} ${args[1] ?? ''} failed:\n${result.stderr}`);
}

/** Starts a long-running pg_autoctl in a process group of its own; its log goes to `log`. */
function runService(bin: string, args: string[], log: string[]): ChildProcess {
  const [cmd = '', ...rest] = asPostgres(bin, args);
  const child = spawn(cmd, rest, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitFor(what: string, seconds: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}

/** Creates and starts monitor, primary and synchronous standby; resolves when the standby is `secondary`. */
export async function startFormation(bin: string, log: string[]): Promise<Formation> {
  const dir = mkdtempSync(join(tmpdir(), 'knead-ha-'));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    chownSync(dir, Number(id), Number(gid));
  }
  const services: ChildProcess[] = [];
  const common = ['--hostname', '127.0.0.1', '--auth', 'trust', '--no-ssl', '--pgctl', join(bin, 'pg_ctl')];
  const monitorPort = await findFreePort();
  const monitorData = join(dir, 'monitor');
  autoctl(bin, ['create', 'monitor', '--pgdata', monitorData, '--pgport', String(monitorPort), ...common]);
  services.push(runService(bin, ['run', '--pgdata', monitorData], log));
  const monitorUrl = `postgres://autoctl_node@127.0.0.1:${monitorPort}/pg_auto_failover`;
  // The timeouts can be set only by the monitor's superuser, over its local socket.
  const monitorAdmin = `postgres://postgres@localhost:${monitorPort}/pg_auto_failover?host=/var/run/postgresql`;
  await waitFor('the monitor', 30, async () => (await query(monitorUrl, 'select 1')).length === 1);
  for (const [name, value] of Object.entries(MONITOR_SETTINGS)) {
    await query(monitorAdmin, `alter system set ${name} = '${value}'`);
  }
  await query(monitorAdmin, 'select pg_reload_conf()');

  const nodes: Node[] = [];
  const formation: Formation = {
    monitorUrl,
    nodes,
    databaseUrl: '',
    crash(node) {
      if (node.process.pid) process.kill(-node.process.pid, 'SIGKILL');
    },
    async states() {
      return query<{ name: string; port: number; state: string }>(
        monitorUrl,
        'select nodename as name, nodeport as port, reportedstate::text as state from pgautofailover.node order by nodeid',
      );
    },
    async stop() {
      // SIGTERM first: pg_autoctl then stops its postgres cleanly (a SIGKILLed postmaster leaves its logger and
      // background workers behind); SIGKILL whatever is left after 15 s.
      const running = services.filter((c) => c.pid && c.exitCode === null && c.signalCode === null);
      const exited = running.map((c) => new Promise((resolve) => c.once('exit', resolve)));
      const signal = (child: ChildProcess, name: NodeJS.Signals) => {
        try {
          if (child.pid) process.kill(-child.pid, name);
        } catch {
          // already gone
        }
      };
      for (const child of running) signal(child, 'SIGTERM');
      await Promise.race([Promise.all(exited), sleep(15_000)]);
      for (const child of running) signal(child, 'SIGKILL');
      await sleep(500);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    for (const name of ['node_1', 'node_2']) {
      const port = await findFreePort();
      const pgdata = join(dir, name);
      const create = ['create', 'postgres', '--pgdata', pgdata, '--pgport', String(port), '--name', name];
      const args = [...create, '--dbname', 'knead', '--monitor', monitorUrl, ...common];
      if (nodes.length === 0) {
        autoctl(bin, args);
      } else {
        // The standby's pg_basebackup waits for a checkpoint on the primary (93 s spread by default): ask for it.
        const primary = nodes[0] as Node;
        const creating = runService(bin, args, log);
        const done = new Promise<number | null>((resolve) => creating.once('exit', resolve));
        while (creating.exitCode === null && creating.signalCode === null) {
          await query(
            `postgres://postgres@localhost:${primary.port}/knead?host=/var/run/postgresql`,
            'checkpoint',
          ).catch(() => undefined);
          await Promise.race([done, sleep(1000)]);
        }
        if ((await done) !== 0) throw new Error(`creating ${name} failed`);
      }
      autoctl(bin, [
        'config',
        'set',
        '--pgdata',
        pgdata,
        'timeout.network_partition_timeout',
        String(NETWORK_PARTITION_TIMEOUT_S),
      ]);
      const child = runService(bin, ['run', '--pgdata', pgdata], log);
      services.push(child);
      nodes.push({ name, port, pgdata, process: child });
      const want = nodes.length === 1 ? ['single', 'wait_primary', 'primary'] : ['secondary'];
      await waitFor(`${name} to reach ${want.join('/')}`, 180, async () =>
        (await formation.states()).some((s) => s.name === name && want.includes(s.state)),
      );
    }
    await waitFor('the primary', 60, async () => (await formation.states()).some((s) => s.state === 'primary'));
    formation.databaseUrl = `postgres://postgres@${nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}/knead?target_session_attrs=read-write`;
    return formation;
  } catch (error) {
    await formation.stop();
    throw error;
  }
}
