import { useEffect, useState } from 'react';
import type { Insights } from '../../core/insights/types';
import { AlertList } from '../features/insights/AlertList';
import { EffectivenessTable } from '../features/insights/EffectivenessTable';
import { TrendCharts } from '../features/insights/TrendCharts';
import { TriggerTable } from '../features/insights/TriggerTable';
import { ApiError, requestApi } from '../lib/api-client';
import { INSIGHTS } from '../lib/namespaces/insights';
import { usePageLabels } from '../lib/page-labels';
import { Link } from '../lib/router';

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; insights: Insights }
  | { status: 'error'; message: string; status401: boolean };

/** Insights over the journal (GET /api/v1/insights): alerts first, then trends, regions, triggers, what helps. */
export default function InsightsPage() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const words = usePageLabels(INSIGHTS);
  const { translator, labels } = words;
  const { t } = translator;
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
        <h1>{t('web-insights.heading')}</h1>
        <p aria-live="polite">{t('web.shell.loading')}</p>
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <h1>{t('web-insights.heading')}</h1>
        <p role="alert">
          {state.status401 ? (
            <Link to="/signin">{t('web-insights.sign-in')}</Link>
          ) : (
            t('web-insights.needs-server', { reason: state.message })
          )}
        </p>
      </>
    );
  }
  const { insights } = state;
  const totals = insights.totals;
  const percent = (share: number) => translator.number(share, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div data-testid="insights-loaded">
      <h1>{t('web-insights.heading')}</h1>
      <AlertList alerts={insights.alerts} />
      <dl className="totals">
        <div>
          <dt>{t('web-insights.totals.episodes')}</dt>
          <dd>{translator.number(totals.episodes)}</dd>
        </div>
        <div>
          <dt>{t('web-insights.totals.how-often')}</dt>
          <dd>{words.frequency(totals, insights.range.days)}</dd>
        </div>
        <div>
          <dt>{t('web-insights.totals.mean-pain')}</dt>
          <dd>
            {totals.meanIntensity === null
              ? '—'
              : t('web-insights.out-of-ten', { value: words.number(totals.meanIntensity) })}
          </dd>
        </div>
        <div>
          <dt>{t('web-insights.totals.sessions')}</dt>
          <dd>{translator.number(totals.sessions)}</dd>
        </div>
      </dl>
      {totals.episodes === 0 ? (
        <p>
          {t('web-insights.empty.before')}
          <Link to="/journal/new">{t('web-insights.empty.log')}</Link>
          {t('web-insights.empty.between')}
          <Link to="/assess?fresh=1">{t('web-insights.empty.assess')}</Link>
          {t('web-insights.empty.after')}
        </p>
      ) : (
        <>
          <TrendCharts insights={insights} />
          <section aria-labelledby="regions-heading">
            <h2 id="regions-heading">{t('web-insights.regions.heading')}</h2>
            <ul className="list-plain region-bars">
              {insights.regions.map((region) => (
                <li key={region.region}>
                  <span>{labels.region[region.region]}</span>
                  <span className="meter" aria-hidden="true">
                    <span style={{ width: `${Math.round(region.share * 100)}%` }} />
                  </span>
                  <span>
                    {t('web-insights.regions.count', {
                      count: region.count,
                      share: percent(Math.round(region.share * 100) / 100),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="triggers-heading">
            <h2 id="triggers-heading">{t('web-insights.triggers.heading')}</h2>
            <p className="hint">
              {t('web-insights.triggers.hint', { days: insights.minimumSample.triggerDaysPerGroup })}
            </p>
            <TriggerTable triggers={insights.triggers} />
          </section>
          <section aria-labelledby="massage-heading">
            <h2 id="massage-heading">{t('web-insights.massage.heading')}</h2>
            <EffectivenessTable items={insights.massage.byAction} />
          </section>
        </>
      )}
      <p>
        <Link to="/reports" className="link-target">
          {t('web-insights.make-report')}
        </Link>
      </p>
    </div>
  );
}
