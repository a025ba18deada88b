import { type Backup, buildBackup, parseBackup } from '../core/interop/backup';
import { ImportConflictError, type ImportCounts, type JournalRepository } from '../core/journal-repository';
import { AppError } from './errors';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { rethrowAsClientError } from './journal-use-cases';

export interface BackupUseCases {
  /** The lossless JSON backup of the user's whole journal. */
  exportBackup(userId: string): Promise<Backup>;
  /** The journal rendered in a registered format (json, and those the interop layer adds). */
  exportAs(userId: string, formatId: string): Promise<{ format: ExportFormat; body: string }>;
  /** Validates the whole file first, then writes everything in one transaction (idempotent by id). */
  importBackup(userId: string, input: unknown): Promise<{ imported: ImportCounts }>;
}

export function createBackupUseCases(journal: JournalRepository, now: () => Date): BackupUseCases {
  async function exportBackup(userId: string): Promise<Backup> {
    const [episodes, checkins, sessions] = await Promise.all([
      journal.episodes.listAll(userId),
      journal.checkins.listAll(userId),
      journal.sessions.listAll(userId),
    ]);
    return buildBackup({ episodes, checkins, sessions }, now().toISOString());
  }
  return {
    exportBackup,
    async exportAs(userId, formatId) {
      const format = EXPORT_FORMATS[formatId];
      if (!format) {
        const allowed = Object.keys(EXPORT_FORMATS).join('|');
        throw new AppError('unknown-format', 400, `unknown export format ${formatId}`, [
          { path: 'format', message: `expected one of ${allowed}` },
        ]);
      }
      return { format, body: format.render(await exportBackup(userId)) };
    },
    async importBackup(userId, input) {
      const parsed = parseBackup(input);
      if (!parsed.success) throw new AppError('invalid-backup', 400, 'the backup file is not valid', parsed.issues);
      try {
        // Lossless: the records' createdAt/updatedAt come back as they were exported.
        const imported = await journal.importAll(userId, parsed.data);
        return { imported };
      } catch (error) {
        if (error instanceof ImportConflictError) {
          throw new AppError(
            'id-conflict',
            409,
            'a record id in the file is already used by another account; nothing was imported',
          );
        }
        return rethrowAsClientError(error);
      }
    },
  };
}
