import { useCallback, useEffect, useState } from 'react';
import { API_BASE, ApiError, requestApi } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { REPORTS } from '../../lib/namespaces/reports';

interface Share {
  id: string;
  fromDate: string;
  toDate: string;
  label: string | null;
  expiresAt: string;
  revokedAt: string | null;
  accesses: { at: string; what: string }[];
}
interface CreatedShare extends Omit<Share, 'accesses'> {
  pdfPath: string;
  htmlPath: string;
}

/** Accounts mode: read-only report links for a clinician, with expiry, revocation and who opened them. */
export function ShareLinks({ from, to }: { from: string; to: string }) {
  const translator = useT(REPORTS);
  const { t } = translator;
  const [shares, setShares] = useState<Share[]>([]);
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const [days, setDays] = useState(14);
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: the messages change only with the language.
  const load = useCallback(async () => {
    try {
      setShares(await requestApi<Share[]>('GET', '/shares'));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t('web-reports.share.load-failed'));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function create() {
    setError('');
    try {
      const body = { from, to, expiresInDays: days, ...(label.trim() ? { label: label.trim() } : {}) };
      setCreated(await requestApi<CreatedShare>('POST', '/shares', body));
      await load();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t('web-reports.share.create-failed'));
    }
  }

  async function revoke(id: string) {
    await requestApi('DELETE', `/shares/${id}`).catch(() => undefined);
    if (created?.id === id) setCreated(null);
    await load();
  }

  /** A day (YYYY-MM-DD) in the page's language; kept as written in en-GB. */
  const day = (value: string) =>
    translator.locale === 'en-GB' || translator.locale === 'en-XA' || !/^\d{4}-\d{2}-\d{2}$/.test(value)
      ? value
      : translator.date(Date.parse(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const link = created ? `${window.location.origin}${API_BASE}${created.pdfPath}` : '';
  return (
    <section aria-labelledby="share-heading" className="card">
      <h2 id="share-heading">{t('web-reports.share.heading')}</h2>
      <p className="hint">{t('web-reports.share.hint', { from: day(from), to: day(to) })}</p>
      <div className="field">
        <label htmlFor="share-label">{t('web-reports.share.label')}</label>
        <input id="share-label" value={label} maxLength={120} onChange={(event) => setLabel(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="share-days">{t('web-reports.share.days')}</label>
        <input
          id="share-days"
          type="number"
          min={1}
          max={90}
          value={days}
          onChange={(event) => setDays(Number(event.target.value))}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void create()}>
          {t('web-reports.share.create')}
        </button>
      </div>
      {created && (
        <p role="status">
          {t('web-reports.share.copy')}{' '}
          <input
            readOnly
            value={link}
            aria-label={t('web-reports.share.link')}
            onFocus={(event) => event.target.select()}
          />
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
      {shares.length > 0 && (
        <ul className="list-plain">
          {shares.map((share) => (
            <li key={share.id}>
              {t('web-reports.share.item', {
                label: share.label ?? t('web-reports.share.default-label'),
                from: day(share.fromDate),
                to: day(share.toDate),
                revoked: share.revokedAt ? 'yes' : 'no',
                expires: day(share.expiresAt.slice(0, 10)),
                opened: share.accesses.length,
              })}
              {!share.revokedAt && (
                <button type="button" className="button button-danger" onClick={() => void revoke(share.id)}>
                  {t('web-reports.share.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
