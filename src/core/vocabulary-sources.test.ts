import { describe, expect, it } from 'vitest';
import { CONDITION_LABELS, CONTEXT_LABELS, SIGN_LABELS } from './messages/labels';
import { SOURCES } from './sources';
import { CONDITIONS, CONTEXTS, SIGNS } from './vocabulary';
import { V2_VOCABULARY_SOURCES } from './vocabulary-sources';

const V2_IDS = [
  ...SIGNS.slice(SIGNS.indexOf('severe-headache')),
  'new-medicine',
  'major-trauma',
  'cancer-history',
  'immunosuppression',
  'tetanus-up-to-date',
];

describe('Assessment v2 vocabulary', () => {
  it('gives every new id a label, a plain question and a source', () => {
    for (const id of V2_IDS) {
      const source = V2_VOCABULARY_SOURCES[id as keyof typeof V2_VOCABULARY_SOURCES];
      expect(source && source in SOURCES, id).toBe(true);
      if ((SIGNS as readonly string[]).includes(id)) {
        const label = SIGN_LABELS[id as (typeof SIGNS)[number]];
        expect(label.label.length, id).toBeGreaterThan(2);
        expect(label.question.length, id).toBeGreaterThan(10);
      } else if ((CONTEXTS as readonly string[]).includes(id)) {
        expect(CONTEXT_LABELS[id as (typeof CONTEXTS)[number]].length, id).toBeGreaterThan(10);
      } else {
        expect((CONDITIONS as readonly string[]).includes(id), id).toBe(true);
        expect(CONDITION_LABELS[id as (typeof CONDITIONS)[number]].length, id).toBeGreaterThan(5);
      }
    }
    expect(Object.keys(V2_VOCABULARY_SOURCES).sort()).toEqual([...V2_IDS].sort());
  });
});
