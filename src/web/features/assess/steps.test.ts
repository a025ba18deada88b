import { describe, expect, it } from 'vitest';
import { COMMON_CASES } from '../../../core/questionnaire/common-cases';
import type { QuestionnaireState } from '../../../core/questionnaire/questions';
import { walkQuestionnaire } from '../../../core/questionnaire/walk';
import { countSteps, leaveStep, listStepQuestions, listSteps, listWaysOn, parseStep } from './steps';

const state = (answers: QuestionnaireState['answers'], answered: QuestionnaireState['answered'] = []) => ({
  answers,
  answered,
  memory: {},
});

describe('web questionnaire screens', () => {
  it('shows the whole red-flag screen on one page, with a follow-up on the page that called for it', () => {
    const ids = listStepQuestions('red-flags', state({ region: 'neck', context: ['wound'] })).map((q) => q.id);
    expect(ids).toEqual(['red-flag-signs', 'red-flag-contexts', 'follow-up-0']);
  });

  it('goes from where to what it feels like, then the red flags, and straight to the verdict at an ambulance', () => {
    expect(leaveStep('where', state({ region: 'calf' })).step).toBe('presentation');
    expect(leaveStep('presentation', state({ region: 'calf' }, ['region'])).step).toBe('red-flags');
    const chest = state({ region: 'calf', signs: ['chest-pain'] }, ['region', 'presentation']);
    expect(leaveStep('red-flags', chest).step).toBeNull();
  });

  it('leaves out "About you" when age and history are remembered', () => {
    expect(listSteps({ ...state({ region: 'calf' }), memory: { age: 40, history: {} } })).not.toContain('history');
    expect(listSteps(state({ region: 'calf' }))).toContain('history');
    expect(parseStep('nope')).toBe('where');
  });

  it('counts the questions to a verdict for the common cases: fewer than the 13 prompts of the old knead check', () => {
    const counts = Object.fromEntries(
      COMMON_CASES.map(({ name, person, memory }) => {
        const { asked } = walkQuestionnaire(person, memory);
        return [name, { cli: asked.length, web: countSteps(asked) }];
      }),
    );
    const calf = counts['night calf cramp, first time in Knead'];
    expect(calf?.cli).toBeLessThan(13);
    expect(counts['night calf cramp, history remembered']?.cli).toBeLessThan(calf?.cli ?? 0);
    expect(counts['emergency: calf cramp with chest pain']).toEqual({ cli: 3, web: 3 });
    for (const count of Object.values(counts)) expect(count.web).toBeLessThanOrEqual(count.cli);
  });

  it('offers one way to the verdict on the last question, and "Skip the rest" only between the red flags and it', () => {
    const steps = listSteps(state({ region: 'calf' }));
    expect(steps.at(-1)).toBe('history');
    expect(listWaysOn('history', steps)).toEqual({ primary: 'See my verdict', offersSkip: false });
    expect(listWaysOn('signs', steps)).toEqual({ primary: 'Continue', offersSkip: true });
    expect(listWaysOn('red-flags', steps)).toEqual({ primary: 'Continue', offersSkip: false });
    const remembered = listSteps({ ...state({ region: 'calf' }), memory: { age: 40, history: {} } });
    expect(listWaysOn('signs', remembered)).toEqual({ primary: 'See my verdict', offersSkip: false });
    expect(listWaysOn('relief', steps)).toEqual({ primary: 'Continue with the questions', offersSkip: true });
  });

  it('leaves the relief screen for the next question, which waited', () => {
    const answered = ['region', 'presentation', 'red-flag-signs', 'red-flag-contexts'] as const;
    const now = state({ region: 'calf', presentation: 'cramp', ongoing: true }, [...answered]);
    expect(leaveStep('relief', now)).toEqual({ step: 'duration', answered: [...answered] });
    expect(listSteps(now)).not.toContain('relief');
  });
});
