import { type Backup, buildBackup } from '../core/interop/backup';
import { InvalidBackupError, readBackupRecords, writeBackupChunks } from '../core/interop/backup-stream';
import {
  type ImportCounts,
  type JournalKind,
  type JournalRepository,
  MissingReferenceError,
} from '../core/journal-repository';
import type { ProfileRepository } from '../core/repositories';
import { LONE_SURROGATE_MESSAGE, LoneSurrogateError } from '../core/validation/well-formed-text';
import { AppError } from './errors';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { rethrowAsClientError } from './journal-use-cases';

/** Records read from the database per query while exporting. */
const EXPORT_PAGE = 100;

/** Bytes (or text) of a backup file, as they arrive: a request body, a file read stream, or one string. */
export type BackupChunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export interface BackupUseCases {
  /** The lossless JSON backup of the user's whole journal, in memory (csv, fhir and reports start from it). */
  exportBackup(userId: string): Promise<Backup>;
  /** The journal in a registered format, as text chunks: json streams page by page and never builds one string. */
  exportAs(userId: string, formatId: string): Promise<{ format: ExportFormat; body: AsyncIterable<string> }>;
  /** A parsed backup document (or its text): see importBackupStream. */
  importBackup(userId: string, input: unknown): Promise<{ imported: ImportCounts }>;
  /**
   * Reads a backup as it streams in, validating and writing each record in one transaction (idempotent by id):
   * memory stays bounded by a record, and any invalid record (named by index and field) leaves nothing behind.
   */
  importBackupStream(userId: string, chunks: BackupChunks): Promise<{ imported: ImportCounts }>;
}

function unknownFormat(formatId: string): AppError {
  const allowed = Object.keys(EXPORT_FORMATS).join('|');
  return new AppError('unknown-format', 400, `unknown export format ${formatId}`, [
    { path: 'format', message: `expected one of ${allowed}` },
  ]);
}

/** Turns an import's failure into the answer the client can act on (nothing was imported in every case). */
function rethrowImportError(error: unknown): never {
  if (error instanceof InvalidBackupError) {
    throw new AppError('invalid-backup', 400, 'the backup file is not valid; nothing was imported', error.issues);
  }
  if (error instanceof LoneSurrogateError) {
    throw new AppError(
      'unstorable-value',
      400,
      'the backup holds a lone surrogate (not valid Unicode text); nothing was imported',
      [{ path: error.path, message: LONE_SURROGATE_MESSAGE }],
    );
  }
  if (error instanceof MissingReferenceError) {
    throw new AppError('invalid-backup', 400, 'a session names an episode you do not have; nothing was imported', [
      { path: error.path, message: 'no episode with this id in the file or in your journal' },
    ]);
  }
  return rethrowAsClientError(error);
}

export function createBackupUseCases(
  journal: JournalRepository,
  profiles: ProfileRepository,
  now: () => Date,
): BackupUseCases {
  async function importBackupStream(userId: string, chunks: BackupChunks) {
    try {
      // Lossless: the records' createdAt/updatedAt come back as they were exported.
      const imported = await journal.importStream(userId, async (sink) => {
        for await (const entry of readBackupRecords(chunks)) {
          // The report profile is restored in the same transaction; a file without one leaves the current one.
          if (entry.kind === 'profile') await sink.profile(entry.record);
          else await sink.add(entry.kind, entry.record);
        }
      });
      return { imported };
    } catch (error) {
      return rethrowImportError(error);
    }
  }
  async function exportBackup(userId: string): Promise<Backup> {
    const [episodes, checkins, sessions, profile] = await Promise.all([
      journal.episodes.listAll(userId),
      journal.checkins.listAll(userId),
      journal.sessions.listAll(userId),
      profiles.get(userId),
    ]);
    return buildBackup({ episodes, checkins, sessions }, now().toISOString(), profile);
  }
  return {
    exportBackup,
    async exportAs(userId, formatId) {
      const format = Object.hasOwn(EXPORT_FORMATS, formatId) ? EXPORT_FORMATS[formatId] : undefined;
      if (!format) throw unknownFormat(formatId);
      if (format.id === 'json') {
        const profile = await profiles.get(userId);
        const pagesOf = (kind: JournalKind) => journal[kind].pages(userId, EXPORT_PAGE);
        const body = writeBackupChunks(now().toISOString(), pagesOf, profile);
        return { format, body };
      }
      const text = format.render(await exportBackup(userId));
      return {
        format,
        body: (async function* () {
          yield text;
        })(),
      };
    },
    importBackup(userId, input) {
      const text = typeof input === 'string' ? input : JSON.stringify(input);
      return importBackupStream(userId, text === undefined ? [] : [text]);
    },
    importBackupStream,
  };
}
