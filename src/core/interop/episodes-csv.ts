/** Episodes as CSV: one row per episode, ISO 8601 times, lists joined with `;`; import with per-row errors. */
import { type Episode, EpisodeInputSchema } from '../journal';
import { formatCsvRow, parseCsv } from './csv-codec';

/** Column order of the export; the importer accepts any order and any subset that includes the required ones. */
export const EPISODE_CSV_COLUMNS = [
  'id',
  'startedAt',
  'region',
  'side',
  'durationMinutes',
  'intensity',
  'context',
  'signs',
  'actions',
  'painBefore',
  'painAfter',
  'response',
  'frequency',
  'conditions',
  'medications',
  'previousMassage',
  'selfCareDays',
  'notes',
] as const;
export type EpisodeCsvColumn = (typeof EPISODE_CSV_COLUMNS)[number];

const REQUIRED: readonly EpisodeCsvColumn[] = ['startedAt', 'region'];
const LISTS = new Set<EpisodeCsvColumn>(['context', 'signs', 'actions', 'conditions', 'medications']);
const NUMBERS = new Set<EpisodeCsvColumn>(['durationMinutes', 'intensity', 'painBefore', 'painAfter', 'selfCareDays']);
const HISTORY = new Set<EpisodeCsvColumn>([
  'frequency',
  'conditions',
  'medications',
  'previousMassage',
  'selfCareDays',
]);
// Spreadsheets run cells starting with = + - @ TAB or CR as formulas; a leading apostrophe neutralises them. The
// writer also adds one before a genuine leading apostrophe and before empty or blank notes, and the reader removes
// exactly one apostrophe from exactly those cells, so every note survives the round trip (docs/decisions/0011).
const NEEDS_APOSTROPHE = /^(?:[=+\-@\t\r']|\s*$)/;

/** The note as a cell: spreadsheets never run it, and the reader gets back exactly the note. */
export function escapeNote(note: string): string {
  return NEEDS_APOSTROPHE.test(note) ? `'${note}` : note;
}

/** Undoes escapeNote; a cell from another app keeps an apostrophe escapeNote would not have added. */
export function unescapeNote(cell: string): string {
  return cell.startsWith("'") && NEEDS_APOSTROPHE.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One problem in an imported file: the physical line, the column, and what is allowed. */
export interface CsvRowError {
  line: number;
  field: string;
  message: string;
}

export interface EpisodesCsvImport {
  /** Valid rows, ready for the journal (apply only when `errors` is empty). */
  rows: Episode[];
  /** The line each of `rows` came from, for a preview table. */
  lines: number[];
  errors: CsvRowError[];
}

/**
 * Writes episodes as RFC 4180 CSV with a header row. The assessment is not included (use the JSON backup for that).
 * @example buildEpisodesCsv([episode]).split('\r\n')[0] // 'id,startedAt,region,side,...'
 */
export function buildEpisodesCsv(episodes: readonly Episode[]): string {
  let out = formatCsvRow(EPISODE_CSV_COLUMNS);
  for (const episode of episodes) out += formatCsvRow(EPISODE_CSV_COLUMNS.map((column) => cellOf(episode, column)));
  return out;
}

function cellOf(episode: Episode, column: EpisodeCsvColumn): string {
  const value = HISTORY.has(column)
    ? (episode.history as Record<string, unknown> | undefined)?.[column]
    : (episode as Record<string, unknown>)[column];
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  const text = String(value);
  return column === 'notes' ? escapeNote(text) : text;
}

/**
 * Parses and validates an episodes CSV. Every bad cell is reported with its line and column; nothing is applied here.
 * @example parseEpisodesCsv('startedAt,region\r\n2026-03-01T02:00:00Z,calf\r\n', { createId: () => crypto.randomUUID() })
 */
export function parseEpisodesCsv(text: string, options: { createId?: () => string } = {}): EpisodesCsvImport {
  const result: EpisodesCsvImport = { rows: [], lines: [], errors: [] };
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    result.errors.push({ line: parsed.line, field: '(file)', message: parsed.message });
    return result;
  }
  const [header, ...records] = parsed.records;
  if (!header) {
    result.errors.push({
      line: 1,
      field: '(header)',
      message: `empty file; expected a header row: ${EPISODE_CSV_COLUMNS.join(',')}`,
    });
    return result;
  }
  const columns = header.fields.map((name) => name.trim());
  const known = new Set<string>(EPISODE_CSV_COLUMNS);
  for (const name of columns) {
    if (!known.has(name)) {
      result.errors.push({
        line: header.line,
        field: name,
        message: `unknown column; allowed: ${EPISODE_CSV_COLUMNS.join(', ')}`,
      });
    }
  }
  for (const name of REQUIRED) {
    if (!columns.includes(name))
      result.errors.push({ line: header.line, field: name, message: 'required column is missing' });
  }
  if (result.errors.length > 0) return result;
  const createId = options.createId ?? (() => globalThis.crypto.randomUUID());
  const seenIds = new Map<string, number>();
  for (const record of records) {
    if (record.fields.length !== columns.length) {
      result.errors.push({
        line: record.line,
        field: '(row)',
        message: `expected ${columns.length} fields, found ${record.fields.length}`,
      });
      continue;
    }
    const rowErrors: CsvRowError[] = [];
    const candidate = buildCandidate(columns as EpisodeCsvColumn[], record.fields, record.line, rowErrors, createId);
    const checked = EpisodeInputSchema.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const [first, second] = issue.path;
        const field = first === 'history' && typeof second === 'string' ? second : String(first ?? '(row)');
        const hint = field === 'startedAt' ? ' (ISO 8601 with an offset, e.g. 2026-03-01T02:10:00+01:00)' : '';
        rowErrors.push({ line: record.line, field, message: `${issue.message}${hint}` });
      }
    }
    const id = String(candidate.id);
    const earlier = seenIds.get(id);
    if (earlier !== undefined)
      rowErrors.push({ line: record.line, field: 'id', message: `duplicate id (also on line ${earlier})` });
    else seenIds.set(id, record.line);
    if (rowErrors.length > 0 || !checked.success) result.errors.push(...rowErrors);
    else {
      result.rows.push(checked.data);
      result.lines.push(record.line);
    }
  }
  return result;
}

function buildCandidate(
  columns: readonly EpisodeCsvColumn[],
  fields: readonly string[],
  line: number,
  errors: CsvRowError[],
  createId: () => string,
): Record<string, unknown> {
  const episode: Record<string, unknown> = {};
  const history: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const cell = fields[index] ?? '';
    if (column === 'notes') {
      if (cell !== '') episode.notes = unescapeNote(cell); // untrimmed: spaces are part of the note
      return;
    }
    const raw = cell.trim();
    if (raw === '') return;
    let value: unknown = raw;
    if (LISTS.has(column)) {
      value = raw
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    } else if (NUMBERS.has(column)) {
      value = Number(raw);
      if (!Number.isFinite(value)) {
        errors.push({ line, field: column, message: `expected a number, got "${raw}"` });
        return;
      }
    }
    if (HISTORY.has(column)) history[column] = value;
    else episode[column] = value;
  });
  if (episode.id === undefined) episode.id = createId();
  if (Object.keys(history).length > 0) episode.history = history;
  return episode;
}
