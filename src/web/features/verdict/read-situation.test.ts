import { describe, expect, it } from 'vitest';
import { describeInvalidSituation, readSituation } from './read-situation';

describe('readSituation', () => {
  it('accepts a valid situation', () => {
    expect(readSituation('{"region":"calf","intensity":4}')).toEqual({
      ok: true,
      situation: { region: 'calf', intensity: 4 },
    });
  });
  it('keeps an invalid situation for describeInvalidSituation, which names the failing field', async () => {
    expect(readSituation('{"region":"elbow"}')).toEqual({ ok: false, invalid: { region: 'elbow' } });
    expect(await describeInvalidSituation({ region: 'elbow' })).toMatch(/^region: .*one of neck, shoulder/);
    expect(await describeInvalidSituation({ region: 'calf', intensity: 11 })).toMatch(/^intensity: /);
  });
  it('rejects missing and malformed input', () => {
    expect(readSituation(null)).toEqual({ ok: false, error: 'No answers were given.' });
    expect(readSituation('{oops')).toEqual({ ok: false, error: 'The answers in the link are not valid.' });
  });
});
