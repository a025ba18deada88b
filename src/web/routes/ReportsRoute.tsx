import { type ComponentType, lazy, Suspense } from 'react';
import { useT } from '../lib/i18n';
import { REPORTS } from '../lib/namespaces/reports';

// The interop engineer owns features/reports; a glob import keeps this route building before it lands.
const modules = import.meta.glob<{ ReportsPage: ComponentType }>('../features/reports/ReportsPage.tsx');
const load = Object.values(modules)[0];

function ReportsUnavailable() {
  const { t } = useT(REPORTS);
  return (
    <>
      <h1>{t('web-reports.heading')}</h1>
      <p>{t('web-reports.unavailable')}</p>
    </>
  );
}

const ReportsPage = load ? lazy(() => load().then((module) => ({ default: module.ReportsPage }))) : ReportsUnavailable;

function Loading() {
  const { t } = useT();
  return <p aria-live="polite">{t('web.shell.loading')}</p>;
}

/** /reports: the clinician report page from src/web/features/reports. */
export default function ReportsRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <ReportsPage />
    </Suspense>
  );
}
