import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './data-errors';
import { createHostSelector, type HostPort, NoWritableHostError, parseMultiHostUrl } from './writable-host';

describe('parseMultiHostUrl', () => {
  it('reads every host and port, defaulting to 5432, and builds single-host URLs', () => {
    const parsed = parseMultiHostUrl('postgres://u:p@h1:5433,h2,[::1]:6000/knead?target_session_attrs=read-write&x=1');
    expect(parsed.hosts).toEqual([
      { host: 'h1', port: 5433 },
      { host: 'h2', port: 5432 },
      { host: '::1', port: 6000 },
    ]);
    expect(parsed.urlFor({ host: 'h2', port: 5432 })).toBe('postgres://u:p@h2:5432/knead?x=1');
    expect(parsed.urlFor({ host: '::1', port: 6000 })).toBe('postgres://u:p@[::1]:6000/knead?x=1');
  });
  it('refuses a URL that is not PostgreSQL or has a bad port', () => {
    expect(() => parseMultiHostUrl('mysql://h/db')).toThrow();
    expect(() => parseMultiHostUrl('postgres://h1:abc/db')).toThrow();
  });
});

describe('createHostSelector', () => {
  const a = { host: 'a', port: 1 };
  const b = { host: 'b', port: 2 };
  const nodes = (writable: Record<string, boolean | 'down'>) => {
    const probed: string[] = [];
    const probe = async (h: HostPort) => {
      probed.push(h.host);
      const state = writable[h.host];
      if (state === 'down') throw Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
      return state === true;
    };
    return { probe, probed };
  };

  it('picks the writable node, skipping read-only and unreachable ones, and remembers it', async () => {
    const { probe, probed } = nodes({ a: 'down', b: true });
    const selector = createHostSelector([a, b], probe);
    expect(await selector.pick()).toEqual(b);
    expect(await selector.pick()).toEqual(b);
    expect(probed).toEqual(['a', 'b']);
  });

  it('fails over: after forget it finds the newly promoted node', async () => {
    const state: Record<string, boolean | 'down'> = { a: true, b: false };
    const selector = createHostSelector([a, b], nodes(state).probe);
    expect(await selector.pick()).toEqual(a);
    state.a = 'down';
    state.b = true;
    selector.forget(a);
    expect(await selector.pick()).toEqual(b);
  });

  it('during the switch no node is writable: a NoWritableHostError that maps to 503', async () => {
    const selector = createHostSelector([a, b], nodes({ a: 'down', b: false }).probe);
    const error = await selector.pick().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoWritableHostError);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

describe('connection loss maps to database-unavailable (503)', () => {
  it.each([
    ['ECONNRESET', { code: 'ECONNRESET' }],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['read-only node (25006)', { code: '25006', message: 'cannot execute INSERT in a read-only transaction' }],
    ['wrapped by drizzle', Object.assign(new Error('Failed query'), { cause: { code: '57P01' } })],
  ])('%s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
  it('a bug is not an outage', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
