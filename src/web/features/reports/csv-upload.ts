import { sendApi } from '../../lib/api-client';

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

/** POSTs CSV text as text/csv (the JSON helper would encode it as a JSON string). */
export function postCsv<T>(dryRun: boolean, text: string): Promise<T> {
  return sendApi<T>('POST', `/import/csv?dryRun=${dryRun}`, { type: 'text/csv', data: text });
}

/** `YYYY-MM-DD` of a date in the browser's time zone. */
export function toDay(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
