import { describe, expect, it } from 'vitest';
import { assessSituation } from './assess-situation';
import { recommendsMassage, statementsOf } from './one-voice.test-support';

describe('one voice: a verdict that rules massage out never recommends it', () => {
  it('recognises the sentences that contradicted a "do not massage" verdict in v1', () => {
    expect(recommendsMassage('Gentle stretching and light massage may ease it meanwhile.')).toBe(true);
    expect(recommendsMassage('Gentle stretching and massaging the affected muscle can help alleviate the cramp.')).toBe(
      true,
    );
    expect(recommendsMassage('Massage may loosen the muscles around it but does not fix the cause.')).toBe(true);
    expect(recommendsMassage('Do not massage it: get an urgent appointment today.')).toBe(false);
    expect(recommendsMassage('Never massage over an open wound.')).toBe(false);
  });

  it('a possible clot says only "do not massage", with no reason recommending it and no injury reason', () => {
    const a = assessSituation({ region: 'calf', ongoing: true, durationMinutes: 15, signs: ['swelling', 'warmth'] });
    expect(a.massage).toBe('avoid');
    for (const text of statementsOf(a)) expect(recommendsMassage(text), text).toBe(false);
    expect(a.reasons.map((r) => r.text).join(' ')).not.toMatch(/injur/i);
  });

  it('inflammation without an injury is not explained as an injury', () => {
    const a = assessSituation({ region: 'forearm', signs: ['redness'] });
    expect(a.reasons.map((r) => r.text).join(' ')).not.toMatch(/injur/i);
  });
});
