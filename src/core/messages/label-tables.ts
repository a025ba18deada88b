import type { Translator } from '../i18n/translator';
import { EPISODE_FIELD_LABELS } from './episode-fields';
import {
  CRAMP_TIMING_LABELS,
  PRESENTATION_LABELS,
  QUESTION_TEXTS,
  TIGHTNESS_DURATION_LABELS,
} from './questionnaire-labels';
import { SIGN_LABELS } from './sign-labels';
import {
  DISCLAIMER,
  EPISODE_TYPE_LABELS,
  MASSAGE_LEVEL_LABELS,
  PRESSURE_LABELS,
  TECHNIQUE_LABELS,
} from './verdict-labels';
import {
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

/**
 * Every label table of src/core/messages by its name in the `labels` catalog: `labels.<table>.<id>[.<field>]`
 * (e.g. `labels.region.calf`, `labels.sign.swelling.question`). The en-GB catalog holds exactly these texts
 * (label-tables.test.ts), so `localiseLabels` with the en-GB translator gives back these same objects.
 */
export const LABEL_TABLES = {
  'region-short': REGION_SHORT_LABELS,
  region: REGION_LABELS,
  side: SIDE_LABELS,
  context: CONTEXT_LABELS,
  condition: CONDITION_LABELS,
  medication: MEDICATION_LABELS,
  frequency: FREQUENCY_LABELS,
  response: RESPONSE_LABELS,
  topic: TOPIC_LABELS,
  action: ACTION_LABELS,
  'exercise-intensity': EXERCISE_INTENSITY_LABELS,
  'schedule-guideline': SCHEDULE_GUIDELINE_LABELS,
  sign: SIGN_LABELS,
  'massage-level': MASSAGE_LEVEL_LABELS,
  'episode-type': EPISODE_TYPE_LABELS,
  technique: TECHNIQUE_LABELS,
  pressure: PRESSURE_LABELS,
  question: QUESTION_TEXTS,
  presentation: PRESENTATION_LABELS,
  'cramp-timing': CRAMP_TIMING_LABELS,
  'tightness-duration': TIGHTNESS_DURATION_LABELS,
  'episode-field': EPISODE_FIELD_LABELS,
  disclaimer: { text: DISCLAIMER },
} as const;

export type LabelTables = typeof LABEL_TABLES;
/** The same shapes as the tables, with plain `string` where the source has a literal type. */
export type Localised<T> = T extends string ? string : { readonly [K in keyof T]: Localised<T[K]> };
export type LocalisedLabels = Localised<LabelTables>;

/** Every `key → en-GB text` of a table tree, flattened the way the catalog stores it. */
export function flattenTexts(tree: unknown, prefix: string, into: Record<string, string> = {}): Record<string, string> {
  if (typeof tree === 'string') into[prefix] = tree;
  else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree))
      flattenTexts(value, prefix === '' ? key : `${prefix}.${key}`, into);
  }
  return into;
}

/** The tree with every text replaced by the catalog message at its key (same shape, same ids). */
export function translateTree<T>(tree: T, prefix: string, t: (key: string) => string): Localised<T> {
  if (typeof tree === 'string') return t(prefix) as Localised<T>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree as object)) out[key] = translateTree(value, `${prefix}.${key}`, t);
  return out as Localised<T>;
}

const cache = new WeakMap<Translator, LocalisedLabels>();

/**
 * Every label table in the translator's language (needs the `labels` namespace loaded). Same keys as the
 * English tables: `localiseLabels(t).region.calf`, `localiseLabels(t).sign.swelling.question`.
 */
export function localiseLabels(t: Translator): LocalisedLabels {
  let labels = cache.get(t);
  if (!labels) {
    labels = translateTree(LABEL_TABLES, 'labels', (key) => t.t(key));
    cache.set(t, labels);
  }
  return labels;
}
