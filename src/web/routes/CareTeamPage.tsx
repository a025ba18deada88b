import '../styles/care-team.css';
import { useState } from 'react';
import { useMe } from '../features/account/account';
import { careTeamApi } from '../features/care-team/care-team-api';
import { useLoad } from '../features/care-team/use-load';
import { useT } from '../lib/i18n';
import { CARE_TEAM } from '../lib/namespaces/care-team';
import { Link, useLocation } from '../lib/router';

/** What a clinician read, in words (the audit names the API resource): `web-care-team.read.<resource>`. */
const RESOURCES = new Set(['insights', 'episodes', 'report.html', 'report.pdf']);
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
  const translator = useT(CARE_TEAM);
  const { t } = translator;
  const when = (iso: string) => translator.date(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
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
      setMessage(t('web-care-team.linked', { who: link.otherEmail ?? t('web-care-team.your-therapist') }));
      reloadLinks();
    } catch (error) {
      setMessage(t('web-care-team.link-failed', { reason: (error as Error).message }));
    }
  }
  async function revoke(id: string, who: string): Promise<void> {
    try {
      await careTeamApi.revokeLink(id);
      setMessage(t('web-care-team.stopped', { who }));
    } catch (error) {
      setMessage(t('web-care-team.stop-failed', { reason: (error as Error).message }));
    }
    reloadLinks();
    reloadAudit();
  }

  if (links.status === 'error' && links.error.status === 401) {
    return (
      <>
        <h1>{t('web-care-team.heading')}</h1>
        <p role="alert">
          <Link to="/signin">{t('web-care-team.sign-in')}</Link>
          {t('web-care-team.sign-in-after', { kept: code ? 'yes' : 'no' })}
        </p>
      </>
    );
  }
  const mine = links.status === 'ready' ? links.value.asClient : [];
  const live = mine.filter((link) => link.revokedAt === null);
  return (
    <>
      <h1>{t('web-care-team.heading')}</h1>
      <section aria-labelledby="link-heading" className="card">
        <h2 id="link-heading">{t('web-care-team.link.heading')}</h2>
        <p>{t('web-care-team.link.what')}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void redeem();
          }}
        >
          <label className="field">
            {t('web-care-team.code')}
            <input value={code} onChange={(event) => setCode(event.target.value)} autoComplete="off" required />
          </label>
          <button type="submit" className="button">
            {t('web-care-team.link')}
          </button>
        </form>
      </section>
      <p role="status">{message}</p>
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading">{t('web-care-team.shared')}</h2>
        {links.status === 'loading' && <p aria-live="polite">{t('web.shell.loading')}</p>}
        {links.status === 'ready' && live.length === 0 && <p>{t('web-care-team.shared.none')}</p>}
        <ul className="list-plain">
          {live.map((link) => {
            const who = link.otherEmail ?? t('web-care-team.your-therapist');
            return (
              <li key={link.id} className="card">
                <p>
                  <strong>{who}</strong>
                  {t('web-care-team.shared.item', { since: when(link.createdAt) })}
                </p>
                <button type="button" className="button button-secondary" onClick={() => void revoke(link.id, who)}>
                  {t('web-care-team.stop', { who })}
                </button>
              </li>
            );
          })}
        </ul>
        {live.length > 0 && (
          <p>
            <Link to="/therapist-plan" className="button">
              {t('web-care-team.therapist-plan')}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t('web-care-team.audit')}</h2>
        {audit.status === 'ready' && audit.value.length === 0 && <p>{t('web-care-team.audit.none')}</p>}
        {audit.status === 'ready' && audit.value.length > 0 && (
          <ul className="list-plain audit-log">
            {audit.value.map((entry) => (
              <li key={entry.id}>
                {t('web-care-team.audit.item', {
                  when: when(entry.at),
                  who: entry.clinicianEmail ?? t('web-care-team.a-clinician'),
                  what: RESOURCES.has(entry.resource) ? t(`web-care-team.read.${entry.resource}`) : entry.resource,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        {me?.user?.clinician ? (
          <Link to="/clinician">{t('web-care-team.open-own-dashboard')}</Link>
        ) : (
          <>
            {t('web-care-team.are-you')} <Link to="/clinician">{t('web-care-team.open-dashboard')}</Link>
            {t('web-care-team.are-you-after')}
          </>
        )}
      </p>
    </>
  );
}
