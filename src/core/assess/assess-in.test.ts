import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslator } from '../i18n/catalogs';
import type { Locale } from '../i18n/locales';
import type { Translator } from '../i18n/translator';
import { type CarePlace, COUNTRIES, careLevelLabelFor, careLevelLabelIn } from '../messages/care-words';
import { LABEL_TABLES, localiseLabels } from '../messages/label-tables';
import { CARE_LEVEL_LABELS } from '../messages/verdict-labels';
import { cueWordsIn, durationIn, EN_GB_CUE_WORDS, EN_GB_PLAN_WORDING } from '../plan/plan-wording';
import { WORSE_ADVICE, worseAdviceIn } from '../plan/session-advice';
import { localiseQuestion } from '../questionnaire/localise-question';
import { listQuestions } from '../questionnaire/questions';
import type { Situation } from '../situation';
import { CARE_LEVELS, REGIONS } from '../vocabulary';
import { arbitrarySituation } from './arbitrary-situation.test-support';
import { ASSESSMENT_NAMESPACES, assessSituationIn } from './assess-in';
import { assessSituation } from './assess-situation';
import { assessmentWordingIn } from './assessment-wording';
import { RULES } from './rules';

const t: Partial<Record<Locale, Translator>> = {};
beforeAll(async () => {
  for (const locale of ['en-GB', 'en-US', 'es', 'de'] as const)
    t[locale] = await loadTranslator(locale, ASSESSMENT_NAMESPACES);
});
const tr = (locale: Locale) => t[locale]!;
const GB: CarePlace = { country: 'GB' };

/** Every text of an assessment, in a fixed order (sources are citations and stay as they are). */
function textsOf(a: ReturnType<typeof assessSituation>): string[] {
  return [
    ...a.reasons.map((r) => r.text),
    ...a.factors.flatMap((f) => [f.label, f.why]),
    ...a.avoid.map((x) => x.text),
    a.expectedDuration.text,
    ...a.worryIf.map((w) => w.text),
    ...(a.plan ? [...a.plan.steps.flatMap((s) => [s.title, s.instructions, ...s.cautions]), a.plan.stopRule.text] : []),
    ...(a.schedule ? [a.schedule.text, a.schedule.stopRule.text] : []),
    a.disclaimer,
  ];
}

/** Situations that reach every kind of text: red flags, gentle and full plans, tightness, children. */
const SAMPLE: readonly Situation[] = [
  { region: 'calf', ongoing: true, durationMinutes: 3 },
  { region: 'calf', signs: ['chest-pain'] },
  { region: 'neck', signs: ['fever'] },
  { region: 'lower-back', signs: ['fever'], presentation: 'tightness', durationMinutes: 3000 },
  { region: 'calf', signs: ['swelling', 'redness'] },
  { region: 'hand', context: ['wound'], age: 8, intensity: 9 },
  {
    region: 'thigh-back',
    context: ['injury', 'exercise'],
    signs: ['bruising', 'numbness'],
    history: { frequency: 'weekly' },
  },
  { region: 'shoulder', presentation: 'tightness', durationMinutes: 30240 },
  { region: 'foot', signs: ['hand-foot-spasm'], context: ['heat'] },
  { region: 'jaw', signs: ['jaw-stiffness'] },
];

