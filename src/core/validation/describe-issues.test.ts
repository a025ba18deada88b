import { describe, expect, it } from 'vitest';
import { SituationSchema } from '../situation';
import { parseInput } from './describe-issues';

const problemsOf = (input: unknown) => {
  const result = parseInput(SituationSchema, input);
  if (result.success) throw new Error('expected a failure');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('describeIssues', () => {
  it('names a missing region and lists the regions', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^region: required; one of neck, shoulder, .*jaw$/)]);
  });

  it('names an unknown id with its index and the allowed ids', () => {
    expect(problemsOf({ region: 'calf', signs: ['fever', 'itchy'] })).toEqual([
      expect.stringMatching(
        /^signs\[1\]: "itchy" is not allowed; one of swelling, .*pain-worse-during-massage, .*, no-sweating$/,
      ),
    ]);
  });

  it('names unknown keys and lists the allowed fields, nested too', () => {
    expect(problemsOf({ region: 'calf', colour: 'red', history: { often: true } })).toEqual(
      expect.arrayContaining([
        'colour: unknown field; allowed fields: region, side, ongoing, durationMinutes, intensity, context, signs, history, presentation, age',
        'history.often: unknown field; allowed fields: frequency, conditions, medications, previousMassage, selfCareDays',
      ]),
    );
  });

  it('explains out-of-range and wrong-type values', () => {
    expect(problemsOf({ region: 'calf', intensity: 12, durationMinutes: '5', ongoing: 'yes' })).toEqual(
      expect.arrayContaining([
        'intensity: must be at most 10 (got 12)',
        'durationMinutes: expected a number, got "5"',
        'ongoing: expected true or false, got "yes"',
      ]),
    );
    expect(problemsOf({ region: 'calf', intensity: 2.5 })).toEqual(['intensity: expected a whole number, got 2.5']);
    expect(problemsOf({ region: 'calf', history: { selfCareDays: -1 } })).toEqual([
      'history.selfCareDays: must be at least 0 (got -1)',
    ]);
  });

  it('describes a value that is not an object', () => {
    expect(problemsOf([])).toEqual(['input: expected an object, got a list']);
    expect(problemsOf(null)).toEqual(['input: expected an object, got null']);
  });

  it('passes valid input through', () => {
    expect(parseInput(SituationSchema, { region: 'calf' })).toEqual({ success: true, data: { region: 'calf' } });
  });
});
