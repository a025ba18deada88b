import { useEffect, useState } from 'react';
import type { Insights } from '../../core/insights/types';
import { formatNumber, REGION_LABELS } from '../../core/messages/labels';
import { formatFrequency } from '../../core/messages/numbers';
import { AlertList } from '../features/insights/AlertList';
import { EffectivenessTable } from '../features/insights/EffectivenessTable';
import { TrendCharts } from '../features/insights/TrendCharts';
import { TriggerTable } from '../features/insights/TriggerTable';
import { ApiError, requestApi } from '../lib/api-client';
import { Link } from '../lib/router';

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; insights: Insights }
  | { status: 'error'; message: string; status401: boolean };

/** Insights over the journal (GET /api/v1/insights): alerts first, then trends, regions, triggers, what helps. */
export default function InsightsPage() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    requestApi<Insights>('GET', '/insights')
      .then((insights) => setState({ status: 'ready', insights }))
      .catch((error: unknown) =>
        setState({
          status: 'error',
          message: (error as Error).message,
          status401: error instanceof ApiError && error.status === 401,
        }),
      );
  }, []);

  if (state.status === 'loading') {
    return (
      <>
        <h1>Insights</h1>
        <p aria-live="polite">Loading…</p>
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <h1>Insights</h1>
        <p role="alert">
          {state.status401 ? (
            <Link to="/signin">Sign in to see your insights.</Link>
          ) : (
            `Insights need the server: ${state.message}`
          )}
        </p>
      </>
    );
  }
  const { insights } = state;
  const totals = insights.totals;
  return (
    <div data-testid="insights-loaded">
      <h1>Insights</h1>
      <AlertList alerts={insights.alerts} />
      <dl className="totals">
        <div>
          <dt>Episodes</dt>
          <dd>{totals.episodes}</dd>
        </div>
        <div>
          <dt>How often</dt>
          <dd>{formatFrequency(totals, insights.range.days)}</dd>
        </div>
        <div>
          <dt>Mean pain</dt>
          <dd>{totals.meanIntensity === null ? '—' : `${formatNumber(totals.meanIntensity)}/10`}</dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{totals.sessions}</dd>
        </div>
      </dl>
      {totals.episodes === 0 ? (
        <p>
          No episodes yet. <Link to="/journal/new">Log one</Link> or <Link to="/assess?fresh=1">assess a spasm</Link>.
        </p>
      ) : (
        <>
          <TrendCharts insights={insights} />
          <section aria-labelledby="regions-heading">
            <h2 id="regions-heading">Where</h2>
            <ul className="list-plain region-bars">
              {insights.regions.map((region) => (
                <li key={region.region}>
                  <span>{REGION_LABELS[region.region]}</span>
                  <span className="meter" aria-hidden="true">
                    <span style={{ width: `${Math.round(region.share * 100)}%` }} />
                  </span>
                  <span>
                    {region.count} ({Math.round(region.share * 100)}%)
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="triggers-heading">
            <h2 id="triggers-heading">Possible triggers</h2>
            <p className="hint">
              Days with a factor compared with days without it. Shown only with at least{' '}
              {insights.minimumSample.triggerDaysPerGroup} days in each group; an association is not proof of a cause.
            </p>
            <TriggerTable triggers={insights.triggers} />
          </section>
          <section aria-labelledby="massage-heading">
            <h2 id="massage-heading">What helps you</h2>
            <EffectivenessTable items={insights.massage.byAction} />
          </section>
        </>
      )}
      <p>
        <Link to="/reports" className="link-target">
          Make a report for your clinician
        </Link>
      </p>
    </div>
  );
}
