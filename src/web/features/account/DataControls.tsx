import { useState } from 'react';
import { API_BASE, ApiError, requestApi } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { clearJournalCopies } from '../../lib/journal-store';
import { ACCOUNT } from '../../lib/namespaces/account';
import { discardPendingWrites, listPendingWrites } from '../../lib/outbox';

/**
 * "Delete all my data": the journal on the server, this device's copy and queued changes, behind typing the
 * language's word for it (DELETE, BORRAR, LÖSCHEN).
 */
export function DataControls() {
  const { t } = useT(ACCOUNT);
  const confirmWord = t('web-account.delete.word');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const waiting = listPendingWrites().length;
  const confirmed = typed.trim() === confirmWord;

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
        text: t('web-account.delete.done', { dropped }),
      });
    } catch (error) {
      const why =
        error instanceof ApiError && error.isNetwork
          ? t('web-account.delete.offline')
          : error instanceof Error
            ? error.message
            : t('web-account.delete.no-answer');
      setResult({ ok: false, text: t('web-account.delete.nothing', { why }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="delete-data-heading" className="card danger-zone">
      <h2 id="delete-data-heading">{t('web-account.delete')}</h2>
      <p>
        {t('web-account.delete.what', { waiting })}
        <a href={`${API_BASE}/export?format=json`}>{t('web-account.delete.backup')}</a>
        {t('web-account.delete.restore')}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed && !busy) void deleteEverything();
        }}
      >
        <div className="field">
          <label htmlFor="delete-confirm">{t('web-account.delete.type', { word: confirmWord })}</label>
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
          {busy ? t('web-account.delete.busy') : t('web-account.delete')}
        </button>
      </form>
      <p role="status" className={result && !result.ok ? 'error-text' : undefined}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
