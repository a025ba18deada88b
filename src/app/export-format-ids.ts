/** The ids of the export formats, for help texts that must load nothing else (`knead --help` loads no zod). */
export const EXPORT_FORMAT_IDS = ['json', 'csv', 'fhir'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];
