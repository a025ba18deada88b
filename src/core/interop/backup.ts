/** The lossless JSON backup ("knead-backup" version 1): what `GET /export` writes and `POST /import` reads. */
import { z } from 'zod';
import { CheckInInputSchema, EpisodeInputSchema, InstantSchema, SessionInputSchema } from '../journal';
import { type PatientProfile, PatientProfileSchema } from '../patient-profile';

export const BACKUP_FORMAT = 'knead-backup';
export const BACKUP_VERSION = 1;

const Timestamps = { createdAt: InstantSchema.optional(), updatedAt: InstantSchema.optional() };

/**
 * A backup file. Records may carry the server's createdAt/updatedAt; unknown keys are rejected. `profile` (the
 * details for the clinician's report) is optional: a file without it (older, or nothing given) restores none.
 */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: InstantSchema,
  profile: PatientProfileSchema.optional(),
  episodes: z.array(EpisodeInputSchema.extend(Timestamps)),
  checkins: z.array(CheckInInputSchema.extend(Timestamps)),
  sessions: z.array(SessionInputSchema.extend(Timestamps)),
});
export type Backup = z.infer<typeof BackupSchema>;
export type BackupJournal = Omit<Backup, 'format' | 'version' | 'exportedAt' | 'profile'>;

/** A problem in a backup file: the JSON path of the field and what is allowed. */
export interface BackupIssue {
  path: string;
  message: string;
}

/** Whether a profile holds any detail (an empty one is left out of a backup, as if never given). */
export const hasProfile = (profile: PatientProfile | null | undefined): profile is PatientProfile =>
  !!profile && Object.values(profile).some((value) => value !== undefined && value !== '');

/**
 * Wraps a journal (and the report profile, when it holds anything) as a backup document.
 * @example buildBackup({ episodes: [], checkins: [], sessions: [] }, '2026-03-01T00:00:00Z').format // 'knead-backup'
 */
export function buildBackup(journal: BackupJournal, exportedAt: string, profile?: PatientProfile | null): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    ...(hasProfile(profile) ? { profile: { ...profile } } : {}),
    episodes: [...journal.episodes],
    checkins: [...journal.checkins],
    sessions: [...journal.sessions],
  };
}

/**
 * Validates a parsed backup (or its JSON text). All-or-nothing: any issue rejects the whole file.
 * @example parseBackup('{"format":"knead-backup"}').success // false
 */
export function parseBackup(
  input: unknown,
): { success: true; data: Backup } | { success: false; issues: BackupIssue[] } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { success: false, issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const parsed = BackupSchema.safeParse(value);
  if (parsed.success) {
    const duplicate = findDuplicateId(parsed.data);
    return duplicate ? { success: false, issues: [duplicate] } : { success: true, data: parsed.data };
  }
  return {
    success: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}

function findDuplicateId(backup: Backup): BackupIssue | undefined {
  for (const kind of ['episodes', 'checkins', 'sessions'] as const) {
    const seen = new Set<string>();
    for (const [index, record] of backup[kind].entries()) {
      if (seen.has(record.id)) return { path: `${kind}.${index}.id`, message: `duplicate id ${record.id}` };
      seen.add(record.id);
    }
  }
  return undefined;
}
