import type { SourceId } from './sources';
import type { Condition, Context, Sign } from './vocabulary';

/** Where each id added for Assessment v2 comes from (its label and question live in messages/). */
export const V2_VOCABULARY_SOURCES: Readonly<Partial<Record<Sign | Context | Condition, SourceId>>> = {
  'severe-headache': 'nhs:meningitis',
  rash: 'nhs:meningitis',
  'involuntary-twisting': 'clinical:acute-dystonia',
  'spreading-bruise': 'nhs:anticoagulants',
  'tight-swelling': 'clinical:fracture-compartment',
  'pain-out-of-proportion': 'clinical:fracture-compartment',
  'progressive-weakness': 'nice:cks-back-pain',
  'weight-loss': 'nice:cks-back-pain',
  'unrelenting-pain': 'nhs:back-pain',
  'no-sweating': 'nhs:heatstroke',
  'new-medicine': 'merck:muscle-cramps',
  'major-trauma': 'nhs:back-pain',
  'cancer-history': 'nice:ng234-spinal-metastases',
  immunosuppression: 'nice:cks-back-pain',
  'tetanus-up-to-date': 'nhs:tetanus',
};
