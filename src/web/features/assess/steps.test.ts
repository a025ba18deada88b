import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../core/assessment';
import { SIGNS } from '../../../core/vocabulary';
import { isVerdictSettled, listRedFlagSigns, listSignChoices, nextStep, parseStep } from './steps';

const verdict = (care: Assessment['care'], massage: Assessment['massage']) => ({ care, massage }) as Assessment;

describe('questionnaire steps', () => {
  it.each(['lower-back', 'calf', 'neck'] as const)('asks every sign exactly once for %s', (region) => {
    const asked = [...listRedFlagSigns(region), ...listSignChoices(region)];
    expect([...asked].sort()).toEqual([...SIGNS].sort());
  });

  it('puts the cauda equina questions on the first screen for the back, later for a calf', () => {
    expect(listRedFlagSigns('lower-back')).toContain('saddle-numbness');
    expect(listRedFlagSigns('calf')).not.toContain('saddle-numbness');
    expect(listSignChoices('calf')).toContain('saddle-numbness');
  });

  it('puts the ambulance signs on the first question screen', () => {
    expect(listRedFlagSigns('calf')).toEqual(
      expect.arrayContaining(['chest-pain', 'breathing-difficulty', 'confusion']),
    );
  });

  it('stops asking once an emergency with no massage is certain', () => {
    expect(isVerdictSettled('red-flags', verdict('emergency_ambulance', 'avoid'))).toBe(true);
    expect(isVerdictSettled('duration', verdict('emergency', 'avoid'))).toBe(true);
    expect(isVerdictSettled('red-flags', verdict('consultation_24', 'avoid'))).toBe(false);
    expect(isVerdictSettled('where', verdict('emergency', 'avoid'))).toBe(false);
    expect(isVerdictSettled('red-flags', verdict('emergency', 'avoid'), ['jaw-stiffness'])).toBe(false);
  });

  it('walks the steps in order and parses unknown steps as the first', () => {
    expect(nextStep('where')).toBe('red-flags');
    expect(nextStep('history')).toBeNull();
    expect(parseStep('nope')).toBe('where');
    expect(parseStep('signs')).toBe('signs');
  });
});
