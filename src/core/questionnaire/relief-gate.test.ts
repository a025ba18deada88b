import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrarySituation } from '../assess/arbitrary-situation.test-support';
import { assessSituation } from '../assess/assess-situation';
import { screenRedFlags } from '../assess/screening';
import { type Context, isEmergencyCare, REGIONS, type Sign } from '../vocabulary';
import { toAssessable } from './answers';
import { answerQuestion, nextQuestion } from './flow';
import type { QuestionId, QuestionnaireState } from './question-types';
import { listQuestions } from './questions';
import { findReliefStep } from './relief-gate';
import { answerAs } from './walk';

const SCREENED: QuestionId[] = ['region', 'presentation', 'red-flag-signs', 'red-flag-contexts'];
const calfNow = (answers: QuestionnaireState['answers'] = {}, answered = SCREENED): QuestionnaireState => ({
  answers: { region: 'calf', presentation: 'cramp', ongoing: true, durationMinutes: 1, ...answers },
  answered,
  memory: {},
});

/** Every red flag a region's screen asks about (signs, recent events, conditions). */
const redFlagsOf = (region: (typeof REGIONS)[number]) => screenRedFlags(region);

describe('the relief gate', () => {
  it('gives the calf stretch with its timing and sources once the red-flag screen is answered clear', () => {
    const relief = findReliefStep(calfNow());
    expect(relief?.step).toMatchObject({
      technique: 'stretch',
      hold: { minSeconds: 15, maxSeconds: 30 },
      repetitions: 3,
    });
    expect(relief?.step.instructions).toMatch(/^Calf stretch: .*pull your toes up toward you/);
    expect(relief?.step.source).toMatch(/Article/);
    expect(relief?.regionSource).toBe('NHS: Leg cramps');
    expect(relief?.step.cautions).toContain(
      'If the pain intensifies or the spasm worsens, stop the massage and seek medical advice.',
    );
  });

  it('says which later answers would rule the stretch out, from the engine (an open wound, a swollen red leg)', () => {
    const skipIf = findReliefStep(calfNow())?.skipIf ?? [];
    expect(skipIf).toEqual(
      expect.arrayContaining([
        'Still cramping: for more than an hour',
        'There is a cut, graze or open wound at the spot',
        'The area looks swollen or puffy',
        'The skin over it is red or darker than usual',
      ]),
    );
  });

  it('gives nothing before the screen is answered, for a cramp that is over, or for a tightness', () => {
    expect(findReliefStep(calfNow({}, ['region', 'presentation']))).toBeNull();
    expect(findReliefStep(calfNow({}, ['region', 'presentation', 'red-flag-signs']))).toBeNull();
    expect(findReliefStep(calfNow({ ongoing: false }))).toBeNull();
    expect(findReliefStep(calfNow({ ongoing: undefined }))).toBeNull();
    expect(findReliefStep(calfNow({ presentation: 'tightness' }))).toBeNull();
    expect(findReliefStep(calfNow({ presentation: undefined }))).toBeNull();
  });

  it('gives nothing when a red flag is ticked, when a follow-up of the screen is unanswered, or when it is long', () => {
    expect(findReliefStep(calfNow({ signs: ['chest-pain'] }))).toBeNull();
    expect(findReliefStep(calfNow({ context: ['injury'] }))).toBeNull();
    expect(findReliefStep(calfNow({ durationMinutes: 61 }))).toBeNull();
    // A wound calls for the tetanus follow-up: still part of the screen.
    expect(findReliefStep(calfNow({ context: ['wound'] }))).toBeNull();
    // No self-stretch for a chest spasm (and it is a consultation within 24 h anyway).
    expect(findReliefStep({ ...calfNow({ region: 'chest' }) })).toBeNull();
  });

  it('gives nothing when a follow-up of the screen is answered yes (swelling on blood thinners)', () => {
    const thinners = { ...calfNow(), memory: { history: { medications: ['anticoagulant' as const] } } };
    const followUp = listQuestions(thinners).find((q) => q.id.startsWith('follow-up-'));
    expect(followUp?.phase).toBe('screen');
    const answered = [...SCREENED, followUp!.id];
    expect(findReliefStep({ ...thinners, answered })).not.toBeNull();
    expect(findReliefStep({ ...thinners, answers: { ...thinners.answers, signs: ['swelling'] }, answered })).toBeNull();
  });

  it('is gentle within comfort when what is known already calls for gentle massage', () => {
    const relief = findReliefStep(calfNow({ durationMinutes: 15 }));
    expect(assessSituation({ region: 'calf', ongoing: true, durationMinutes: 15 }).massage).toBe('gentle');
    expect(relief?.step.instructions).toMatch(/as far as is comfortable/);
  });

  it('opens right after the screen when a person with a calf cramp now answers the questionnaire', () => {
    const person = { region: 'calf', presentation: 'cramp', ongoing: true, durationMinutes: 1 } as const;
    let state: QuestionnaireState = { answers: { ongoing: true }, answered: [], memory: {} };
    const asked: QuestionId[] = [];
    for (let q = nextQuestion(state); q !== null && !findReliefStep(state); q = nextQuestion(state)) {
      asked.push(q.id);
      state = answerQuestion(state, q, answerAs(person, q));
    }
    expect(asked).toEqual(SCREENED);
  });
});

