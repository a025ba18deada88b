import '../styles/care-team.css';
import { useState } from 'react';
import { useMe } from '../features/account/account';
import { careTeamApi } from '../features/care-team/care-team-api';
import { useLoad } from '../features/care-team/use-load';
import { Link, useLocation } from '../lib/router';

const when = (iso: string) => new Date(iso).toLocaleString();
/** What a clinician read, in words (the audit names the API resource). */
const RESOURCE_WORDS: Record<string, string> = {
  insights: 'insights',
  episodes: 'journal episodes',
  'report.html': 'report',
  'report.pdf': 'report (PDF)',
};
/** An invite code from a join link, kept for this tab while the person signs in or creates an account first. */
const PENDING_CODE_KEY = 'knead.inviteCode';

function pendingCode(fromLink: string | null): string {
  if (fromLink) sessionStorage.setItem(PENDING_CODE_KEY, fromLink);
  return fromLink ?? sessionStorage.getItem(PENDING_CODE_KEY) ?? '';
}

/**
 * The client's side of the care team (also /care-team/join?code=… from a clinician's invite link): link with a
 * code, see exactly what is shared, revoke at once, and read the log of every clinician read.
 */
export default function CareTeamPage() {
  const { query } = useLocation();
  const me = useMe();
  const [code, setCode] = useState(() => pendingCode(query.get('code')));
  const [message, setMessage] = useState('');
  const [links, reloadLinks] = useLoad(careTeamApi.listLinks);
  const [audit, reloadAudit] = useLoad(careTeamApi.listAudit);

  async function redeem(): Promise<void> {
    setMessage('');
    try {
      const link = await careTeamApi.redeemInvite(code.trim());
      setCode('');
      sessionStorage.removeItem(PENDING_CODE_KEY);
      setMessage(`Linked with ${link.otherEmail ?? 'your therapist'}.`);
      reloadLinks();
    } catch (error) {
      setMessage(`Could not link: ${(error as Error).message}`);
    }
  }
  async function revoke(id: string, who: string): Promise<void> {
    try {
      await careTeamApi.revokeLink(id);
      setMessage(`Stopped sharing with ${who}. They can read nothing more.`);
    } catch (error) {
      setMessage(`Could not stop sharing: ${(error as Error).message}`);
    }
    reloadLinks();
    reloadAudit();
  }

  if (links.status === 'error' && links.error.status === 401) {
    return (
      <>
        <h1>Care team</h1>
        <p role="alert">
          <Link to="/signin">Sign in or create an account</Link>, then open Care team again to link with your therapist
          {code ? ': your invite code is kept.' : '.'}
        </p>
      </>
    );
  }
  const mine = links.status === 'ready' ? links.value.asClient : [];
  const live = mine.filter((link) => link.revokedAt === null);
  return (
    <>
      <h1>Care team</h1>
      <section aria-labelledby="link-heading" className="card">
        <h2 id="link-heading">Link with your therapist</h2>
        <p>
          Your therapist can then read your journal and insights (read-only) and assign you home-care plans. You can
          stop sharing at any time.
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void redeem();
          }}
        >
          <label className="field">
            Invite code
            <input value={code} onChange={(event) => setCode(event.target.value)} autoComplete="off" required />
          </label>
          <button type="submit" className="button">
            Link
          </button>
        </form>
      </section>
      <p role="status">{message}</p>
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading">Who you share with</h2>
        {links.status === 'loading' && <p aria-live="polite">Loading…</p>}
        {links.status === 'ready' && live.length === 0 && <p>You share your data with no one.</p>}
        <ul className="list-plain">
          {live.map((link) => {
            const who = link.otherEmail ?? 'your therapist';
            return (
              <li key={link.id} className="card">
                <p>
                  <strong>{who}</strong> since {when(link.createdAt)} reads your journal and insights, and assigns
                  plans.
                </p>
                <button type="button" className="button button-secondary" onClick={() => void revoke(link.id, who)}>
                  Stop sharing with {who}
                </button>
              </li>
            );
          })}
        </ul>
        {live.length > 0 && (
          <p>
            <Link to="/therapist-plan" className="button">
              Your therapist’s plan
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">Who read your data</h2>
        {audit.status === 'ready' && audit.value.length === 0 && <p>No clinician has read your data.</p>}
        {audit.status === 'ready' && audit.value.length > 0 && (
          <ul className="list-plain audit-log">
            {audit.value.map((entry) => (
              <li key={entry.id}>
                {when(entry.at)}: {entry.clinicianEmail ?? 'a clinician'} read your{' '}
                {RESOURCE_WORDS[entry.resource] ?? entry.resource}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        {me?.user?.clinician ? (
          <Link to="/clinician">Open your clinician dashboard</Link>
        ) : (
          <>
            Are you a clinician? <Link to="/clinician">Open the clinician dashboard</Link>.
          </>
        )}
      </p>
    </>
  );
}
