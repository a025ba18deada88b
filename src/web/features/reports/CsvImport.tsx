import { useState } from 'react';
import { countOf } from '../../../core/messages/numbers';
import { ApiError } from '../../lib/api-client';
import { type CsvImported, type CsvPreview, postCsv } from './csv-upload';

/** Pick a CSV, see which rows are valid and what is wrong with the others (line + column), then import all or nothing. */
export function CsvImport() {
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
      setMessage(error instanceof ApiError ? error.message : 'Could not read the file.');
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (text === null) return;
    setBusy(true);
    try {
      const result = await postCsv<CsvImported>(false, text);
      setMessage(`Imported ${countOf(result.imported.episodes, 'episode')} from ${fileName}.`);
      setPreview(null);
      setText(null);
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : 'Import failed; nothing was changed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" className="card">
      <h2 id="import-heading">Import episodes from CSV</h2>
      <p className="hint">
        One row per episode with a header row (at least <code>startedAt</code> and <code>region</code>), as the CSV
        export writes it. Nothing is imported if any row has a problem.
      </p>
      <div className="field">
        <label htmlFor="csv-file">CSV file</label>
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
      {busy && <p aria-live="polite">Checking…</p>}
      {preview && (
        <div aria-live="polite">
          <p>
            {countOf(preview.valid, 'valid row')}
            {preview.errors.length > 0 ? `, ${countOf(preview.errors.length, 'problem')}` : ''}.
          </p>
          {preview.errors.length > 0 && (
            <table>
              <caption>Problems to fix before importing</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
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
              <caption>First rows to import</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">When</th>
                  <th scope="col">Where</th>
                  <th scope="col">Pain</th>
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
              Import {countOf(preview.valid, 'episode')}
            </button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
