import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A minimal browser: localStorage, navigator.onLine and fetch are all the outbox touches.
const storage = new Map<string, string>();
let online = true;
const calls: { method: string; url: string }[] = [];
let failNetwork = false;

beforeEach(() => {
  storage.clear();
  calls.length = 0;
  online = true;
  failNetwork = false;
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
    },
    addEventListener: () => undefined,
  });
  vi.stubGlobal('navigator', {
    get onLine() {
      return online;
    },
  });
  vi.stubGlobal('document', { cookie: '' });
  vi.stubGlobal('fetch', async (url: string, init: { method: string }) => {
    calls.push({ method: init.method, url });
    if (failNetwork) throw new TypeError('Failed to fetch');
    return new Response(null, { status: init.method === 'POST' ? 201 : 204 });
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('outbox', () => {
  it('sends at once when online', async () => {
    const { listPendingWrites, sendWrite } = await import('./outbox');
    expect(await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'a' } })).toBe('sent');
    expect(calls).toEqual([{ method: 'POST', url: '/api/v1/episodes' }]);
    expect(listPendingWrites()).toEqual([]);
  });

  it('queues while offline and replays in order once, even after an empty flush', async () => {
    const { flushPendingWrites, listPendingWrites, sendWrite } = await import('./outbox');
    await flushPendingWrites();
    online = false;
    expect(await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'a' } })).toBe('queued');
    expect(await sendWrite({ method: 'PUT', path: '/episodes/a', body: { id: 'a' } })).toBe('queued');
    expect(calls).toEqual([]);
    online = true;
    expect(await flushPendingWrites()).toBe(2);
    expect(calls.map((call) => call.method)).toEqual(['POST', 'PUT']);
    expect(listPendingWrites()).toEqual([]);
  });

  it('keeps the queue when the network fails mid-flush', async () => {
    const { flushPendingWrites, listPendingWrites, sendWrite } = await import('./outbox');
    failNetwork = true;
    expect(await sendWrite({ method: 'POST', path: '/checkins', body: { id: 'c' } })).toBe('queued');
    expect(await flushPendingWrites()).toBe(0);
    expect(listPendingWrites()).toHaveLength(1);
  });
});
