import { AppError, type FieldError } from '../../app/errors';
import type { Assessment } from '../../core/assessment';
import type { StoredAssignedPlan } from '../../core/care-team-repository';
import type { EpisodeInput, SessionRecord } from '../../core/journal';
import type { GatedPlan } from '../../core/plan/assigned-plan';
import type { Situation } from '../../core/situation';

/** A therapist's plan as `GET /me/therapist-plans` answers it (src/server/routes/care-team/schema.ts). */
export interface TherapistPlan extends StoredAssignedPlan {
  title: string;
  clinicianEmail: string | null;
  gate: GatedPlan | { status: 'needs-check'; reason: string; rules: []; plan: null };
}
export type CheckedPlan = TherapistPlan & { gate: GatedPlan; assessment: Assessment };

/** Where an accounts-mode Knead server is, and the API token that speaks for the person. */
export interface ServerAccess {
  url: URL;
  token: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const TIMEOUT_MS = 15_000;
const TOKEN_HELP =
  'create one on the web app\'s Account security page (/account), API tokens, with "Allow writing the journal" ticked, and set KNEAD_TOKEN to it';

/**
 * The server and token from `--server` / KNEAD_SERVER and KNEAD_TOKEN (never a flag: a token on the command line is
 * visible to every user of the machine), or the problem lines naming what to set.
 * @example resolveServerAccess(undefined, { KNEAD_SERVER: 'https://knead.example.org', KNEAD_TOKEN: 't' }).ok // true
 */
export function resolveServerAccess(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): { ok: true; access: ServerAccess } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const given = flag ?? env.KNEAD_SERVER;
  let url: URL | null = null;
  if (!given) {
    problems.push(
      '--server: required (or set KNEAD_SERVER): the address of your Knead server, e.g. https://knead.example.org',
    );
  } else if (!URL.canParse(given) || !/^https?:$/.test(new URL(given).protocol)) {
    problems.push(`--server: "${given}" is not an http:// or https:// address`);
  } else {
    url = new URL(given);
    if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
      problems.push(
        `--server: ${url.origin} would carry your token unencrypted; use https:// (http:// only for localhost)`,
      );
    }
  }
  const token = env.KNEAD_TOKEN?.trim();
  if (!token) problems.push(`KNEAD_TOKEN: required: an API token of your account; ${TOKEN_HELP}`);
  return problems.length > 0 || !url || !token ? { ok: false, problems } : { ok: true, access: { url, token } };
}

/** The failure in plain words, as an AppError (status under 500: exit 2; otherwise exit 1). */
async function toServerError(response: Response, origin: string): Promise<AppError> {
  let problem: { code?: string; detail?: string; errors?: FieldError[] } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // not problem+json (a proxy's page): the status says enough
  }
  const detail = problem.detail ?? `HTTP ${response.status}`;
  const errors = Array.isArray(problem.errors) && problem.errors.length > 0 ? problem.errors : undefined;
  const code = problem.code ?? 'server-error';
  const words: Record<number, string> = {
    401: `${origin} did not accept the token in KNEAD_TOKEN (it is wrong, expired or revoked); ${TOKEN_HELP}`,
    403:
      code === 'insufficient-scope'
        ? `${detail}: the plan's check and the session write to your journal; ${TOKEN_HELP}`
        : detail,
  };
  return new AppError(code, response.status, words[response.status] ?? detail, errors);
}

/** The parts of an accounts-mode server's API that "Your therapist's plan" uses, with the person's Bearer token. */
export function connectKneadServer(access: ServerAccess) {
  const origin = access.url.origin;
  const base = new URL('api/v1/', access.url.href.endsWith('/') ? access.url : `${access.url.href}/`);
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, base), {
        method,
        headers: {
          authorization: `Bearer ${access.token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const cause =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${TIMEOUT_MS / 1000} s`
          : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
      throw new Error(`cannot reach the Knead server at ${origin} (${cause}); check --server or KNEAD_SERVER`);
    }
    if (!response.ok) throw await toServerError(response, origin);
    return (await response.json()) as T;
  }
  return {
    origin,
    /** Who the token speaks for, and whether the server has accounts (therapist plans exist only there). */
    async requireAccountsMode(): Promise<{ id: string; email: string | null }> {
      const me = await call<{ mode: string; user: { id: string; email: string | null } | null }>('GET', 'me');
      if (me.mode !== 'server') {
        throw new AppError(
          'local-mode-server',
          400,
          `${origin} runs in local mode (no accounts): therapist plans exist only on a server with accounts`,
        );
      }
      if (!me.user)
        throw new AppError('unauthenticated', 401, `${origin} did not accept the token in KNEAD_TOKEN; ${TOKEN_HELP}`);
      return me.user;
    },
    listPlans: () => call<TherapistPlan[]>('GET', 'me/therapist-plans'),
    checkPlan: (id: string, situation: Situation) =>
      call<CheckedPlan>('POST', `me/therapist-plans/${encodeURIComponent(id)}/check`, { situation }),
    createEpisode: (episode: EpisodeInput) => call<unknown>('POST', 'episodes', episode),
    createSession: (session: SessionRecord) => call<unknown>('POST', 'sessions', session),
  };
}
export type KneadServer = ReturnType<typeof connectKneadServer>;
