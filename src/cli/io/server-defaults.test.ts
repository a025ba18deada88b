import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT } from '../../server/start-server';
import { DEFAULT_SERVE_PORT } from './server-defaults';

describe('DEFAULT_SERVE_PORT', () => {
  it('matches the port the server itself defaults to', () => {
    expect(DEFAULT_SERVE_PORT).toBe(DEFAULT_PORT);
  });
});
