/** The knead-backup read and written a record at a time: what `POST /import` and `GET /export` stream. */
import type { JournalKind } from '../journal-repository';
import { compactProfile, type PatientProfile } from '../patient-profile';
import { findLoneSurrogate, LoneSurrogateError } from '../validation/well-formed-text';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupIssue, BackupSchema, hasProfile } from './backup';
import { BackupSyntaxError, readBackupEntries } from './backup-reader';

/** The file is not a valid knead-backup; `issues` name the record (`sessions.41.endedAt`) and what is allowed. */
export class InvalidBackupError extends Error {
  constructor(readonly issues: BackupIssue[]) {
    super('the backup file is not valid');
    this.name = 'InvalidBackupError';
  }
}

const LISTS = {
  episodes: BackupSchema.shape.episodes.element,
  checkins: BackupSchema.shape.checkins.element,
  sessions: BackupSchema.shape.sessions.element,
};
const HEADER = {
  format: BackupSchema.shape.format,
  version: BackupSchema.shape.version,
  exportedAt: BackupSchema.shape.exportedAt,
};
/** Optional: the details for the clinician's report (files from before it, and people who gave none, have none). */
const PROFILE = 'profile';
const ProfileSchema = BackupSchema.shape.profile.unwrap();
const KINDS = Object.keys(LISTS) as JournalKind[];
const ALLOWED = [...Object.keys(HEADER), PROFILE, ...KINDS].join(', ');

export type BackupRecord =
  | { [K in JournalKind]: { kind: K; record: Backup[K][number] } }[JournalKind]
  | { kind: 'profile'; record: PatientProfile };

const invalid = (path: string, message: string) => new InvalidBackupError([{ path, message }]);
/**
 * The streamed body bypasses the HTTP layer's check: a lone surrogate in a record fails the import, named as that
 * check names it (`episodes[0].notes`), before zod can turn it into a different complaint.
 */
function refuseLoneSurrogate(value: unknown, at: string): void {
  const path = findLoneSurrogate(value, at);
  if (path !== null) throw new LoneSurrogateError(path);
}
const isKind = (key: string): key is JournalKind => Object.hasOwn(LISTS, key);

/**
 * Validates a backup as it streams in and yields its records one by one; throws InvalidBackupError at the first
 * problem (so a caller writing records as they come must roll back).
 * @example for await (const { kind, record } of readBackupRecords(chunks)) await sink.add(kind, record);
 */
export async function* readBackupRecords(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<BackupRecord> {
  const seen = new Set<string>();
  const ids: Record<JournalKind, Set<string>> = { episodes: new Set(), checkins: new Set(), sessions: new Set() };
  try {
    for await (const entry of readBackupEntries(chunks)) {
      if (entry.type === 'element') {
        const kind = entry.key as JournalKind;
        const at = `${kind}.${entry.index}`;
        refuseLoneSurrogate(entry.value, `${kind}[${entry.index}]`);
        const parsed = LISTS[kind].safeParse(entry.value);
        if (!parsed.success) {
          throw new InvalidBackupError(
            parsed.error.issues.map((issue) => ({
              path: [at, ...issue.path.map(String)].join('.'),
              message: issue.message,
            })),
          );
        }
        if (ids[kind].has(parsed.data.id)) throw invalid(`${at}.id`, `duplicate id ${parsed.data.id}`);
        ids[kind].add(parsed.data.id);
        yield { kind, record: parsed.data } as BackupRecord;
        continue;
      }
      if (seen.has(entry.key)) throw invalid(entry.key, 'appears twice');
      seen.add(entry.key);
      if (isKind(entry.key)) {
        if (entry.type === 'member') throw invalid(entry.key, 'expected an array of records');
        continue;
      }
      if (entry.key === PROFILE) {
        if (entry.type !== 'member') throw invalid(PROFILE, 'expected an object');
        refuseLoneSurrogate(entry.value, PROFILE);
        const parsed = ProfileSchema.safeParse(entry.value);
        if (!parsed.success) {
          throw new InvalidBackupError(
            parsed.error.issues.map((issue) => ({
              path: [PROFILE, ...issue.path.map(String)].join('.'),
              message: issue.message,
            })),
          );
        }
        yield { kind: 'profile', record: compactProfile(parsed.data) };
        continue;
      }
      const header = Object.hasOwn(HEADER, entry.key) ? HEADER[entry.key as keyof typeof HEADER] : undefined;
      if (!header) throw invalid(entry.key, `unknown field; allowed fields: ${ALLOWED}`);
      if (entry.type !== 'list') refuseLoneSurrogate(entry.value, entry.key);
      const parsed = header.safeParse(entry.type === 'list' ? [] : entry.value);
      if (!parsed.success) throw invalid(entry.key, parsed.error.issues[0]?.message ?? 'invalid');
    }
  } catch (error) {
    if (error instanceof BackupSyntaxError) throw invalid(error.path, error.message);
    throw error;
  }
  const missing = [...Object.keys(HEADER), ...KINDS].filter((key) => !seen.has(key));
  if (missing.length > 0) throw new InvalidBackupError(missing.map((path) => ({ path, message: 'required' })));
}

const indent = (record: unknown) => JSON.stringify(record, null, 2).replaceAll('\n', '\n    ');

/**
 * Writes a backup from pages of records, byte for byte what `JSON.stringify(backup, null, 2)` writes (plus a
 * final newline), without ever holding the whole document. The profile follows the header when it holds anything.
 * @example for await (const text of writeBackupChunks(exportedAt, pagesOf, profile)) out.write(text);
 */
export async function* writeBackupChunks(
  exportedAt: string,
  pagesOf: (kind: JournalKind) => AsyncIterable<readonly unknown[]>,
  profile?: PatientProfile | null,
): AsyncGenerator<string> {
  yield `{\n  "format": ${JSON.stringify(BACKUP_FORMAT)},\n  "version": ${BACKUP_VERSION},\n  "exportedAt": ${JSON.stringify(exportedAt)}`;
  if (hasProfile(profile)) yield `,\n  "${PROFILE}": ${JSON.stringify(profile, null, 2).replaceAll('\n', '\n  ')}`;
  for (const kind of KINDS) {
    yield `,\n  "${kind}": [`;
    let count = 0;
    for await (const page of pagesOf(kind)) {
      let text = '';
      for (const record of page) text += `${count++ === 0 ? '' : ','}\n    ${indent(record)}`;
      yield text;
    }
    yield count === 0 ? ']' : '\n  ]';
  }
  yield '\n}\n';
}
