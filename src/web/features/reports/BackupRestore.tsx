import { useState } from 'react';
import { API_BASE, ApiError, readCsrfToken } from '../../lib/api-client';
import { clearJournalCopies } from '../../lib/journal-store';

interface Restored {
  imported: { episodes: number; checkins: number; sessions: number; existing: number };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Streams a knead-backup file to POST /import: all or nothing, and records already there are left as they are. */
async function postBackup(file: File): Promise<Restored> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const csrf = readCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/import`, { method: 'POST', headers, body: file, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'You appear to be offline; nothing was restored.');
  }
  const body = (await response.json().catch(() => ({}))) as Partial<Restored> & { detail?: string; code?: string };
  if (!response.ok || !body.imported) {
    throw new ApiError(response.status, body.code ?? 'error', body.detail ?? 'The backup could not be restored.');
  }
  return body as Restored;
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
      const { imported } = await postBackup(file);
      // The server is the truth now: the device copy is rebuilt on the next visit to the journal.
      await clearJournalCopies();
      const total = imported.episodes + imported.checkins + imported.sessions;
      const added = total - imported.existing;
      setResult({
        ok: true,
        text:
          `Restored ${file.name}: ${plural(imported.episodes, 'episode')}, ${plural(imported.checkins, 'check-in')}, ` +
          `${plural(imported.sessions, 'guided session')} — ${added} new, ${imported.existing} already in your journal.`,
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
