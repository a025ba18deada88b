import { type ComponentType, lazy, Suspense } from 'react';

// The interop engineer owns features/reports; a glob import keeps this route building before it lands.
const modules = import.meta.glob<{ ReportsPage: ComponentType }>('../features/reports/ReportsPage.tsx');
const load = Object.values(modules)[0];

function ReportsUnavailable() {
  return (
    <>
      <h1>Clinician report</h1>
      <p>Reports are not available in this version yet.</p>
    </>
  );
}

const ReportsPage = load ? lazy(() => load().then((module) => ({ default: module.ReportsPage }))) : ReportsUnavailable;

/** /reports: the clinician report page from src/web/features/reports. */
export default function ReportsRoute() {
  return (
    <Suspense fallback={<p aria-live="polite">Loading…</p>}>
      <ReportsPage />
    </Suspense>
  );
}
