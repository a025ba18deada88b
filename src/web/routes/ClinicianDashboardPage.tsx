import '../styles/care-team.css';
import { useState } from 'react';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import type { Translator } from '../../core/i18n/translator';
import { rewordEscalationAlert } from '../../core/insights/alert-words';
import type { Region } from '../../core/vocabulary';
import { refreshMe, useMe } from '../features/account/account';
import { careTeamApi, type DashboardClient, type Invite } from '../features/care-team/care-team-api';
import { useLoad } from '../features/care-team/use-load';
import { useLocale } from '../lib/i18n';
import { CARE_TEAM } from '../lib/namespaces/care-team';
import { usePageLabels } from '../lib/page-labels';
import { Link } from '../lib/router';
import { sourceTranslator } from '../lib/source-messages';

/** Adherence in words: sessions run from the plans against what they ask over the last 4 weeks. */
export function describeAdherence(
  adherence: DashboardClient['adherence'],
  translator: Translator = sourceTranslator,
): string {
  if (!adherence) return translator.t('web-care-team.adherence.none');
  return translator.t('web-care-team.adherence', {
    done: adherence.done,
    expected: adherence.expected,
    share: translator.number(adherence.ratio, { style: 'percent', maximumFractionDigits: 0 }),
  });
}

/**
 * The clinician's dashboard: linked clients, who needs attention first (the server's order: open alerts, then
 * low adherence, then a rising trend), each with the last episode, the 4-week trend and adherence; and invites.
 */
