import { useState } from 'react';
import { isLocale } from '../../../core/i18n/locales';
import { API_BASE } from '../../lib/api-client';
import { useLocale } from '../../lib/i18n';
import { useMe } from '../account/account';
import { BackupRestore } from './BackupRestore';
import { CsvImport } from './CsvImport';
import { toDay } from './csv-upload';
import { ShareLinks } from './ShareLinks';

const DAY_MS = 86_400_000;

/** /reports: the clinician report for a chosen range, exports, backup restore, CSV import and (accounts mode) share links. */
export function ReportsPage() {
  const me = useMe();
  const today = toDay(new Date());
  const [from, setFrom] = useState(toDay(new Date(Date.now() - 89 * DAY_MS)));
  const [to, setTo] = useState(today);
  const valid = from !== '' && to !== '' && from <= to;
  const locale = useLocale();
  // The report in the page's language (a switch in Settings may differ from the browser's Accept-Language).
  const language = isLocale(locale) ? `&lang=${locale}` : '';
  const range = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${language}`;

  return (
    <>
      <h1>Clinician report</h1>
      <p>
        A summary of your journal to bring to an appointment: episodes, trends, possible triggers, what helped, alerts
        and your latest assessment. It is not a diagnosis.
      </p>
      <section aria-labelledby="range-heading" className="card">
        <h2 id="range-heading">Date range</h2>
        <div className="field">
          <label htmlFor="report-from">From</label>
          <input
            id="report-from"
            type="date"
            value={from}
            max={to || today}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="report-to">To</label>
          <input
            id="report-to"
            type="date"
            value={to}
            min={from}
            max={today}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        {!valid && <p className="error-text">Choose a start date on or before the end date.</p>}
        <div className="button-row">
          <a
            className="button"
            aria-disabled={!valid}
            href={valid ? `${API_BASE}/report.pdf?${range}` : undefined}
            download
          >
            Download PDF
          </a>
          <a
            className="button button-secondary"
            aria-disabled={!valid}
            href={valid ? `${API_BASE}/report.html?${range}` : undefined}
            target="_blank"
            rel="noopener"
          >
            Open printable page
          </a>
        </div>
      </section>
      <section aria-labelledby="export-heading" className="card">
        <h2 id="export-heading">Export your journal</h2>
        <ul className="list-plain">
          <li>
            <a href={`${API_BASE}/export?format=csv`} download>
              CSV
            </a>{' '}
            — one row per episode, for spreadsheets.
          </li>
          <li>
            <a href={`${API_BASE}/export?format=fhir`} download>
              FHIR R4 bundle
            </a>{' '}
            — for clinic systems and health apps.
          </li>
          <li>
            <a href={`${API_BASE}/export?format=json`} download>
              Full backup (JSON)
            </a>{' '}
            — everything, to restore below without loss.
          </li>
        </ul>
      </section>
      <BackupRestore />
      <CsvImport />
      {me?.mode === 'server' && me.user ? (
        <ShareLinks from={from} to={to} />
      ) : (
        <p className="hint">To share with a clinician, download the PDF and send or print it.</p>
      )}
    </>
  );
}
