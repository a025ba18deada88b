import pg from 'pg';
import { createHostSelector, type HostPort, NoWritableHostError, parseMultiHostUrl } from './writable-host';

/** How long one host may take to accept a connection before the next is tried (a dead node on a real network). */
const CONNECT_TIMEOUT_MS = 5_000;
/** Durable commits: never let a server default or a role setting turn synchronous_commit off. */
const SESSION_OPTIONS = '-c synchronous_commit=on';

/** `SHOW transaction_read_only` is `off` only on the primary: a standby, and a demoted primary, answer `on`. */
async function isWritable(client: pg.Client): Promise<boolean> {
  const result = await client.query<{ transaction_read_only: string }>('show transaction_read_only');
  return result.rows[0]?.transaction_read_only === 'off';
}

/**
 * A pg.Client that connects to the selected writable host (libpq's target_session_attrs=read-write), re-checks
 * that it still takes writes, and tells the selector to look again when it fails: the pool's next new connection
 * then finds the promoted node, so the app reconnects after a failover without a restart.
 */
function writableClient(selector: ReturnType<typeof createHostSelector>) {
  return class WritableClient extends pg.Client {
    // pg-pool calls connect(callback); callers of a bare client use the promise.
    override connect(): Promise<pg.Client>;
    override connect(callback: ((error: Error) => void) | ((error: null, client: pg.Client) => void)): void;
    // biome-ignore lint/suspicious/noExplicitAny: the implementation signature of pg's two connect overloads
    override connect(callback?: (error: any, client?: any) => void): Promise<pg.Client> | undefined {
      const connected = this.#connectWritable().then(() => this);
      if (!callback) return connected;
      connected.then(
        (client) => callback(null, client),
        (error: Error) => callback(error),
      );
      return undefined;
    }

    async #connectWritable(): Promise<void> {
      const host = await selector.pick();
      this.host = host.host;
      this.port = host.port;
      try {
        await super.connect();
        if (!(await isWritable(this))) throw new NoWritableHostError(1);
      } catch (error) {
        selector.forget(host);
        await this.end().catch(() => undefined);
        throw error;
      }
      // A dropped connection (the primary died): the next new connection probes every host again.
      this.on('error', () => selector.forget(host));
    }
  };
}

/** A short-lived probe: can this host be reached, and does it take writes? */
function probeWith(urlFor: (host: HostPort) => string) {
  return async (host: HostPort): Promise<boolean> => {
    const client = new pg.Client({ connectionString: urlFor(host), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await isWritable(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
}

/** True when the URL lists more than one host (`postgres://h1:p1,h2:p2/db`) or asks for a writable session. */
export function isMultiHostUrl(connectionString: string): boolean {
  try {
    const { hosts } = parseMultiHostUrl(connectionString);
    return hosts.length > 1 || /[?&]target_session_attrs=read-write\b/.test(connectionString);
  } catch {
    return false;
  }
}

/**
 * The pool the store uses: a plain pg.Pool for one host; for a libpq-style multi-host URL, a pool whose every
 * connection goes to the node that takes writes (decision 0016). While no node does (a failover under way), a
 * connection fails with NoWritableHostError, which the API answers as 503 with Retry-After.
 */
export function createPostgresPool(connectionString: string, max: number): pg.Pool {
  if (!isMultiHostUrl(connectionString)) return new pg.Pool({ connectionString, max, options: SESSION_OPTIONS });
  const { hosts, urlFor } = parseMultiHostUrl(connectionString);
  const selector = createHostSelector(hosts, probeWith(urlFor));
  const [first] = hosts;
  return new pg.Pool({
    // The user, password, database and parameters of the URL; the host and port are chosen per connection.
    connectionString: first ? urlFor(first) : connectionString,
    max,
    options: SESSION_OPTIONS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    Client: writableClient(selector),
  });
}
