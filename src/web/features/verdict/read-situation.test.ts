import { describe, expect, it } from 'vitest';
import { SituationSchema } from '../../../core/situation';
import { readSituation } from './read-situation';

describe('readSituation', () => {
  it('accepts a valid situation', () => {
    expect(readSituation('{"region":"calf","intensity":4}', SituationSchema)).toEqual({
      ok: true,
      situation: { region: 'calf', intensity: 4 },
    });
  });
  it('names the failing field', () => {
    const result = readSituation('{"region":"elbow"}', SituationSchema);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^region: .*one of neck, shoulder/);
  });
  it('rejects missing and malformed input', () => {
    expect(readSituation(null, SituationSchema).ok).toBe(false);
    expect(readSituation('{oops', SituationSchema).ok).toBe(false);
  });
});
