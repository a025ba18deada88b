import '../styles/care-team.css';
import { useState } from 'react';
import { REGION_LABELS } from '../../core/messages/labels';
import type { AssignedPlan } from '../../core/plan/assigned-plan';
import { careTeamApi } from '../features/care-team/care-team-api';
import { newPlan, PlanEditor } from '../features/care-team/PlanEditor';
import { PlanSteps } from '../features/care-team/PlanSteps';
import { useLoad } from '../features/care-team/use-load';
import { AlertList } from '../features/insights/AlertList';
import { TrendCharts } from '../features/insights/TrendCharts';
import { formatWhen } from '../features/journal/format';
import { Link, useLocation } from '../lib/router';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One linked client, read-only (each read is audited for the client): insights, recent episodes and the report,
 * then the plans this clinician assigned, with the plan editor. A revoked link answers 404: access is gone.
 */
export default function ClinicianClientPage() {
  const { path } = useLocation();
  const clientId = decodeURIComponent(path.slice('/clinician/clients/'.length));
  const [insights] = useLoad(() => careTeamApi.clientInsights(clientId), clientId);
  const [episodes] = useLoad(() => careTeamApi.clientEpisodes(clientId), clientId);
  const [plans, reloadPlans] = useLoad(() => careTeamApi.listAssignedPlans(clientId), clientId);
  // The client's email from my links (not a read of their data, so not in their audit log).
  const [links] = useLoad(careTeamApi.listLinks);
  const email =
    links.status === 'ready'
      ? links.value.asClinician.find((link) => link.clientId === clientId && link.revokedAt === null)?.otherEmail
      : undefined;
  const [editing, setEditing] = useState<string | null>(null);
  // Kept here: saving a new plan remounts the editor (fresh for the next plan), which would lose its own message.
  const [notice, setNotice] = useState('');

  const failed = [insights, episodes, plans].find((state) => state.status === 'error');
  if (failed?.status === 'error') {
    const gone = failed.error.status === 404 || failed.error.status === 403;
    return (
      <>
        <h1>Client</h1>
        <p role="alert">
          {gone
            ? 'You do not have access to this client: the link was revoked or never existed.'
            : failed.error.message}
        </p>
        <Link to="/clinician" className="button">
          Back to the dashboard
        </Link>
      </>
    );
  }
  const mine = plans.status === 'ready' ? plans.value : [];
  const region = episodes.status === 'ready' ? episodes.value.items[0]?.region : undefined;
  const save = async (plan: AssignedPlan, planId?: string) => {
    if (planId) await careTeamApi.updatePlan(clientId, planId, plan);
    else await careTeamApi.assignPlan(clientId, plan);
    setEditing(null);
    setNotice('Plan saved. Your client sees it as “Your therapist’s plan”.');
    reloadPlans();
  };
  return (
    <>
      <p>
        <Link to="/clinician" className="button button-secondary">
          Back to the dashboard
        </Link>
      </p>
      <h1>{email ?? 'Client'}</h1>
      <p className="hint">Read-only. The client sees a log of every read, and can stop sharing at any time.</p>
      <section aria-labelledby="client-insights-heading">
        <h2 id="client-insights-heading">Insights</h2>
        {insights.status === 'loading' && <p aria-live="polite">Loading…</p>}
        {insights.status === 'ready' && (
          <>
            <AlertList alerts={insights.value.alerts} />
            <p>
              {insights.value.totals.episodes === 0
                ? 'No episodes or sessions yet.'
                : `${count(insights.value.totals.episodes, 'episode')} and ${count(insights.value.totals.sessions, 'session')} in the last ${insights.value.range.days} days.`}
            </p>
            {insights.value.totals.episodes > 0 && <TrendCharts insights={insights.value} />}
          </>
        )}
      </section>
      <section aria-labelledby="client-episodes-heading">
        <h2 id="client-episodes-heading">Recent episodes</h2>
        {episodes.status === 'ready' && episodes.value.items.length === 0 && <p>No episodes yet.</p>}
        {episodes.status === 'ready' && (
          <ul className="list-plain">
            {episodes.value.items.map((episode) => (
              <li key={episode.id} className="card">
                {formatWhen(episode.startedAt)}: {REGION_LABELS[episode.region]}
                {episode.intensity !== undefined && `, pain ${episode.intensity}/10`}
                {episode.response && `, ${episode.response} after`}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={careTeamApi.clientReportPath(clientId)} target="_blank" rel="noreferrer" className="button">
            Open the report
          </a>
        </p>
      </section>
      <section aria-labelledby="client-plans-heading">
        <h2 id="client-plans-heading">Home-care plans</h2>
        <p role="status">{notice}</p>
        <ul className="list-plain">
          {mine.map((stored) => (
            <li key={stored.id} className="card">
              {editing === stored.id ? (
                <PlanEditor initial={stored.plan} submitLabel="Save changes" onSave={(plan) => save(plan, stored.id)} />
              ) : (
                <>
                  <h3>{REGION_LABELS[stored.plan.region]}</h3>
                  <PlanSteps plan={stored.plan} />
                  <button type="button" className="button button-secondary" onClick={() => setEditing(stored.id)}>
                    Edit this plan
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        <h3>Assign a new plan</h3>
        <PlanEditor
          key={`${region ?? 'calf'}-${mine.length}`}
          initial={newPlan(region ?? 'calf')}
          submitLabel="Assign the plan"
          onSave={(plan) => save(plan)}
        />
      </section>
    </>
  );
}
