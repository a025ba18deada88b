import { AppError, type FieldError } from '../../app/errors';
import type { JournalPort } from '../../app/journal-port';
import type { DataDirServer } from '../../app/open-knead';

/** The token header of src/server/plugins/data-dir-server.ts (not imported: the CLI must not load Fastify). */
const DATA_DIR_TOKEN_HEADER = 'x-knead-data-dir-token';

interface Problem {
  code?: string;
  detail?: string;
  errors?: FieldError[];
}

/** The server's problem+json as the AppError the database path would have thrown: same lines, same exit code. */
async function toAppError(response: Response): Promise<AppError> {
  const text = await response.text();
  let problem: Problem = {};
  try {
    problem = JSON.parse(text) as Problem;
  } catch {
    problem = { detail: text.slice(0, 200) };
  }
  const errors = Array.isArray(problem.errors) && problem.errors.length > 0 ? problem.errors : undefined;
  return new AppError(
    problem.code ?? 'server-error',
    response.status,
    problem.detail ?? `HTTP ${response.status}`,
    errors,
  );
}

async function* encode(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>) {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

async function* decode(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string> {
  if (!body) return;
  const decoder = new TextDecoder();
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

function query(range: { from?: string | undefined; to?: string | undefined }): string {
  const params = new URLSearchParams();
  if (range.from !== undefined) params.set('from', range.from);
  if (range.to !== undefined) params.set('to', range.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The journal through a running `knead serve` that holds the data directory (decision 0014). */
export function journalOverHttp(server: DataDirServer, dataDir: string): JournalPort {
  const base = `${server.url}/api/v1`;
  async function call(path: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), [DATA_DIR_TOKEN_HEADER]: server.token },
      });
    } catch (error) {
      const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
      throw new Error(
        `knead serve holds ${dataDir} but did not answer at ${server.url} (${cause}); try again, or stop it`,
      );
    }
    if (!response.ok) throw await toAppError(response);
    return response;
  }
  const sendJson = async (path: string, body: unknown, method = 'POST') =>
    (await call(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json())) as never;
  return {
    via: `server ${server.url}`,
    createEpisode: (episode) => sendJson('/episodes', episode),
    createSession: (session) => sendJson('/sessions', session),
    insights: async (range) => (await call(`/insights${query(range)}`)).json() as never,
    exportAs: async (formatId) => decode((await call(`/export?${new URLSearchParams({ format: formatId })}`)).body),
    async importBackup(chunks) {
      const response = await call('/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: encode(chunks) as unknown as BodyInit,
        duplex: 'half',
      });
      return ((await response.json()) as { imported: never }).imported;
    },
    async report(format, range, locale) {
      const headers: Record<string, string> = locale ? { 'accept-language': locale } : {};
      const response = await call(`/report.${format}${query(range)}`, { headers });
      return format === 'pdf' ? Buffer.from(await response.arrayBuffer()) : response.text();
    },
    profile: async (replacement) =>
      replacement === undefined
        ? ((await call('/me/profile')).json() as never)
        : sendJson('/me/profile', replacement, 'PUT'),
    close: async () => undefined,
  };
}