export default function ClinicianDashboardPage() {
  const me = useMe();
  const { translator } = usePageLabels(CARE_TEAM);
  const { t } = translator;
  // The account says whether it is a clinician (GET /me): no dashboard request just to be refused with a 403.
  const notClinician = me?.user?.clinician === false;
  const [dashboard, reload] = useLoad(
    () => (notClinician ? new Promise<never>(() => undefined) : careTeamApi.dashboard()),
    String(notClinician),
  );
  const [invite, setInvite] = useState<Invite | null>(null);
  const [message, setMessage] = useState('');

  async function become(): Promise<void> {
    try {
      await careTeamApi.becomeClinician();
      await refreshMe();
      reload();
    } catch (error) {
      setMessage((error as Error).message);
    }
  }
  async function createInvite(): Promise<void> {
    try {
      setInvite(await careTeamApi.createInvite());
    } catch (error) {
      setMessage(t('web-care-team.invite.failed', { reason: (error as Error).message }));
    }
  }

  if (notClinician) {
    return (
      <>
        <h1>{t('web-care-team.dashboard')}</h1>
        <BecomeClinician onBecome={() => void become()} />
        <p role="status">{message}</p>
      </>
    );
  }
  if (dashboard.status === 'error') {
    const { status } = dashboard.error;
    return (
      <>
        <h1>{t('web-care-team.dashboard')}</h1>
        {status === 401 && (
          <p role="alert">
            <Link to="/signin">{t('web-care-team.dashboard.sign-in')}</Link>
          </p>
        )}
        {status === 403 && <BecomeClinician onBecome={() => void become()} />}
        {status !== 401 && status !== 403 && <p role="alert">{dashboard.error.message}</p>}
        <p role="status">{message}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('web-care-team.dashboard')}</h1>
      <section aria-labelledby="invite-heading" className="card">
        <h2 id="invite-heading">{t('web-care-team.invite')}</h2>
        <p>{t('web-care-team.invite.what')}</p>
        <button type="button" className="button" onClick={() => void createInvite()}>
          {t('web-care-team.invite.create')}
        </button>
        {invite && (
          <dl className="invite">
            <dt>{t('web-care-team.invite.code')}</dt>
            <dd data-testid="invite-code">{invite.code}</dd>
            <dt>{t('web-care-team.invite.link')}</dt>
            <dd>
              <code data-testid="invite-link">{`${window.location.origin}${invite.joinPath}`}</code>
            </dd>
            <dt>{t('web-care-team.invite.expires')}</dt>
            <dd>{translator.date(new Date(invite.expiresAt), { dateStyle: 'medium', timeStyle: 'short' })}</dd>
          </dl>
        )}
        <p role="status">{message}</p>
      </section>
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading">{t('web-care-team.clients')}</h2>
        {dashboard.status === 'loading' && <p aria-live="polite">{t('web.shell.loading')}</p>}
        {dashboard.status === 'ready' && dashboard.value.clients.length === 0 && (
          <p>{t('web-care-team.clients.none')}</p>
        )}
        {dashboard.status === 'ready' && (
          <ol className="list-plain client-list">
            {dashboard.value.clients.map((client) => (
              <ClientRow key={client.clientId} client={client} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function ClientRow({ client }: { client: DashboardClient }) {
  const isSource = useLocale() === SOURCE_LOCALE;
  const { translator, labels } = usePageLabels(CARE_TEAM, ...(isSource ? [] : (['insights'] as const)));
  const { t } = translator;
  // Outside en-GB the alerts are worded here from their facts (the API words them in en-GB).
  const alerts = isSource ? client.alerts : client.alerts.map((alert) => rewordEscalationAlert(alert, translator));
  const name = client.email ?? t('web-care-team.client');
  const last = client.lastEpisode;
  return (
    <li className={client.alerts.length > 0 ? 'card client-row needs-attention' : 'card client-row'}>
      <h3>{name}</h3>
      {client.alerts.length > 0 ? (
        <ul className="client-alerts">
          {alerts.map((alert) => (
            <li key={alert.id}>
              <strong>{t('web-care-team.alert')}</strong> {alert.text}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('web-care-team.alerts.none')}</p>
      )}
      <dl className="client-facts">
        <div>
          <dt>{t('web-care-team.last-episode')}</dt>
          <dd>
            {last
              ? t('web-care-team.last-episode.item', {
                  day: translator.date(new Date(last.startedAt), { dateStyle: 'short' }),
                  region: labels.region[last.region as Region] ?? last.region,
                  pain: last.intensity ?? 'none',
                })
              : t('web-care-team.last-episode.none')}
          </dd>
        </div>
        <div>
          <dt>{t('web-care-team.weekly')}</dt>
          <dd>
            <TrendBars weeks={client.weeklyEpisodes} />
          </dd>
        </div>
        <div>
          <dt>{t('web-care-team.adherence.heading')}</dt>
          <dd data-testid="adherence">{describeAdherence(client.adherence, translator)}</dd>
        </div>
      </dl>
      <Link to={`/clinician/clients/${encodeURIComponent(client.clientId)}`} className="button">
        {t('web-care-team.open', { name })}
      </Link>
    </li>
  );
}

/** The 4-week trend as small bars, with the numbers in words for screen readers. */
function TrendBars({ weeks }: { weeks: readonly number[] }) {
  const { t } = usePageLabels(CARE_TEAM).translator;
  const top = Math.max(1, ...weeks);
  return (
    <span className="trend-bars" role="img" aria-label={t('web-care-team.weekly.label', { weeks: weeks.join(', ') })}>
      {weeks.map((count, index) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: a week's position is its identity.
          key={index}
          className="trend-bar"
          style={{ height: `${0.25 + (count / top) * 1.75}rem` }}
          title={String(count)}
        />
      ))}
      <span aria-hidden="true" className="trend-numbers">
        {weeks.join(' · ')}
      </span>
    </span>
  );
}

/** An account that is not a clinician yet, and the one button that makes it one. */
function BecomeClinician({ onBecome }: { onBecome: () => void }) {
  const { t } = usePageLabels(CARE_TEAM).translator;
  return (
    <>
      <p>{t('web-care-team.become.what')}</p>
      <button type="button" className="button" onClick={onBecome}>
        {t('web-care-team.become')}
      </button>
    </>
  );
}
