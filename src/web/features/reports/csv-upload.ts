import { API_BASE, ApiError, type ProblemField, readCsrfToken } from '../../lib/api-client';

export interface CsvRowError {
  line: number;
  field: string;
  message: string;
}
export interface CsvPreview {
  valid: number;
  errors: CsvRowError[];
  preview: {
    line: number;
    episode: { startedAt: string; region: string; intensity?: number; durationMinutes?: number };
  }[];
}
export interface CsvImported {
  imported: { episodes: number; checkins: number; sessions: number };
}

/** POSTs CSV text as text/csv (the JSON client cannot), with the CSRF header on cookie sessions. */
export async function postCsv<T>(dryRun: boolean, text: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'text/csv', accept: 'application/json' };
  const csrf = readCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/import/csv?dryRun=${dryRun}`, {
      method: 'POST',
      headers,
      body: text,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'You appear to be offline.');
  }
  const body = (await response.json().catch(() => ({}))) as T & {
    detail?: string;
    code?: string;
    errors?: ProblemField[];
  };
  if (!response.ok)
    throw new ApiError(response.status, body.code ?? 'error', body.detail ?? 'Import failed', body.errors ?? []);
  return body;
}

/** `YYYY-MM-DD` of a date in the browser's time zone. */
export function toDay(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