const arbitraryState: fc.Arbitrary<QuestionnaireState> = fc
  .record({
    situation: arbitrarySituation,
    clear: fc.boolean(),
    ongoingCramp: fc.boolean(),
    answered: fc.subarray([...SCREENED, 'follow-up-0', 'follow-up-1', 'follow-up-2'] as QuestionId[]),
    remembered: fc.boolean(),
  })
  .map(({ situation, clear, ongoingCramp, answered, remembered }) => {
    // Half the time drop the signs and contexts, so the gate can open and the property is not vacuous.
    const answers = clear ? { ...situation, signs: [], context: [] } : { ...situation };
    if (ongoingCramp) Object.assign(answers, { ongoing: true, presentation: 'cramp' });
    const memory = remembered && situation.history ? { history: situation.history } : {};
    return { answers, answered, memory };
  });

describe('the relief gate, for any answers', () => {
  it('never gives relief while a red flag is present or a red-flag question is unanswered', () => {
    let opened = 0;
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const relief = findReliefStep(state);
        if (!relief) return;
        opened++;
        const situation = toAssessable(state.answers, state.memory)!;
        const flags = redFlagsOf(situation.region);
        expect(flags.signs.filter((s) => situation.signs?.includes(s))).toEqual([]);
        expect(flags.contexts.filter((c) => situation.context?.includes(c))).toEqual([]);
        expect(flags.conditions.filter((c) => situation.history?.conditions?.includes(c))).toEqual([]);
        const screen = listQuestions(state).filter((q) => q.phase === 'screen');
        for (const question of screen) expect(state.answered).toContain(question.id);
        const verdict = assessSituation(situation);
        expect(isEmergencyCare(verdict.care)).toBe(false);
        expect(verdict.massage).not.toBe('avoid');
        expect(relief.step.technique).toBe('stretch');
      }),
      { numRuns: 3000 },
    );
    expect(opened).toBeGreaterThan(0);
  });

  it('closes as soon as any one red flag of the region is ticked on a clear screen', () => {
    const flagged = fc.constantFrom(...REGIONS).chain((region) => {
      const flags = redFlagsOf(region);
      return fc.record({
        region: fc.constant(region),
        flag: fc.oneof(
          ...flags.signs.map((s) => fc.constant({ signs: [s] as Sign[] })),
          ...flags.contexts.map((c) => fc.constant({ context: [c] as Context[] })),
        ),
      });
    });
    fc.assert(
      fc.property(flagged, ({ region, flag }) => {
        const state = calfNow({ region, ...flag });
        const answered = [...new Set([...state.answered, ...listQuestions(state).map((q) => q.id)])];
        expect(findReliefStep({ ...state, answered })).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
