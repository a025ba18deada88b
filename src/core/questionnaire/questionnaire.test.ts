import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrarySituation } from '../assess/arbitrary-situation.test-support';
import { assessSituation } from '../assess/assess-situation';
import { screenRedFlags } from '../assess/screening';
import { PRESENTATIONS } from '../vocabulary';
import { toAssessable } from './answers';
import { answerQuestion, isVerdictSettled, nextQuestion } from './flow';
import { listQuestions, type QuestionnaireState } from './questions';
import { walkQuestionnaire } from './walk';

const ids = (target: Parameters<typeof walkQuestionnaire>[0], memory = {}) =>
  walkQuestionnaire(target, memory).asked.map((q) => q.id);

const offered = (questions: ReturnType<typeof listQuestions>) =>
  questions.flatMap((q) => (q.kind === 'number' ? [] : q.choices.map((c) => c.id)));

describe('the questionnaire model', () => {
  it('asks where, then what it feels like (two choices), then the red-flag screen', () => {
    const asked = ids({ region: 'calf', presentation: 'cramp' });
    expect(asked.slice(0, 4)).toEqual(['region', 'presentation', 'red-flag-signs', 'red-flag-contexts']);
    const presentation = listQuestions({ answers: {}, answered: [], memory: {} })[1];
    expect(presentation?.kind === 'one' && presentation.choices.map((c) => c.label)).toEqual([
      'A sudden hard cramp',
      'A tight, sore knot or stiffness that lingers',
    ]);
  });

  it('asks the spine its red-flag conditions and the neck fever and headache before anything else', () => {
    const state: QuestionnaireState = { answers: { region: 'neck' }, answered: ['region'], memory: {} };
    const screen = listQuestions(state).filter((q) => q.phase === 'screen');
    expect(offered(screen)).toEqual(
      expect.arrayContaining(['signs:fever', 'signs:severe-headache', 'conditions:cancer-history']),
    );
    expect(ids({ region: 'calf' })).not.toContain('red-flag-conditions');
  });

  it('never asks which side: no answer depends on it', () => {
    const all = listQuestions({ answers: { region: 'calf', presentation: 'tightness' }, answered: [], memory: {} });
    expect(all.flatMap((q) => (q.kind === 'number' ? [] : q.choices)).some((c) => 'side' in c.patch)).toBe(false);
  });

  it('asks "how long has it been" in hours, days or weeks for a tightness, and records minutes', () => {
    const { state, asked } = walkQuestionnaire({
      region: 'shoulder',
      presentation: 'tightness',
      durationMinutes: 1440,
    });
    expect(asked.map((q) => q.id)).toContain('tightness-duration');
    expect(asked.map((q) => q.id)).not.toContain('cramp-timing');
    expect(state.answers).toMatchObject({ ongoing: true, durationMinutes: 1440 });
  });

  it('asks age once: not when the device remembers it, and the remembered age reaches the engine', () => {
    expect(ids({ region: 'calf', age: 40 })).toContain('age');
    expect(ids({ region: 'calf', age: 40 }, { age: 40 })).not.toContain('age');
    expect(toAssessable({ region: 'calf' }, { age: 40 })).toEqual({ region: 'calf', age: 40 });
  });

  it('skips the history when it is remembered, and "massaged before" on a first time', () => {
    const history = { frequency: 'weekly' as const };
    const remembered = ids({ region: 'calf', history }, { history });
    expect(remembered).not.toContain('frequency');
    expect(remembered).not.toContain('history-conditions');
    expect(ids({ region: 'calf', history: { frequency: 'first' } })).not.toContain('previous-massage');
    expect(ids({ region: 'calf', history })).toContain('previous-massage');
  });

  it('asks self-care days only when the answer could change the verdict', () => {
    expect(ids({ region: 'calf', history: { frequency: 'occasional', previousMassage: 'same' } })).toContain(
      'self-care-days',
    );
    expect(ids({ region: 'calf', history: { frequency: 'occasional', previousMassage: 'better' } })).not.toContain(
      'self-care-days',
    );
  });

  it('asks about tetanus cover right after a wound, and about sweating only in the heat', () => {
    const wound = ids({ region: 'calf', context: ['wound'] });
    expect(wound[wound.indexOf('red-flag-contexts') + 1]).toMatch(/^follow-up-/);
    const heat = walkQuestionnaire({ region: 'calf', context: ['heat'] }).asked;
    const after = heat[heat.findIndex((q) => q.id === 'context') + 1];
    expect(after?.kind === 'many' && after.choices.map((c) => c.id)).toEqual(['signs:no-sweating']);
    expect(offered(walkQuestionnaire({ region: 'calf' }).asked)).not.toContain('signs:no-sweating');
  });

  it('offers each choice once across the whole questionnaire', () => {
    const all = offered(listQuestions({ answers: { region: 'lower-back' }, answered: [], memory: {} }));
    expect(new Set(all).size).toBe(all.length);
  });

  it('stops at an ambulance verdict, and keeps asking while a later answer could still raise an emergency', () => {
    expect(ids({ region: 'calf', signs: ['chest-pain'] })).toEqual(['region', 'presentation', 'red-flag-signs']);
    // Tetany is an emergency; with a stiff jaw an open wound (asked later) would make it an ambulance.
    const jaw = ids({ region: 'neck', signs: ['tingling-around-mouth', 'hand-foot-spasm', 'jaw-stiffness'] });
    expect(jaw).toContain('signs');
    expect(jaw).not.toContain('age');
    const state: QuestionnaireState = {
      answers: { region: 'lower-back', signs: ['saddle-numbness'] },
      answered: ['region', 'presentation', 'red-flag-signs'],
      memory: {},
    };
    expect(assessSituation({ region: 'lower-back', signs: ['saddle-numbness'] }).care).toBe('emergency');
    expect(isVerdictSettled(state)).toBe(true);
    expect(nextQuestion(state)).toBeNull();
  });

  it('never settles a verdict that is not an emergency', () => {
    const state: QuestionnaireState = { answers: { region: 'calf' }, answered: ['region'], memory: {} };
    expect(isVerdictSettled(state)).toBe(false);
    expect(nextQuestion(answerQuestion(state, listQuestions(state)[1]!, 'presentation:cramp'))?.id).toBe(
      'red-flag-signs',
    );
  });

  it('asks every screened red-flag sign of the region before the first question that is not a red flag', () => {
    const person = arbitrarySituation.chain((situation) =>
      fc.record({
        situation: fc.constant(situation),
        presentation: fc.constantFrom(...PRESENTATIONS),
        remembered: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(person, ({ situation, presentation, remembered }) => {
        const target = { ...situation, presentation, age: 50 };
        const memory = remembered ? { age: 50, history: situation.history ?? {} } : {};
        const { asked } = walkQuestionnaire(target, memory);
        const first = asked.findIndex((q) => q.phase === 'episode' || q.phase === 'history');
        const before = offered(first < 0 ? asked : asked.slice(0, first));
        const signs = screenRedFlags(situation.region).signs.map((s) => `signs:${s}`);
        if (first >= 0) expect(before).toEqual(expect.arrayContaining(signs));
        // And whatever the person answered reaches the engine unchanged when the walk ends early or not.
        expect(asked[0]?.id).toBe('region');
      }),
      { numRuns: 300 },
    );
  });
});
