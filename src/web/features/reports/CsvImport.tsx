import { useState } from 'react';
import { ApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { REPORTS } from '../../lib/namespaces/reports';
import { type CsvImported, type CsvPreview, postCsv } from './csv-upload';

/** Pick a CSV, see which rows are valid and what is wrong with the others (line + column), then import all or nothing. */
export function CsvImport() {
  const { t } = useT(REPORTS);
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function choose(file: File | undefined) {
    setPreview(null);
    setMessage('');
    if (!file) return;
    const content = await file.text();
    setText(content);
    setFileName(file.name);
    setBusy(true);
    try {
      setPreview(await postCsv<CsvPreview>(true, content));
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : t('web-reports.csv.unreadable'));
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (text === null) return;
    setBusy(true);
    try {
      const result = await postCsv<CsvImported>(false, text);
      setMessage(t('web-reports.csv.done', { count: result.imported.episodes, file: fileName }));
      setPreview(null);
      setText(null);
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : t('web-reports.csv.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" className="card">
      <h2 id="import-heading">{t('web-reports.csv.heading')}</h2>
      <p className="hint">
        {t('web-reports.csv.hint-before')}
        <code>startedAt</code>
        {t('web-reports.csv.hint-and')}
        <code>region</code>
        {t('web-reports.csv.hint-after')}
      </p>
      <div className="field">
        <label htmlFor="csv-file">{t('web-reports.csv.file')}</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            // Fixed in a spreadsheet and picked again under the same name: that must read it again.
            event.target.value = '';
          }}
        />
      </div>
      {busy && <p aria-live="polite">{t('web-reports.csv.busy')}</p>}
      {preview && (
        <div aria-live="polite">
          <p>{t('web-reports.csv.summary', { valid: preview.valid, problems: preview.errors.length })}</p>
          {preview.errors.length > 0 && (
            <table>
              <caption>{t('web-reports.csv.problems')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('web-reports.csv.line')}</th>
                  <th scope="col">{t('web-reports.csv.column')}</th>
                  <th scope="col">{t('web-reports.csv.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.slice(0, 200).map((error) => (
                  <tr key={`${error.line}-${error.field}-${error.message}`}>
                    <td>{error.line}</td>
                    <td>{error.field}</td>
                    <td className="error-text">{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.preview.length > 0 && (
            <table>
              <caption>{t('web-reports.csv.first-rows')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('web-reports.csv.line')}</th>
                  <th scope="col">{t('web-reports.csv.when')}</th>
                  <th scope="col">{t('web-reports.csv.where')}</th>
                  <th scope="col">{t('web-reports.csv.pain')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.preview.slice(0, 10).map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.episode.startedAt}</td>
                    <td>{row.episode.region}</td>
                    <td>{row.episode.intensity ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy || preview.errors.length > 0 || preview.valid === 0}
              onClick={() => void commit()}
            >
              {t('web-reports.csv.import', { count: preview.valid })}
            </button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
