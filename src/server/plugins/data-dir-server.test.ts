import { describe, expect, it } from 'vitest';
import { createKnead } from '../../app/knead';
import { createMemoryStore } from '../../store/memory-store';
import { buildServer } from '../build-server';
import { DATA_DIR_TOKEN_HEADER } from './data-dir-server';

async function server(dataDirToken: string | null) {
  const knead = await createKnead({ store: createMemoryStore(), mode: 'local' });
  return buildServer({ knead, logLevel: false, dataDirToken });
}

describe('the data-directory token of `knead serve` (decision 0014)', () => {
  it('refuses a request whose token is not this server’s (421), before anything is written', async () => {
    const app = await server('right-token');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/episodes',
      headers: { [DATA_DIR_TOKEN_HEADER]: 'wrong-token' },
      payload: { id: '0190d5b8-8e3a-7cc0-8000-000000000001', startedAt: '2026-03-10T02:15:00+01:00', region: 'calf' },
    });
    expect([wrong.statusCode, wrong.json().code]).toEqual([421, 'wrong-server']);
    const list = await app.inject({ method: 'GET', url: '/api/v1/episodes' });
    expect(list.json().items).toEqual([]);
    const right = await app.inject({
      method: 'GET',
      url: '/api/v1/episodes',
      headers: { [DATA_DIR_TOKEN_HEADER]: 'right-token' },
    });
    expect(right.statusCode).toBe(200);
  });

  it('grants nothing: without the header requests are handled as before, and a server without a token refuses any', async () => {
    const app = await server(null);
    expect((await app.inject({ method: 'GET', url: '/api/v1/episodes' })).statusCode).toBe(200);
    const sent = await app.inject({
      method: 'GET',
      url: '/api/v1/episodes',
      headers: { [DATA_DIR_TOKEN_HEADER]: 'anything' },
    });
    expect(sent.statusCode).toBe(421);
  });
});
