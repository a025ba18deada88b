import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createKeyReader, type KeyInputStream, readPain } from './key-input';

function fakeInput(isTTY = false) {
  const emitter = new EventEmitter();
  const modes: boolean[] = [];
  const input = Object.assign(emitter, {
    isTTY,
    setRawMode: (mode: boolean) => modes.push(mode),
    resume: () => undefined,
    pause: () => undefined,
  }) as unknown as KeyInputStream & EventEmitter;
  return { input, modes };
}

describe('key input', () => {
  it('queues keys until a handler listens, and restores raw mode on close', () => {
    const { input, modes } = fakeInput(true);
    const keys = createKeyReader(input);
    input.emit('data', 'ab');
    const seen: string[] = [];
    keys.setHandler((k) => seen.push(k));
    input.emit('data', 'c');
    expect(seen).toEqual(['a', 'b', 'c']);
    keys.close();
    expect(modes).toEqual([true, false]);
  });

  it('reads a pain rating of 0–10, re-asking for out-of-range numbers', async () => {
    const { input } = fakeInput();
    const keys = createKeyReader(input);
    let written = '';
    const answer = readPain(
      keys,
      (t) => {
        written += t;
      },
      'Pain: ',
    );
    input.emit('data', '42\r1');
    input.emit('data', '0\n');
    expect(await answer).toEqual({ value: 10, quit: false });
    expect(written).toContain('whole number from 0 to 10');
  });

  it('skips on Enter alone or closed input, quits on q', async () => {
    const { input } = fakeInput();
    const keys = createKeyReader(input);
    const write = () => undefined;
    const empty = readPain(keys, write, '');
    input.emit('data', '\n');
    expect(await empty).toEqual({ value: null, quit: false });
    const quit = readPain(keys, write, '');
    input.emit('data', 'q');
    expect(await quit).toEqual({ value: null, quit: true });
    const closed = readPain(keys, write, '');
    input.emit('end');
    expect(await closed).toEqual({ value: null, quit: false });
  });
});
