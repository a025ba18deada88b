import { describe, expect, it } from 'vitest';
import de from '../i18n/catalog/knowledge/de.json';
import enGB from '../i18n/catalog/knowledge/en-GB.json';
import es from '../i18n/catalog/knowledge/es.json';
import { loadTranslator } from '../i18n/catalogs';
import { LOCALES } from '../i18n/locales';
import { REGIONS } from '../vocabulary';
import {
  AFTER_WORKOUT_ITEMS,
  AGGRAVATORS,
  BENEFITS,
  CAUSES,
  DURATION_NOTES,
  DURATION_PATTERNS,
  FREQUENCY_GUIDELINES,
  HEAT_COLD_ITEMS,
  HOW_MASSAGE_HELPS,
  HOW_TO_STEPS,
  KNOWLEDGE_BASE,
  MASSAGE_TIPS,
  MEDICATION_ITEMS,
  MONITORING_RULE,
  NUTRITION_HYDRATION_ITEMS,
  PINCHED_NERVE_ITEMS,
  PREVENTION_ITEMS,
  REGION_GUIDES,
  SHOULD_MASSAGE_ITEMS,
  SHOULDER_PAIN_ITEMS,
  STOP_RULE,
  STRETCHING_ITEMS,
  TECHNIQUE_GUIDES,
  TECHNIQUE_NOTES,
  TOPICS,
  WARNING_SIGNS,
  WHEN_MASSAGE_HELPS,
  WHY_MASSAGE_FEELS_GOOD,
} from './index';
import { extractKnowledgeCatalog, knowledgeBaseIn, localiseKnowledge } from './localise';
import { STOP_RULE_TEXT } from './techniques';

/** Every string in a value, with its path, skipping ids, sources and matchers. */
function texts(value: unknown, path = '', found: Map<string, string> = new Map()): Map<string, string> {
  if (typeof value === 'string') found.set(path, value);
  else if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) texts(element, `${path}[${index}]`, found);
  } else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (['id', 'source', 'citation', 'when', 'suitable', 'region', 'technique', 'care'].includes(key)) continue;
      texts(field, `${path}.${key}`, found);
    }
  }
  return found;
}

