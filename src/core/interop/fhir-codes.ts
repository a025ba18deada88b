/** Terminology for the FHIR export: SNOMED CT findings, body sites and laterality, LOINC, UCUM. */
import type { Region, Side } from '../vocabulary';
import { labelSite } from './labels';

export const SNOMED = 'http://snomed.info/sct';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
/** Knead's own code system for ids that have no standard code (care levels, massage permission). */
export const KNEAD_SYSTEM = 'https://knead.app/fhir/CodeSystem';

export interface Coding {
  system: string;
  code: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** Findings: a brief cramp vs a (prolonged or unspecified) spasm. */
export const FINDING_CODES = {
  cramp: { system: SNOMED, code: '55300003', display: 'Cramp' },
  spasm: { system: SNOMED, code: '45352006', display: 'Spasm' },
} as const satisfies Record<string, Coding>;

/** SNOMED CT "Therapeutic massage" (procedure). */
export const MASSAGE_CODE: Coding = { system: SNOMED, code: '387854002', display: 'Therapeutic massage' };

/** LOINC pain severity 0–10 verbal numeric rating, reported. */
export const PAIN_SEVERITY_CODE: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
/** SNOMED CT "Duration" (attribute), used as the component code for how long the episode lasted. */
export const DURATION_CODE: Coding = { system: SNOMED, code: '103335007', display: 'Duration' };

/** SNOMED CT laterality attribute and qualifier values. */
export const LATERALITY_ATTRIBUTE = '272741003';
export const LATERALITY_CODES: Partial<Record<Side, Coding>> = {
  left: { system: SNOMED, code: '7771000', display: 'Left' },
  right: { system: SNOMED, code: '24028007', display: 'Right' },
  both: { system: SNOMED, code: '51440002', display: 'Right and left' },
};

/**
 * SNOMED CT body structures per region (codes as in DICOM CID 4031 "Common Anatomic Regions"). Where SNOMED has no
 * exact concept (front/back of thigh, shin, upper back) the nearest parent is used and `text` keeps the precise name.
 */
export const BODY_SITE_CODES: Record<Region, Coding> = {
  neck: { system: SNOMED, code: '45048000', display: 'Neck structure' },
  shoulder: { system: SNOMED, code: '16982005', display: 'Shoulder region structure' },
  'upper-back': { system: SNOMED, code: '77568009', display: 'Back structure, excluding buttocks' },
  'lower-back': { system: SNOMED, code: '52612000', display: 'Lumbar region structure' },
  chest: { system: SNOMED, code: '43799004', display: 'Thorax' },
  abdomen: { system: SNOMED, code: '818981001', display: 'Abdomen' },
  'upper-arm': { system: SNOMED, code: '40983000', display: 'Upper arm structure' },
  forearm: { system: SNOMED, code: '14975008', display: 'Forearm structure' },
  hand: { system: SNOMED, code: '85562004', display: 'Hand structure' },
  hip: { system: SNOMED, code: '29836001', display: 'Hip region structure' },
  glute: { system: SNOMED, code: '46862004', display: 'Buttock structure' },
  'thigh-front': { system: SNOMED, code: '68367000', display: 'Thigh structure' },
  'thigh-back': { system: SNOMED, code: '68367000', display: 'Thigh structure' },
  groin: { system: SNOMED, code: '26893007', display: 'Inguinal region structure' },
  calf: { system: SNOMED, code: '53840002', display: 'Structure of calf of leg' },
  shin: { system: SNOMED, code: '30021000', display: 'Lower leg structure' },
  foot: { system: SNOMED, code: '56459004', display: 'Foot structure' },
  jaw: { system: SNOMED, code: '661005', display: 'Jaw region structure' },
};

/**
 * The body site as a CodeableConcept: the site code, plus (with a side) a SNOMED CT post-coordinated expression
 * `site : 272741003 |Laterality| = side` so systems that understand expressions get the laterality qualifier.
 * @example buildBodySite('calf', 'left').coding?.[1]?.code // '53840002:272741003=7771000'
 */
export function buildBodySite(region: Region, side?: Side): CodeableConcept {
  const site = BODY_SITE_CODES[region];
  const coding: Coding[] = [site];
  const laterality = side ? LATERALITY_CODES[side] : undefined;
  if (laterality) {
    coding.push({
      system: SNOMED,
      code: `${site.code}:${LATERALITY_ATTRIBUTE}=${laterality.code}`,
      display: `${site.display} : Laterality = ${laterality.display}`,
    });
  }
  return { coding, text: labelSite(region, side) };
}
