import type { Backup } from '../core/interop/backup';
import type { ExportFormatId } from './export-format-ids';
import { csvFormat, fhirFormat } from './report/interop-formats';

/** One way to write a backup: the interop layer registers csv and fhir here beside json. */
export interface ExportFormat {
  id: string;
  mediaType: string;
  extension: string;
  render(backup: Backup): string;
}

const json: ExportFormat = {
  id: 'json',
  mediaType: 'application/json',
  extension: 'json',
  render: (backup) => `${JSON.stringify(backup, null, 2)}\n`,
};

/** Export formats by id. Add one entry per format here and its id in export-format-ids.ts (the type keeps both
 *  lists equal), so server and CLI list the same ones. */
export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {
  json,
  csv: csvFormat,
  fhir: fhirFormat,
} satisfies Record<ExportFormatId, ExportFormat>;
