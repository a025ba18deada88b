import { useState } from 'react';
import { isLocale } from '../../../core/i18n/locales';
import { API_BASE } from '../../lib/api-client';
import { useLocale, useT } from '../../lib/i18n';
import { REPORTS } from '../../lib/namespaces/reports';
import { useMe } from '../account/account';
import { BackupRestore } from './BackupRestore';
import { CsvImport } from './CsvImport';
import { toDay } from './csv-upload';
import { ShareLinks } from './ShareLinks';

const DAY_MS = 86_400_000;

/** /reports: the clinician report for a chosen range, exports, backup restore, CSV import and (accounts mode) share links. */
export function ReportsPage() {
  const me = useMe();
  const { t } = useT(REPORTS);
  const locale = useLocale();
  const today = toDay(new Date());
  const [from, setFrom] = useState(toDay(new Date(Date.now() - 89 * DAY_MS)));
  const [to, setTo] = useState(today);
  const valid = from !== '' && to !== '' && from <= to;
  // The report in the page's language (the pseudo-locale is a layout test: its report stays en-GB).
  const lang = isLocale(locale) ? `&lang=${locale}` : '';
  const range = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${lang}`;

  return (
    <>
      <h1>{t('web-reports.heading')}</h1>
      <p>{t('web-reports.intro')}</p>
      <section aria-labelledby="range-heading" className="card">
        <h2 id="range-heading">{t('web-reports.range')}</h2>
        <div className="field">
          <label htmlFor="report-from">{t('web-reports.from')}</label>
          <input
            id="report-from"
            type="date"
            value={from}
            max={to || today}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="report-to">{t('web-reports.to')}</label>
          <input
            id="report-to"
            type="date"
            value={to}
            min={from}
            max={today}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        {!valid && <p className="error-text">{t('web-reports.range-invalid')}</p>}
        <div className="button-row">
          <a
            className="button"
            aria-disabled={!valid}
            href={valid ? `${API_BASE}/report.pdf?${range}` : undefined}
            download
          >
            {t('web-reports.pdf')}
          </a>
          <a
            className="button button-secondary"
            aria-disabled={!valid}
            href={valid ? `${API_BASE}/report.html?${range}` : undefined}
            target="_blank"
            rel="noopener"
          >
            {t('web-reports.printable')}
          </a>
        </div>
      </section>
      <section aria-labelledby="export-heading" className="card">
        <h2 id="export-heading">{t('web-reports.export')}</h2>
        <ul className="list-plain">
          <li>
            <a href={`${API_BASE}/export?format=csv`} download>
              {t('web-reports.export.csv')}
            </a>
            {t('web-reports.export.csv-what')}
          </li>
          <li>
            <a href={`${API_BASE}/export?format=fhir`} download>
              {t('web-reports.export.fhir')}
            </a>
            {t('web-reports.export.fhir-what')}
          </li>
          <li>
            <a href={`${API_BASE}/export?format=json`} download>
              {t('web-reports.export.json')}
            </a>
            {t('web-reports.export.json-what')}
          </li>
        </ul>
      </section>
      <BackupRestore />
      <CsvImport />
      {me?.mode === 'server' && me.user ? (
        <ShareLinks from={from} to={to} />
      ) : (
        <p className="hint">{t('web-reports.share-pdf')}</p>
      )}
    </>
  );
}
