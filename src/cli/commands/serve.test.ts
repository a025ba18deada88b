import { describe, expect, it } from 'vitest';
import { runKnead } from '../run-cli';

describe('knead serve refuses bad settings before opening anything', () => {
  it.each([
    [['serve', '--port', '70000'], {}, '--port must be 0–65535 (got 70000)'],
    [['serve', '--port', '0'], { KNEAD_ASSESSMENT_CACHE: 'lots' }, 'KNEAD_ASSESSMENT_CACHE must be a whole number'],
    [['serve', '--port', '0'], { KNEAD_ASSESSMENT_CACHE: '-1' }, 'from 0 (off) to 1000000 (got -1)'],
    [['serve', '--port', '0'], { KNEAD_TRUST_PROXY: 'true' }, 'KNEAD_TRUST_PROXY must be the number of proxy hops'],
    [['serve', '--port', '0'], { KNEAD_TRUST_PROXY: '-1' }, 'KNEAD_TRUST_PROXY must be the number of proxy hops'],
    [
      ['serve', '--port', '0'],
      { KNEAD_SESSION_IDLE_MINUTES: '0' },
      'KNEAD_SESSION_IDLE_MINUTES must be a whole number',
    ],
  ])('%j %j → exit 2', (args, env, message) => {
    const result = runKnead(args, undefined, env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
