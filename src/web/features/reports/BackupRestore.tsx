import { useState } from 'react';
import { countOf } from '../../../core/messages/numbers';
import { sendApi } from '../../lib/api-client';
import { clearJournalCopies } from '../../lib/journal-store';

interface Restored {
  imported: { episodes: number; checkins: number; sessions: number; existing: number };
}

/** Restore a full JSON backup (as "Full backup (JSON)" downloads it); re-restoring the same file changes nothing. */
export function BackupRestore() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function restore(file: File | undefined) {
    setResult(null);
    if (!file) return;
    setBusy(true);
    try {
      // Streamed as the file is: the server reads a backup incrementally (up to 1 GiB).
      const { imported } = await sendApi<Restored>('POST', '/import', { type: 'application/json', data: file });
      // The server is the truth now: the device copy is rebuilt on the next visit to the journal.
      await clearJournalCopies();
      const total = imported.episodes + imported.checkins + imported.sessions;
      const added = total - imported.existing;
      setResult({
        ok: true,
        text:
          `Restored ${file.name}: ${countOf(imported.episodes, 'episode')}, ${countOf(imported.checkins, 'check-in')}, ` +
          `${countOf(imported.sessions, 'guided session')} — ${added} new, ${imported.existing} already in your journal.`,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'The backup could not be restored.';
      setResult({ ok: false, text: `Nothing was restored. ${detail}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="restore-heading" className="card">
      <h2 id="restore-heading">Restore a backup</h2>
      <p className="hint">
        Choose a Knead backup (.json), as “Full backup (JSON)” downloads it. Entries already in your journal are kept as
        they are; if any record in the file is damaged, nothing is restored.
      </p>
      <div className="field">
        <label htmlFor="backup-file">Backup file</label>
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            void restore(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {busy && <p aria-live="polite">Restoring…</p>}
      <p role="status" className={result && !result.ok ? 'error-text' : undefined}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