describe('en-GB with GB is today’s text, byte for byte', () => {
  it('for random situations, the localised assessment deep-equals the engine’s own', () => {
    fc.assert(
      fc.property(arbitrarySituation, (situation) => {
        expect(assessSituationIn(situation, tr('en-GB'), GB)).toEqual(assessSituation(situation));
      }),
      { numRuns: 400, seed: 31 },
    );
  });

  it('the label tables, questions, cues, the worse advice and durations read the same from the catalog', () => {
    const en = tr('en-GB');
    expect(localiseLabels(en)).toEqual(LABEL_TABLES);
    expect(CARE_LEVELS.map((c) => careLevelLabelIn(en, c))).toEqual(CARE_LEVELS.map((c) => CARE_LEVEL_LABELS[c]));
    for (const country of COUNTRIES) {
      const place = { country };
      expect(CARE_LEVELS.map((c) => careLevelLabelIn(en, c, place))).toEqual(
        CARE_LEVELS.map((c) => careLevelLabelFor(c, place)),
      );
    }
    const words = cueWordsIn(en);
    expect([words.getReady, words.release, words.complete, words.next('Stretch'), words.hold(2, 3)]).toEqual([
      EN_GB_CUE_WORDS.getReady,
      EN_GB_CUE_WORDS.release,
      EN_GB_CUE_WORDS.complete,
      EN_GB_CUE_WORDS.next('Stretch'),
      EN_GB_CUE_WORDS.hold(2, 3),
    ]);
    expect(worseAdviceIn(en)).toEqual(WORSE_ADVICE);
    for (const seconds of [0, 5, 30, 59, 60, 90, 125, 630, 3600, 5430])
      expect(durationIn(en, seconds)).toBe(EN_GB_PLAN_WORDING.duration(seconds));
    for (const region of REGIONS) {
      const state = { answers: { region, presentation: 'cramp' as const }, answered: [], memory: {} };
      for (const question of listQuestions(state)) expect(localiseQuestion(question, en)).toEqual(question);
    }
  });
});

describe('other languages', () => {
  const TRANSLATED: readonly Locale[] = ['es', 'de'];
  it.each(TRANSLATED)(
    '%s: no text of an assessment is left in English (reasons, factors, avoid, plan, schedule)',
    (locale) => {
      const english = tr('en-GB');
      for (const situation of SAMPLE) {
        const en = assessSituationIn(situation, english, GB);
        const other = assessSituationIn(situation, tr(locale), { country: locale === 'es' ? 'ES' : 'DE' });
        // Same verdict, ids, sources and numbers: only the words change.
        expect(other.care).toBe(en.care);
        expect(other.massage).toBe(en.massage);
        expect(other.reasons.map((r) => [r.id, r.source])).toEqual(en.reasons.map((r) => [r.id, r.source]));
        expect(other.plan?.steps.map((s) => [s.technique, s.durationSeconds])).toEqual(
          en.plan?.steps.map((s) => [s.technique, s.durationSeconds]),
        );
        // Every text, including the knowledge ones (F's catalog), differs from its English.
        const mine = textsOf(other);
        const englishTexts = textsOf(en);
        expect(mine.length).toBe(englishTexts.length);
        const leftovers = mine.filter((text, index) => text === englishTexts[index]);
        expect({ situation, leftovers }).toEqual({ situation, leftovers: [] });
      }
      const labels = localiseLabels(tr(locale));
      const englishLabels = localiseLabels(english);
      const same = Object.entries(labels.sign).filter(
        ([id, l]) => l.question === englishLabels.sign[id as 'fever'].question,
      );
      expect(same).toEqual([]);
    },
  );

  it('every rule text in every language names the chosen country’s care, never the UK’s elsewhere', () => {
    for (const locale of ['en-GB', 'en-US', 'es', 'de'] as const) {
      for (const country of COUNTRIES.filter((c) => c !== 'GB')) {
        const wording = assessmentWordingIn(tr(locale), { country });
        for (const rule of RULES)
          expect({ locale, country, rule: rule.id, text: wording.ruleText(rule) }).not.toEqual(
            expect.objectContaining({ text: expect.stringMatching(/\b999\b|NHS|A&E|\bGP\b|\b111\b/) }),
          );
        for (const care of CARE_LEVELS.filter((c) => c !== 'emergency_ambulance'))
          expect(careLevelLabelIn(tr(locale), care, { country }).action).not.toMatch(/\b999\b|NHS|A&E|\bGP\b/);
      }
    }
  });

  it('es + ES says 112 and urgencias; en-US + US says 911 and the emergency room; de + DE says 112 and 116 117', () => {
    const meningitis = RULES.find((r) => r.id === 'possible-meningitis')!;
    const spineFever = RULES.find((r) => r.id === 'spine-fever')!;
    const es = assessmentWordingIn(tr('es'), { country: 'ES' });
    expect(es.ruleText(meningitis)).toContain('Llama al 112');
    expect(careLevelLabelIn(tr('es'), 'emergency', { country: 'ES' }).action).toMatch(/urgencias.*112/);
    expect(careLevelLabelIn(tr('es'), 'emergency_ambulance', { country: 'ES' }).action).toContain('112');
    const us = assessmentWordingIn(tr('en-US'), { country: 'US' });
    expect(us.ruleText(meningitis)).toContain('Call 911');
    expect(careLevelLabelIn(tr('en-US'), 'emergency', { country: 'US' }).action).toContain('the emergency room');
    const de = assessmentWordingIn(tr('de'), { country: 'DE' });
    expect(de.ruleText(meningitis)).toContain('112');
    expect(de.ruleText(spineFever)).toContain('116 117');
    expect(careLevelLabelIn(tr('de'), 'consultation_24', { country: 'DE' }).action).toContain('116 117');
    // A chosen number wins over the country's own; a Spanish text for someone in Germany names German services.
    expect(assessmentWordingIn(tr('es'), { country: 'DE' }).ruleText(spineFever)).toContain('116 117');
    expect(
      assessmentWordingIn(tr('en-GB'), { country: 'other', emergencyNumber: '000' }).ruleText(meningitis),
    ).toContain('Call 000');
  });

  it('the whole assessment of a red flag reads in Spanish with 112', () => {
    const assessment = assessSituationIn({ region: 'neck', signs: ['fever'] }, tr('es'), { country: 'ES' });
    expect(assessment.care).toBe('emergency');
    expect(assessment.reasons[0]!.text).toMatch(/^Un cuello rígido con fiebre.*Llama al 112/);
    expect(assessment.disclaimer).toMatch(/^Knead ofrece/);
  });

  it('durations use the locale’s digits', () => {
    expect(durationIn(tr('de'), 630)).toBe('10,5 Min.');
    expect(durationIn(tr('es'), 630)).toBe('10,5 min');
    expect(durationIn(tr('en-US'), 630)).toBe('10.5 min');
  });
});

