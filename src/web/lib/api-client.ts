/** The web app's only door to the server: JSON over /api/v1, CSRF on writes, problem+json errors. */
export const API_BASE = '/api/v1';

export interface ProblemField {
  path: string;
  message: string;
}

/** An RFC 9457 problem the server returned, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly ProblemField[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/** The CSRF token (bound to the session) the server set in a readable cookie: `__Host-knead_csrf` over TLS. */
export function readCsrfToken(cookie: string = document.cookie): string | null {
  let plain: string | null = null;
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === '__Host-knead_csrf') return decodeURIComponent(value.join('='));
    if (name === 'knead_csrf') plain = decodeURIComponent(value.join('='));
  }
  return plain;
}

async function readProblem(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { title?: string; detail?: string; code?: string; errors?: ProblemField[] };
    const message = body.detail ?? body.title ?? response.statusText;
    return new ApiError(response.status, body.code ?? `http_${response.status}`, message, body.errors ?? []);
  } catch {
    return new ApiError(response.status, `http_${response.status}`, response.statusText || 'Request failed');
  }
}

/** A request body that is not JSON (a CSV text, a backup file streamed as it is), with its media type. */
export interface RawBody {
  type: string;
  data: BodyInit;
}

/** Call the API; resolves with the parsed JSON (undefined for 204) or rejects with ApiError. */
export function requestApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  return sendApi<T>(
    method,
    path,
    body === undefined ? undefined : { type: 'application/json', data: JSON.stringify(body) },
  );
}

/** Call the API with a body sent as it is (CSRF, offline and problem+json handling as for every call). */
export async function sendApi<T>(method: string, path: string, body?: RawBody): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = body.type;
  const csrf = method === 'GET' ? null : readCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: body.data }),
    });
  } catch {
    throw new ApiError(0, 'network', 'You appear to be offline.');
  }
  if (!response.ok) throw await readProblem(response);
  const text = response.status === 204 ? '' : await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
