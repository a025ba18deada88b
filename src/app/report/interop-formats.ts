/** The CSV and FHIR export formats, plugged into the API engineer's EXPORT_FORMATS registry. */
import type { Backup } from '../../core/interop/backup';
import { buildEpisodesCsv } from '../../core/interop/episodes-csv';
import { buildFhirBundle } from '../../core/interop/fhir';

/** Same shape as ExportFormat in ../export-formats (declared here so the registry can import us without a cycle). */
export interface InteropFormat {
  id: string;
  mediaType: string;
  extension: string;
  render(backup: Backup): string;
}

export const csvFormat: InteropFormat = {
  id: 'csv',
  mediaType: 'text/csv',
  extension: 'csv',
  render: (backup: Backup) => buildEpisodesCsv(backup.episodes),
};

export const fhirFormat: InteropFormat = {
  id: 'fhir',
  mediaType: 'application/fhir+json',
  extension: 'fhir.json',
  render: (backup: Backup) =>
    `${JSON.stringify(buildFhirBundle({ episodes: backup.episodes, sessions: backup.sessions }, undefined, { timestamp: backup.exportedAt }), null, 2)}\n`,
};
