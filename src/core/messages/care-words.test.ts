import { describe, expect, it } from 'vitest';
import { RULES } from '../assess/rules';
import { KNOWLEDGE_BASE } from '../knowledge';
import { CARE_LEVELS } from '../vocabulary';
import {
  CARE_WORDS,
  COUNTRIES,
  careLevelLabelFor,
  countryOfLanguage,
  emergencyNumberOf,
  localiseCareText,
} from './care-words';
import { CARE_LEVEL_LABELS } from './verdict-labels';

/** Every string reachable from a value (rule texts, topic items, advice). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

const TEXTS = [...new Set([...stringsIn(RULES), ...stringsIn(KNOWLEDGE_BASE)])];
const UK_TERMS = /\bGP\b|\b999\b|\b111\b|A&E|NHS 111|urgent treatment centre/;

describe('care words by country', () => {
  it('finds UK care terms in the texts to begin with (the rewrite has something to do)', () => {
    expect(TEXTS.filter((text) => UK_TERMS.test(text)).length).toBeGreaterThan(10);
  });

  for (const country of COUNTRIES.filter((c) => c !== 'GB')) {
    it(`leaves no UK care term in any rule or topic text for ${country}`, () => {
      const left = TEXTS.map((text) => localiseCareText(text, { country })).filter((text) => UK_TERMS.test(text));
      expect(left).toEqual([]);
    });
    it(`says ${CARE_WORDS[country].emergencyNumber} wherever the UK text says 999, for ${country}`, () => {
      const texts = TEXTS.filter((text) => /\b999\b/.test(text));
      for (const text of texts) {
        expect(localiseCareText(text, { country })).toContain(CARE_WORDS[country].emergencyNumber);
      }
    });
  }

  it('keeps UK texts as written, except for a number the person chose', () => {
    for (const text of TEXTS) expect(localiseCareText(text, { country: 'GB' })).toBe(text);
    const meningitis = TEXTS.find((text) => text.includes('call 999 or go to A&E')) as string;
    expect(localiseCareText(meningitis, { country: 'GB', emergencyNumber: '112' })).toContain('call 112 or go to A&E');
  });

  it('reads naturally in the US', () => {
    expect(localiseCareText('A stiff neck with a fever: call 999 or go to A&E.', { country: 'US' })).toBe(
      'A stiff neck with a fever: call 911 or go to the emergency room.',
    );
    expect(localiseCareText('Ask for an urgent GP appointment or call 111 today.', { country: 'US' })).toBe(
      'Ask for an urgent appointment with your doctor or contact urgent care today.',
    );
    expect(
      localiseCareText('Get the wound checked today (GP, urgent treatment centre or 111).', { country: 'US' }),
    ).toBe('Get the wound checked today (doctor or urgent care).');
  });

  it('gives every care level a banner naming the country’s care and number', () => {
    for (const country of COUNTRIES) {
      const words = CARE_WORDS[country];
      for (const care of CARE_LEVELS) {
        const label = careLevelLabelFor(care, { country });
        expect(label.label).toBe(CARE_LEVEL_LABELS[care].label);
        if (care.startsWith('emergency')) expect(label.action).toContain(words.emergencyNumber);
        if (care.startsWith('consultation')) expect(label.action).toContain(words.doctor);
        if (country !== 'GB') expect(label.action).not.toMatch(UK_TERMS);
      }
    }
    expect(careLevelLabelFor('consultation_24', { country: 'GB' }).action).toContain('NHS 111');
    expect(careLevelLabelFor('emergency_ambulance', { country: 'US', emergencyNumber: '112' }).action).toContain(
      'Call 112',
    );
  });

  it('guesses the country from the browser’s languages, else elsewhere', () => {
    expect(countryOfLanguage(['en-GB', 'en'])).toBe('GB');
    expect(countryOfLanguage(['en', 'en-US'])).toBe('US');
    expect(countryOfLanguage(['de-DE'])).toBe('DE');
    expect(countryOfLanguage(['es-ES'])).toBe('ES');
    expect(countryOfLanguage(['zh-Hant-TW', 'fr-FR'])).toBe('other');
    expect(countryOfLanguage([])).toBe('other');
  });

  it('uses the chosen number over the country’s own', () => {
    expect(emergencyNumberOf({ country: 'US' })).toBe('911');
    expect(emergencyNumberOf({ country: 'US', emergencyNumber: '000' })).toBe('000');
  });
});
