import type { JournalPort } from '../../app/journal-port';

export interface OpenJournalOptions {
  dataDir?: string | undefined;
}

/**
 * Opens the local journal for a CLI command: the database itself, or, when a live `knead serve` holds the data
 * directory and has said where it listens, that server's API, with the same answers and errors (decision 0014).
 */
export async function openJournal(options: OpenJournalOptions): Promise<JournalPort> {
  // The database loads only when a command needs it, so `knead --help` and `knead assess` stay fast.
  const [{ openLocalJournal, DataDirInUseError }, { journalOverKnead }] = await Promise.all([
    import('../../app/open-knead'),
    import('../../app/journal-port'),
  ]);
  try {
    return journalOverKnead(await openLocalJournal(options));
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || error.server === null) throw error;
    const { journalOverHttp } = await import('./http-journal');
    return journalOverHttp(error.server, error.dataDir);
  }
}

/** Opens the journal, runs `task` on it, and always closes it. */
export async function withJournal<T>(
  options: OpenJournalOptions,
  task: (journal: JournalPort) => Promise<T>,
): Promise<T> {
  const journal = await openJournal(options);
  try {
    return await task(journal);
  } finally {
    await journal.close();
  }
}
