/** One host of a libpq-style multi-host URL (postgres://h1:p1,h2:p2/db). */
export interface HostPort {
  host: string;
  port: number;
}

/** No listed host accepts writes (a failover is under way): retry later, answered as 503 database-unavailable. */
export class NoWritableHostError extends Error {
  readonly code = 'KNEAD_NO_WRITABLE_HOST';
  constructor(tried: number) {
    super(`no writable PostgreSQL host among ${tried}`);
  }
}

const URL_PARTS = /^(postgres(?:ql)?:\/\/)(?:([^@/?#]*)@)?([^/?#]*)(.*)$/;

function parseHost(text: string): HostPort {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (v6?.[1]) return { host: v6[1], port: Number(v6[2] ?? 5432) };
  const [host = '', port] = text.split(':');
  if (!host || (port !== undefined && !/^\d+$/.test(port))) throw new Error('invalid host in DATABASE_URL');
  return { host, port: Number(port ?? 5432) };
}

/** Splits a multi-host URL into its hosts and a builder of the single-host URL that `pg` understands. */
export function parseMultiHostUrl(url: string): { hosts: HostPort[]; urlFor(host: HostPort): string } {
  const match = URL_PARTS.exec(url);
  if (!match) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  const [, scheme = '', auth, hostList = '', rest = ''] = match;
  const hosts = hostList.split(',').map(parseHost);
  // libpq's target_session_attrs is what this selector does; pg would pass it on as an unknown setting.
  const tail = rest.replace(/([?&])target_session_attrs=[^&#]*&?/, '$1').replace(/[?&]$/, '');
  return {
    hosts,
    urlFor: ({ host, port }) =>
      `${scheme}${auth === undefined ? '' : `${auth}@`}${host.includes(':') ? `[${host}]` : host}:${port}${tail}`,
  };
}

/** Answers whether a host takes writes (`SHOW transaction_read_only` = off); rejects when it cannot be reached. */
export type ProbeHost = (host: HostPort) => Promise<boolean>;

/** Remembers the writable node; after `forget` (a lost connection, a read-only answer) it probes every host again. */
export function createHostSelector(hosts: HostPort[], probe: ProbeHost) {
  let current: HostPort | null = null;
  return {
    async pick(): Promise<HostPort> {
      if (current) return current;
      for (const host of hosts) {
        const isWritable = await probe(host).catch(() => false);
        if (isWritable) {
          current = host;
          return host;
        }
      }
      throw new NoWritableHostError(hosts.length);
    },
    forget(host: HostPort): void {
      if (current && current.host === host.host && current.port === host.port) current = null;
    },
  };
}
