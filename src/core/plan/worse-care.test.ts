import { describe, expect, it } from 'vitest';
import { buildPlan } from './build-plan';
import { reportWorse, startSession } from './session';
import { careAfterWorse } from './worse-care';

describe('after "it is getting worse"', () => {
  it('asks for medical advice at least, and keeps a more urgent level', () => {
    expect(careAfterWorse({ region: 'calf' })).toBe('consultation');
    expect(careAfterWorse({ region: 'calf', signs: ['pain-worse-during-massage'] })).toBe('consultation');
    expect(careAfterWorse({ region: 'calf', signs: ['numbness'] })).toBe('consultation_24');
  });

  it('has one heading and a short instruction that does not repeat it', () => {
    const { advice } = reportWorse(startSession(buildPlan({ region: 'calf' }, 'full'), 0), 10);
    expect(advice?.heading).toBe('Stop the massage now');
    expect(advice?.instruction.length).toBeLessThan(100);
    expect(`${advice?.instruction} ${advice?.text}`).not.toMatch(/stop the massage now/i);
  });
});
