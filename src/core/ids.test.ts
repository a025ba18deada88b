import { describe, expect, it } from 'vitest';
import { generateUuid7 } from './ids';

describe('generateUuid7', () => {
  it('produces a valid version-7 UUID carrying the timestamp', () => {
    const id = generateUuid7(0x0190_1234_5678);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id.slice(0, 13)).toBe('01901234-5678');
  });

  it('sorts by creation time and never repeats', () => {
    const early = generateUuid7(1_000);
    const late = generateUuid7(2_000);
    expect(early < late).toBe(true);
    expect(new Set(Array.from({ length: 500 }, () => generateUuid7())).size).toBe(500);
  });
});
