import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A minimal browser: localStorage, navigator.onLine and fetch are all the outbox touches.
const storage = new Map<string, string>();
let online = true;
const calls: { method: string; url: string }[] = [];
let failNetwork = false;
/** Who the server says is signed in (GET /me); null: signed out. */
let signedIn: string | null = 'alice';
/** Record ids the server already holds with other content: a POST of one answers 409 record-differs. */
const storedOtherwise = new Set<string>();
/** The database is failing over: writes answer 503 database-unavailable with Retry-After (decision 0016). */
let failingOver = false;

beforeEach(() => {
  storage.clear();
  calls.length = 0;
  online = true;
  failNetwork = false;
  signedIn = 'alice';
  storedOtherwise.clear();
  failingOver = false;
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
  vi.stubGlobal('fetch', async (url: string, init: { method: string; body?: string }) => {
    if (failNetwork) throw new TypeError('Failed to fetch');
    if (url === '/api/v1/me') {
      const user = signedIn === null ? null : { id: signedIn, email: `${signedIn}@example.org` };
      return Response.json({ mode: 'server', user });
    }
    calls.push({ method: init.method, url });
    if (failingOver) {
      const problem = { status: 503, code: 'database-unavailable', detail: 'the database is not reachable now' };
      return Response.json(problem, { status: 503, headers: { 'retry-after': '2' } });
    }
    const id = init.body ? (JSON.parse(init.body) as { id?: string }).id : undefined;
    if (init.method === 'POST' && id !== undefined && storedOtherwise.has(id)) {
      const detail = 'an episode with this id is already stored with other content; the stored episode was kept';
      return Response.json({ status: 409, code: 'record-differs', detail }, { status: 409 });
    }
    return new Response(null, { status: init.method === 'POST' ? 201 : 204 });
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('outbox', () => {
  it('sends at once when online', async () => {
    const { listPendingWrites, rememberAccount, sendWrite } = await import('./outbox');
    rememberAccount('alice');
    expect(await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'a' } })).toBe('sent');
    expect(calls).toEqual([{ method: 'POST', url: '/api/v1/episodes' }]);
    expect(listPendingWrites()).toEqual([]);
  });

  it('queues while offline and replays in order once, even after an empty flush', async () => {
    const { flushPendingWrites, listPendingWrites, rememberAccount, sendWrite } = await import('./outbox');
    rememberAccount('alice');
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
    const { flushPendingWrites, listPendingWrites, rememberAccount, sendWrite } = await import('./outbox');
    rememberAccount('alice');
    failNetwork = true;
    expect(await sendWrite({ method: 'POST', path: '/checkins', body: { id: 'c' } })).toBe('queued');
    expect(await flushPendingWrites()).toBe(0);
    expect(listPendingWrites()).toHaveLength(1);
  });

  it('keeps a write the server refused with 503 during a database failover, and sends it once the primary is back', async () => {
    const { flushPendingWrites, listPendingWrites, rememberAccount, sendWrite } = await import('./outbox');
    rememberAccount('alice');
    failingOver = true;
    expect(await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'f' } })).toBe('queued');
    expect(await flushPendingWrites()).toBe(0);
    expect(listPendingWrites()).toHaveLength(1);
    failingOver = false;
    expect(await flushPendingWrites()).toBe(1);
    expect(listPendingWrites()).toEqual([]);
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(3);
  });

  it("never replays one account's queued writes into another account signed in on the same device", async () => {
    const { flushPendingWrites, listPendingWrites, rememberAccount, sendWrite } = await import('./outbox');
    rememberAccount('alice');
    online = false;
    expect(await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'alice-1', notes: 'private' } })).toBe(
      'queued',
    );
    online = true;
    signedIn = 'bob'; // Alice signed out offline; Bob signs in before the queue went out
    rememberAccount('bob');
    expect(listPendingWrites()).toEqual([]); // Bob's views never show Alice's entry
    expect(await flushPendingWrites()).toBe(0);
    expect(calls).toEqual([]);
    // Bob's own writes go out at once: Alice's waiting entry does not hold them back.
    expect(await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'bob-1' } })).toBe('sent');
    expect(calls).toEqual([{ method: 'POST', url: '/api/v1/episodes' }]);
    signedIn = 'alice'; // Alice signs in again: her entry goes to her journal, once
    expect(await flushPendingWrites()).toBe(1);
    expect(calls.at(-1)).toEqual({ method: 'POST', url: '/api/v1/episodes' });
    expect(calls).toHaveLength(2);
    expect(listPendingWrites()).toEqual([]);
  });

  it('asks the server who is signed in before replaying, and keeps everything while signed out', async () => {
    const { flushPendingWrites, listPendingWrites, rememberAccount, sendWrite } = await import('./outbox');
    rememberAccount('alice');
    online = false;
    await sendWrite({ method: 'DELETE', path: '/episodes/x' });
    online = true;
    signedIn = null; // the session expired or the person signed out
    expect(await flushPendingWrites()).toBe(0);
    expect(calls).toEqual([]);
    signedIn = 'alice';
    rememberAccount('alice');
    expect(listPendingWrites()).toHaveLength(1);
    expect(await flushPendingWrites()).toBe(1);
    expect(calls).toEqual([{ method: 'DELETE', url: '/api/v1/episodes/x' }]);
  });

  it('gives writes queued before any account was known to the first account that signs in', async () => {
    const { flushPendingWrites, listPendingWrites, OUTBOX_KEY } = await import('./outbox');
    storage.set(
      OUTBOX_KEY,
      JSON.stringify([{ method: 'POST', path: '/checkins', body: { id: 'c' }, queuedAt: '2026-11-01T00:00:00Z' }]),
    );
    expect(await flushPendingWrites()).toBe(1); // /me says alice: the first known account adopts them
    expect(calls).toEqual([{ method: 'POST', url: '/api/v1/checkins' }]);
    expect(listPendingWrites()).toEqual([]);
  });

  it('keeps a write the server refuses with 409, shows why, and neither retries it nor lets it hold others back', async () => {
    const { flushPendingWrites, isWaiting, listPendingWrites, rememberAccount, sendWrite } = await import('./outbox');
    rememberAccount('alice');
    online = false;
    await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'edited-elsewhere', notes: 'mine' } });
    await sendWrite({ method: 'POST', path: '/episodes', body: { id: 'fresh' } });
    online = true;
    storedOtherwise.add('edited-elsewhere');
    expect(await flushPendingWrites()).toBe(1); // the fresh one went out after the refused one
    const [kept] = listPendingWrites();
    expect(listPendingWrites()).toHaveLength(1);
    expect(kept).toMatchObject({
      body: { id: 'edited-elsewhere', notes: 'mine' },
      failed: { status: 409, code: 'record-differs' },
    });
    expect(kept?.failed?.message).toContain('the stored episode was kept');
    expect(kept && isWaiting(kept)).toBe(false);
    const sentBefore = calls.length;
    expect(await flushPendingWrites()).toBe(0);
    expect(calls).toHaveLength(sentBefore); // not retried
    expect(await sendWrite({ method: 'POST', path: '/checkins', body: { id: 'c' } })).toBe('sent');
  });
});
