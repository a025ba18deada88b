import { describe, expect, it } from 'vitest';
import { SCHEDULE_GUIDELINES } from '../assessment';
import { ACTIONS, EXERCISE_INTENSITIES } from '../journal';
import {
  CARE_LEVELS,
  CONDITIONS,
  CONTEXTS,
  EPISODE_TYPES,
  FREQUENCIES,
  MASSAGE_LEVELS,
  MEDICATIONS,
  PRESSURES,
  REGIONS,
  RESPONSES,
  SIDES,
  SIGNS,
  TECHNIQUES,
  TOPICS,
} from '../vocabulary';
import {
  ACTION_LABELS,
  CARE_LEVEL_LABELS,
  CONDITION_LABELS,
  CONTEXT_LABELS,
  DISCLAIMER,
  EPISODE_TYPE_LABELS,
  EXERCISE_INTENSITY_LABELS,
  FREQUENCY_LABELS,
  MASSAGE_LEVEL_LABELS,
  MEDICATION_LABELS,
  PRESSURE_LABELS,
  REGION_LABELS,
  RESPONSE_LABELS,
  SCHEDULE_GUIDELINE_LABELS,
  SIDE_LABELS,
  SIGN_LABELS,
  TECHNIQUE_LABELS,
  TOPIC_LABELS,
} from './labels';

/** Every string reachable in a label entry (a plain string or an object of strings). */
function collectTexts(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  if (entry && typeof entry === 'object') return Object.values(entry).flatMap(collectTexts);
  return [];
}

const cases: [string, readonly string[], Record<string, unknown>][] = [
  ['regions', REGIONS, REGION_LABELS],
  ['sides', SIDES, SIDE_LABELS],
  ['contexts', CONTEXTS, CONTEXT_LABELS],
  ['signs', SIGNS, SIGN_LABELS],
  ['conditions', CONDITIONS, CONDITION_LABELS],
  ['medications', MEDICATIONS, MEDICATION_LABELS],
  ['frequencies', FREQUENCIES, FREQUENCY_LABELS],
  ['responses', RESPONSES, RESPONSE_LABELS],
  ['care levels', CARE_LEVELS, CARE_LEVEL_LABELS],
  ['massage levels', MASSAGE_LEVELS, MASSAGE_LEVEL_LABELS],
  ['episode types', EPISODE_TYPES, EPISODE_TYPE_LABELS],
  ['techniques', TECHNIQUES, TECHNIQUE_LABELS],
  ['pressures', PRESSURES, PRESSURE_LABELS],
  ['topics', TOPICS, TOPIC_LABELS],
  ['actions', ACTIONS, ACTION_LABELS],
  ['exercise intensities', EXERCISE_INTENSITIES, EXERCISE_INTENSITY_LABELS],
  ['schedule guidelines', SCHEDULE_GUIDELINES, SCHEDULE_GUIDELINE_LABELS],
];

describe('labels', () => {
  it.each(cases)('every %s id has a non-empty label and no stray keys', (_name, ids, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const texts = collectTexts(labels[id]);
      expect(texts.length, id).toBeGreaterThan(0);
      for (const text of texts) expect(text.trim(), id).not.toBe('');
    }
  });

  it('phrases every sign as something a person can recognise, never as the id', () => {
    for (const sign of SIGNS.filter((id) => id.includes('-'))) {
      expect(SIGN_LABELS[sign].question.toLowerCase()).not.toContain(sign);
    }
    for (const sign of SIGNS) {
      expect(SIGN_LABELS[sign].question).toMatch(/^[A-Z]/);
    }
    expect(SIGN_LABELS['hand-foot-spasm'].question).toMatch(/claw/);
  });

  it('gives distinct headlines to distinct care levels, the most urgent telling to call an ambulance', () => {
    const headlines = CARE_LEVELS.map((level) => CARE_LEVEL_LABELS[level].headline);
    expect(new Set(headlines).size).toBe(CARE_LEVELS.length);
    expect(CARE_LEVEL_LABELS.emergency_ambulance.headline).toMatch(/ambulance/i);
  });

  it('says Knead is not a diagnosis', () => {
    expect(DISCLAIMER).toMatch(/not a diagnosis/);
  });
});
