import '../styles/care-team.css';
import { useState } from 'react';
import { REGION_LABELS } from '../../core/messages/labels';
import type { Region } from '../../core/vocabulary';
import { refreshMe, useMe } from '../features/account/account';
import { careTeamApi, type DashboardClient, type Invite } from '../features/care-team/care-team-api';
import { useLoad } from '../features/care-team/use-load';
import { Link } from '../lib/router';

/** Adherence in words: sessions run from the plans against what they ask over the last 4 weeks. */
export function describeAdherence(adherence: DashboardClient['adherence']): string {
  if (!adherence) return 'No plan assigned';
  return `${adherence.done} of ${adherence.expected} sessions (${Math.round(adherence.ratio * 100)}%)`;
}

/**
 * The clinician's dashboard: linked clients, who needs attention first (the server's order: open alerts, then
 * low adherence, then a rising trend), each with the last episode, the 4-week trend and adherence; and invites.
 */
export default function ClinicianDashboardPage() {
  const me = useMe();
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
      setMessage(`Could not create an invite: ${(error as Error).message}`);
    }
  }

  if (notClinician) {
    return (
      <>
        <h1>Clinician dashboard</h1>
        <BecomeClinician onBecome={() => void become()} />
        <p role="status">{message}</p>
      </>
    );
  }
  if (dashboard.status === 'error') {
    const { status } = dashboard.error;
    return (
      <>
        <h1>Clinician dashboard</h1>
        {status === 401 && (
          <p role="alert">
            <Link to="/signin">Sign in to open the dashboard.</Link>
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
      <h1>Clinician dashboard</h1>
      <section aria-labelledby="invite-heading" className="card">
        <h2 id="invite-heading">Invite a client</h2>
        <p>An invite works once and expires. Give the client the code or the link.</p>
        <button type="button" className="button" onClick={() => void createInvite()}>
          Create an invite
        </button>
        {invite && (
          <dl className="invite">
            <dt>Code</dt>
            <dd data-testid="invite-code">{invite.code}</dd>
            <dt>Link</dt>
            <dd>
              <code data-testid="invite-link">{`${window.location.origin}${invite.joinPath}`}</code>
            </dd>
            <dt>Expires</dt>
            <dd>{new Date(invite.expiresAt).toLocaleString()}</dd>
          </dl>
        )}
        <p role="status">{message}</p>
      </section>
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading">Clients, who needs attention first</h2>
        {dashboard.status === 'loading' && <p aria-live="polite">Loading…</p>}
        {dashboard.status === 'ready' && dashboard.value.clients.length === 0 && <p>No linked clients yet.</p>}
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
  const name = client.email ?? 'Client';
  const last = client.lastEpisode;
  return (
    <li className={client.alerts.length > 0 ? 'card client-row needs-attention' : 'card client-row'}>
      <h3>{name}</h3>
      {client.alerts.length > 0 ? (
        <ul className="client-alerts">
          {client.alerts.map((alert) => (
            <li key={alert.id}>
              <strong>Alert:</strong> {alert.text}
            </li>
          ))}
        </ul>
      ) : (
        <p>No open alerts</p>
      )}
      <dl className="client-facts">
        <div>
          <dt>Last episode</dt>
          <dd>
            {last
              ? `${new Date(last.startedAt).toLocaleDateString()}, ${REGION_LABELS[last.region as Region] ?? last.region}${
                  last.intensity === undefined ? '' : `, pain ${last.intensity}/10`
                }`
              : 'None yet'}
          </dd>
        </div>
        <div>
          <dt>Episodes a week (4 weeks)</dt>
          <dd>
            <TrendBars weeks={client.weeklyEpisodes} />
          </dd>
        </div>
        <div>
          <dt>Plan adherence</dt>
          <dd data-testid="adherence">{describeAdherence(client.adherence)}</dd>
        </div>
      </dl>
      <Link to={`/clinician/clients/${encodeURIComponent(client.clientId)}`} className="button">
        Open {name}
      </Link>
    </li>
  );
}

/** The 4-week trend as small bars, with the numbers in words for screen readers. */
function TrendBars({ weeks }: { weeks: readonly number[] }) {
  const top = Math.max(1, ...weeks);
  return (
    <span className="trend-bars" role="img" aria-label={`oldest to newest: ${weeks.join(', ')}`}>
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
  return (
    <>
      <p>This is not a clinician account yet. A clinician account can invite clients and assign plans.</p>
      <button type="button" className="button" onClick={onBecome}>
        Make this a clinician account
      </button>
    </>
  );
}
