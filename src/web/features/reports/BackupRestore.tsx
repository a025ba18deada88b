import { useState } from 'react';
import { sendApi } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { clearJournalCopies } from '../../lib/journal-store';
import { REPORTS } from '../../lib/namespaces/reports';

interface Restored {
  imported: { episodes: number; checkins: number; sessions: number; existing: number };
}

/** Restore a full JSON backup (as "Full backup (JSON)" downloads it); re-restoring the same file changes nothing. */
export function BackupRestore() {
  const { t } = useT(REPORTS);
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
        text: t('web-reports.restore.done', {
          file: file.name,
          episodes: imported.episodes,
          checkins: imported.checkins,
          sessions: imported.sessions,
          added,
          existing: imported.existing,
        }),
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : t('web-reports.restore.failed');
      setResult({ ok: false, text: t('web-reports.restore.nothing', { detail }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="restore-heading" className="card">
      <h2 id="restore-heading">{t('web-reports.restore.heading')}</h2>
      <p className="hint">{t('web-reports.restore.hint')}</p>
      <div className="field">
        <label htmlFor="backup-file">{t('web-reports.restore.file')}</label>
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
      {busy && <p aria-live="polite">{t('web-reports.restore.busy')}</p>}
      <p role="status" className={result && !result.ok ? 'error-text' : undefined}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
