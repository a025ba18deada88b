import { useState } from 'react';
import { countOf } from '../../../core/messages/numbers';
import { API_BASE, ApiError, requestApi } from '../../lib/api-client';
import { clearJournalCopies } from '../../lib/journal-store';
import { discardPendingWrites, listPendingWrites } from '../../lib/outbox';

const CONFIRM_WORD = 'DELETE';

/** "Delete all my data": the journal on the server, this device's copy and queued changes, behind typing DELETE. */
export function DataControls() {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const waiting = listPendingWrites().length;
  const confirmed = typed.trim() === CONFIRM_WORD;

  async function deleteEverything() {
    setBusy(true);
    setResult(null);
    try {
      await requestApi('DELETE', '/me/data');
      const dropped = discardPendingWrites();
      await clearJournalCopies();
      setTyped('');
      setResult({
        ok: true,
        text: `All your journal data was deleted: episodes, check-ins, guided sessions and the details for your reports${dropped > 0 ? `, and ${countOf(dropped, 'change')} waiting to be sent` : ''}. Your settings on this device were kept.`,
      });
    } catch (error) {
      const why =
        error instanceof ApiError && error.isNetwork
          ? 'You appear to be offline; try again when you are connected.'
          : error instanceof Error
            ? error.message
            : 'The server did not answer.';
      setResult({ ok: false, text: `Nothing was deleted. ${why}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="delete-data-heading" className="card danger-zone">
      <h2 id="delete-data-heading">Delete all my data</h2>
      <p>
        This permanently deletes every episode, check-in and guided session in your journal, and the details for your
        reports
        {waiting > 0 ? `, and ${countOf(waiting, 'change')} on this device not yet sent` : ''}. It cannot be undone. To
        keep a copy, first download a <a href={`${API_BASE}/export?format=json`}>full backup (JSON)</a> — you can
        restore it later under Reports.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed && !busy) void deleteEverything();
        }}
      >
        <div className="field">
          <label htmlFor="delete-confirm">Type {CONFIRM_WORD} to confirm</label>
          <input
            id="delete-confirm"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setResult(null);
            }}
          />
        </div>
        <button type="submit" className="button button-danger" disabled={!confirmed || busy}>
          {busy ? 'Deleting…' : 'Delete all my data'}
        </button>
      </form>
      <p role="status" className={result && !result.ok ? 'error-text' : undefined}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