describe('the relief gate and the pseudo-locale', () => {
  const ready = {
    answers: { region: 'calf' as const, presentation: 'cramp' as const, ongoing: true },
    answered: ['region', 'presentation', 'red-flag-signs', 'red-flag-contexts'] as const,
    memory: {},
  };
  it('the relief stretch is the same in en-GB, and Spanish in es', async () => {
    const { findReliefStep } = await import('../questionnaire/relief-gate');
    const state = { ...ready, answered: [...ready.answered] };
    expect(findReliefStep(state, tr('en-GB'), GB)).toEqual(findReliefStep(state));
    const es = findReliefStep(state, tr('es'), { country: 'ES' });
    expect(es?.step.technique).toBe('stretch');
    expect(es?.step.instructions).toMatch(/Mantén \d+–\d+ segundos/);
  });

  it('en-XA pseudo-localises every text of an assessment (longer, accented) and keeps the ids', async () => {
    const pseudo = await loadTranslator('en-XA', ASSESSMENT_NAMESPACES);
    const situation: Situation = { region: 'calf', ongoing: true, durationMinutes: 3 };
    const a = assessSituationIn(situation, pseudo, GB);
    const en = assessSituation(situation);
    expect(a.reasons.map((r) => r.id)).toEqual(en.reasons.map((r) => r.id));
    for (const [i, r] of a.reasons.entries()) expect(r.text.length).toBeGreaterThan(en.reasons[i]!.text.length);
    expect(a.plan!.steps[0]!.title).toMatch(/^\[.*[ŕéţšáçĥ]/);
  });
});
