/**
 * User-facing labels for every vocabulary id, kept apart from logic so the text can be reviewed and
 * translated. Each map is a `Record<Id, ...>`, so a missing label is a type error.
 */

export { LABEL_TABLES, type LocalisedLabels, localiseLabels } from './label-tables';
export { countOf, formatNumber } from './numbers';
export { SIGN_LABELS, type SignLabel } from './sign-labels';
export {
  CARE_LEVEL_LABELS,
  type CareLevelLabel,
  type DescribedLabel,
  DISCLAIMER,
  EPISODE_TYPE_LABELS,
  MASSAGE_LEVEL_LABELS,
  PRESSURE_LABELS,
  TECHNIQUE_LABELS,
} from './verdict-labels';
export {
  ACTION_LABELS,
  CONDITION_LABELS,
  CONTEXT_LABELS,
  EXERCISE_INTENSITY_LABELS,
  FREQUENCY_LABELS,
  MEDICATION_LABELS,
  REGION_LABELS,
  REGION_SHORT_LABELS,
  RESPONSE_LABELS,
  SCHEDULE_GUIDELINE_LABELS,
  SIDE_LABELS,
  TOPIC_LABELS,
} from './vocabulary-labels';
