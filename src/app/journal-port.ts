import type { AnyLocale } from '../core/i18n/locales';
import type { Insights, InsightsRange } from '../core/insights/index';
import type { Episode, SessionRecord } from '../core/journal';
import type { EpisodeRecord, ImportCounts, SessionRecordStored } from '../core/journal-repository';
import type { PatientProfile, PatientProfileInput } from '../core/patient-profile';
import type { BackupChunks } from './backup-use-cases';
import type { Knead } from './knead';
import { LOCAL_USER_ID } from './knead';
import type { ReportRange } from './report/report-use-cases';

/**
 * What the journal commands of the CLI need, whoever holds the data directory: this process (the database, opened
 * here) or a running `knead serve` (its HTTP API). Both answer alike and fail with the same AppErrors (decision 0014).
 */
export interface JournalPort {
  /** 'database' when this process opened the journal; 'server' when it goes through `knead serve` at that URL. */
  readonly via: 'database' | `server ${string}`;
  createEpisode(episode: Episode): Promise<EpisodeRecord>;
  createSession(session: SessionRecord): Promise<SessionRecordStored>;
  insights(range: InsightsRange): Promise<Insights>;
  /** The journal in a registered export format, as text chunks. */
  exportAs(formatId: string): Promise<AsyncIterable<string>>;
  importBackup(chunks: BackupChunks): Promise<ImportCounts>;
  /** The clinician report; `locale` is its language (en-GB, today's text, when not given). */
  report(format: 'pdf' | 'html', range: ReportRange, locale?: AnyLocale): Promise<Buffer | string>;
  /** The details for the clinician's report; with `replacement`, validated and stored first (the whole profile). */
  profile(replacement?: PatientProfileInput): Promise<PatientProfile>;
  close(): Promise<void>;
}

/** The port over an open Knead, as the local user (the CLI's one user). */
export function journalOverKnead(knead: Knead): JournalPort {
  const user = LOCAL_USER_ID;
  return {
    via: 'database',
    createEpisode: async (episode) => (await knead.episodes.create(user, episode)).record,
    createSession: async (session) => (await knead.sessions.create(user, session)).record,
    insights: (range) => knead.insights(user, range),
    exportAs: async (formatId) => (await knead.exportAs(user, formatId)).body,
    importBackup: async (chunks) => (await knead.importBackupStream(user, chunks)).imported,
    report: (format, range, locale) =>
      format === 'pdf' ? knead.reports.reportPdf(user, range, locale) : knead.reports.reportHtml(user, range, locale),
    profile: (replacement) =>
      replacement === undefined ? knead.profile.get(user) : knead.profile.save(user, replacement),
    close: () => knead.close(),
  };
}
