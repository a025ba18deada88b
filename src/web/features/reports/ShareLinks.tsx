import { useCallback, useEffect, useState } from 'react';
import { API_BASE, ApiError, requestApi } from '../../lib/api-client';

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
  const [shares, setShares] = useState<Share[]>([]);
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const [days, setDays] = useState(14);
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      setShares(await requestApi<Share[]>('GET', '/shares'));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Could not load your links.');
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
      setError(failure instanceof ApiError ? failure.message : 'Could not create the link.');
    }
  }

  async function revoke(id: string) {
    await requestApi('DELETE', `/shares/${id}`).catch(() => undefined);
    if (created?.id === id) setCreated(null);
    await load();
  }

  const link = created ? `${window.location.origin}${API_BASE}${created.pdfPath}` : '';
  return (
    <section aria-labelledby="share-heading" className="card">
      <h2 id="share-heading">Share with a clinician</h2>
      <p className="hint">
        A read-only link to the report for {from} to {to}. Anyone with the link can open it until it expires or you
        revoke it; each opening is listed below.
      </p>
      <div className="field">
        <label htmlFor="share-label">Who is it for? (optional)</label>
        <input id="share-label" value={label} maxLength={120} onChange={(event) => setLabel(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="share-days">Expires after (days)</label>
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
          Create link
        </button>
      </div>
      {created && (
        <p role="status">
          Copy this link now; it is shown only once:{' '}
          <input readOnly value={link} aria-label="Share link" onFocus={(event) => event.target.select()} />
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
      {shares.length > 0 && (
        <ul className="list-plain">
          {shares.map((share) => (
            <li key={share.id}>
              {share.label ?? 'Report link'} · {share.fromDate} to {share.toDate} ·{' '}
              {share.revokedAt ? 'revoked' : `expires ${share.expiresAt.slice(0, 10)}`} · opened {share.accesses.length}{' '}
              time
              {share.accesses.length === 1 ? '' : 's'}
              {!share.revokedAt && (
                <button type="button" className="button button-danger" onClick={() => void revoke(share.id)}>
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
