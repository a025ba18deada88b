import '../styles/care-team.css';
import { useState } from 'react';
import type { AssignedPlan } from '../../core/plan/assigned-plan';
import { careTeamApi } from '../features/care-team/care-team-api';
import { newPlan, PlanEditor } from '../features/care-team/PlanEditor';
import { PlanSteps } from '../features/care-team/PlanSteps';
import { useLoad } from '../features/care-team/use-load';
import { AlertList } from '../features/insights/AlertList';
import { TrendCharts } from '../features/insights/TrendCharts';
import { formatWhen } from '../features/journal/format';
import { CARE_TEAM } from '../lib/namespaces/care-team';
import { usePageLabels } from '../lib/page-labels';
import { Link, useLocation } from '../lib/router';

/**
 * One linked client, read-only (each read is audited for the client): insights, recent episodes and the report,
 * then the plans this clinician assigned, with the plan editor. A revoked link answers 404: access is gone.
 */
export default function ClinicianClientPage() {
  const { path } = useLocation();
  const { translator, labels } = usePageLabels(CARE_TEAM);
  const { t } = translator;
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
        <h1>{t('web-care-team.client')}</h1>
        <p role="alert">{gone ? t('web-care-team.client.gone') : failed.error.message}</p>
        <Link to="/clinician" className="button">
          {t('web-care-team.client.back')}
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
    setNotice(t('web-care-team.client.saved'));
    reloadPlans();
  };
  return (
    <>
      <p>
        <Link to="/clinician" className="button button-secondary">
          {t('web-care-team.client.back')}
        </Link>
      </p>
      <h1>{email ?? t('web-care-team.client')}</h1>
      <p className="hint">{t('web-care-team.client.read-only')}</p>
      <section aria-labelledby="client-insights-heading">
        <h2 id="client-insights-heading">{t('web-care-team.client.insights')}</h2>
        {insights.status === 'loading' && <p aria-live="polite">{t('web.shell.loading')}</p>}
        {insights.status === 'ready' && (
          <>
            <AlertList alerts={insights.value.alerts} />
            <p>
              {insights.value.totals.episodes === 0
                ? t('web-care-team.client.no-episodes')
                : t('web-care-team.client.totals', {
                    episodes: insights.value.totals.episodes,
                    sessions: insights.value.totals.sessions,
                    days: insights.value.range.days,
                  })}
            </p>
            {insights.value.totals.episodes > 0 && <TrendCharts insights={insights.value} />}
          </>
        )}
      </section>
      <section aria-labelledby="client-episodes-heading">
        <h2 id="client-episodes-heading">{t('web-care-team.client.episodes')}</h2>
        {episodes.status === 'ready' && episodes.value.items.length === 0 && (
          <p>{t('web-care-team.client.episodes.none')}</p>
        )}
        {episodes.status === 'ready' && (
          <ul className="list-plain">
            {episodes.value.items.map((episode) => (
              <li key={episode.id} className="card">
                {t('web-care-team.client.episode', {
                  when: formatWhen(episode.startedAt, new Date(), translator),
                  region: labels.region[episode.region],
                  pain: episode.intensity ?? 'none',
                  response: episode.response ?? 'none',
                })}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={careTeamApi.clientReportPath(clientId)} target="_blank" rel="noreferrer" className="button">
            {t('web-care-team.client.report')}
          </a>
        </p>
      </section>
      <section aria-labelledby="client-plans-heading">
        <h2 id="client-plans-heading">{t('web-care-team.client.plans')}</h2>
        <p role="status">{notice}</p>
        <ul className="list-plain">
          {mine.map((stored) => (
            <li key={stored.id} className="card">
              {editing === stored.id ? (
                <PlanEditor
                  initial={stored.plan}
                  submitLabel={t('web-care-team.client.save-changes')}
                  onSave={(plan) => save(plan, stored.id)}
                />
              ) : (
                <>
                  <h3>{labels.region[stored.plan.region]}</h3>
                  <PlanSteps plan={stored.plan} />
                  <button type="button" className="button button-secondary" onClick={() => setEditing(stored.id)}>
                    {t('web-care-team.client.edit')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        <h3>{t('web-care-team.client.new-plan')}</h3>
        <PlanEditor
          key={`${region ?? 'calf'}-${mine.length}`}
          initial={newPlan(region ?? 'calf')}
          submitLabel={t('web-care-team.client.assign')}
          onSave={(plan) => save(plan)}
        />
      </section>
    </>
  );
}