describe('the knowledge base in a locale', () => {
  it('the committed en-GB catalog has a message for every English text (run scripts/knowledge-catalog.ts)', () => {
    const english = extractKnowledgeCatalog();
    expect(Object.keys(enGB).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(enGB as Record<string, string>)) {
      if (!message.includes('{')) expect(message, key).toBe(english[key]);
    }
  });

  it('names the care services and emergency number of the chosen country, in every language', async () => {
    const uk = localiseKnowledge(await loadTranslator('en-GB', ['knowledge']));
    const meningitis = (k: typeof uk) => k.warningSigns.find((sign) => sign.id === 'warning-meningitis')!.text;
    expect(meningitis(uk)).toContain('call 999 or go to A&E');
    const usInUk = localiseKnowledge(await loadTranslator('en-GB', ['knowledge']), { country: 'US' });
    expect(meningitis(usInUk)).toContain('call 911 or go to the emergency room');
    const chosen = localiseKnowledge(await loadTranslator('en-GB', ['knowledge']), {
      country: 'GB',
      emergencyNumber: '112',
    });
    expect(meningitis(chosen)).toContain('call 112 or go to A&E');
    for (const locale of LOCALES) {
      for (const country of ['GB', 'US', 'ES', 'DE', 'other'] as const) {
        const k = localiseKnowledge(await loadTranslator(locale, ['knowledge']), { country });
        const text = meningitis(k);
        expect(text, `${locale} ${country}`).toContain(
          { GB: '999', US: '911', ES: '112', DE: '112', other: '112' }[country],
        );
        if (country !== 'GB') expect(text, `${locale} ${country}`).not.toMatch(/\bA&E\b|\bGP\b|\b111\b/);
      }
    }
  });

  it('en-GB is deep-equal to today’s data, collection by collection', async () => {
    const k = localiseKnowledge(await loadTranslator('en-GB', ['knowledge']));
    expect(k.topics).toEqual(TOPICS);
    expect(k.causes).toEqual(CAUSES);
    expect(k.aggravators).toEqual(AGGRAVATORS);
    expect(k.durationPatterns).toEqual(DURATION_PATTERNS);
    expect(k.durationNotes).toEqual(DURATION_NOTES);
    expect(k.techniques).toEqual(TECHNIQUE_GUIDES);
    expect(k.regions).toEqual(REGION_GUIDES);
    expect(k.frequencyGuidelines).toEqual(FREQUENCY_GUIDELINES);
    expect(k.monitoringRule).toEqual(MONITORING_RULE);
    expect(k.benefits).toEqual(BENEFITS);
    expect(k.howMassageHelps).toEqual(HOW_MASSAGE_HELPS);
    expect(k.whyMassageFeelsGood).toEqual(WHY_MASSAGE_FEELS_GOOD);
    expect(k.whenMassageHelps).toEqual(WHEN_MASSAGE_HELPS);
    expect(k.warningSigns).toEqual(WARNING_SIGNS);
    expect(k.heatCold).toEqual(HEAT_COLD_ITEMS);
    expect(k.howToSteps).toEqual(HOW_TO_STEPS);
    expect(k.massageTips).toEqual(MASSAGE_TIPS);
    expect(k.techniqueNotes).toEqual(TECHNIQUE_NOTES);
    expect(k.pinchedNerve).toEqual(PINCHED_NERVE_ITEMS);
    expect(k.shoulderPain).toEqual(SHOULDER_PAIN_ITEMS);
    expect(k.afterWorkout).toEqual(AFTER_WORKOUT_ITEMS);
    expect(k.medication).toEqual(MEDICATION_ITEMS);
    expect(k.nutritionHydration).toEqual(NUTRITION_HYDRATION_ITEMS);
    expect(k.prevention).toEqual(PREVENTION_ITEMS);
    expect(k.stretching).toEqual(STRETCHING_ITEMS);
    expect(k.shouldMassage).toEqual(SHOULD_MASSAGE_ITEMS);
    expect(k.stopRule).toEqual(STOP_RULE);
    expect(k.stopRuleText).toBe(STOP_RULE_TEXT);
  });

  it('en-GB prints byte-identical JSON to KNOWLEDGE_BASE (knead knowledge --json, GET /api/v1/knowledge)', async () => {
    const base = knowledgeBaseIn(await loadTranslator('en-GB', ['knowledge']));
    expect(JSON.stringify(base)).toBe(JSON.stringify(KNOWLEDGE_BASE));
  });

  it.each(LOCALES)(
    '%s keeps every id, matcher, number and source, and fills every text (keyword lists may differ)',
    async (locale) => {
      const k = localiseKnowledge(await loadTranslator(locale, ['knowledge']));
      const strip = (value: unknown): unknown =>
        JSON.parse(
          JSON.stringify(value, (key, field) => (key === 'keywords' || typeof field === 'string' ? 'TEXT' : field)),
        );
      expect(strip(knowledgeBaseIn(await loadTranslator(locale, ['knowledge'])))).toEqual(strip(KNOWLEDGE_BASE));
      for (const [path, text] of texts(k)) expect(text.trim(), path).not.toBe('');
      expect(Object.keys(k.regions).sort()).toEqual([...REGIONS].sort());
      // Ids, sources and care levels are stable whatever the language.
      expect(k.warningSigns.map((sign) => [sign.id, sign.care, sign.source])).toEqual(
        WARNING_SIGNS.map((sign) => [sign.id, sign.care, sign.source]),
      );
    },
  );

  it.each([
    ['es', es],
    ['de', de],
  ] as const)('%s leaves no knowledge text in English', (_locale, catalog) => {
    const source = enGB as Record<string, string>;
    const same = Object.entries(catalog as Record<string, string>).filter(([key, text]) => text === source[key]);
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('keeps every safety instruction: the emergency and care texts name a number or a service in every language', async () => {
    for (const locale of LOCALES) {
      const k = localiseKnowledge(await loadTranslator(locale, ['knowledge']));
      const emergency = k.warningSigns.filter((sign) => sign.care === 'emergency_ambulance');
      for (const sign of emergency)
        expect(sign.text, `${locale} ${sign.id}`).toMatch(/999|911|112|ambulan|Rettungswagen/i);
    }
  });
});
