/**
 * The escalation findings worded for the clinician who reads the report. The words moved to
 * src/core/insights/alert-words.ts (namespace `insights`, every locale); this module keeps the old import path.
 */
export { type ClinicianAlert, describeAlertForClinician } from '../insights/alert-words';
