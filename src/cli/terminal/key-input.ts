/** The part of stdin the player needs (a TTY in raw mode, or a pipe for scripted input). */
export interface KeyInputStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

export interface KeyReader {
  /** Who receives keys now; keys that arrive while nobody listens wait in a queue. */
  setHandler(handler: ((key: string) => void) | null): void;
  /** Called once when the input ends (a pipe closed). */
  onEnd(listener: () => void): void;
  isEnded(): boolean;
  /** Restores the terminal and stops reading. */
  close(): void;
}

/**
 * Reads single keys: raw mode on a TTY (no Enter needed), character by character from a pipe.
 * @example const keys = createKeyReader(process.stdin); keys.setHandler((k) => console.log(k));
 */
export function createKeyReader(input: KeyInputStream): KeyReader {
  const queue: string[] = [];
  let handler: ((key: string) => void) | null = null;
  let ended = false;
  const endListeners: (() => void)[] = [];

  const drain = () => {
    while (handler && queue.length > 0) handler(queue.shift()!);
  };
  const onData = (chunk: Buffer | string) => {
    queue.push(...String(chunk));
    drain();
  };
  const onEnd = () => {
    ended = true;
    for (const listener of endListeners) listener();
  };
  if (input.isTTY && input.setRawMode) input.setRawMode(true);
  input.on('data', onData);
  input.on('end', onEnd);
  input.resume();

  return {
    setHandler(next) {
      handler = next;
      drain();
    },
    onEnd(listener) {
      if (ended) listener();
      else endListeners.push(listener);
    },
    isEnded: () => ended,
    close() {
      handler = null;
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      if (input.isTTY && input.setRawMode) input.setRawMode(false);
      input.pause();
    },
  };
}

export type PainAnswer = { value: number | null; quit: boolean };

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\x7f', '\b']);

/**
 * Asks for a 0–10 pain rating: type the number, then Enter. Enter alone (or closed input) skips;
 * Ctrl-C or q quits.
 * @example await readPain(keys, (s) => process.stdout.write(s), 'Pain now (0–10), then Enter: ')
 */
export function readPain(
  keys: KeyReader,
  write: (text: string) => void,
  prompt: string,
  retry = 'Please type a whole number from 0 to 10, then Enter.',
): Promise<PainAnswer> {
  return new Promise((resolve) => {
    let typed = '';
    let done = false;
    const finish = (answer: PainAnswer) => {
      if (done) return;
      done = true;
      keys.setHandler(null);
      write('\n');
      resolve(answer);
    };
    write(prompt);
    keys.onEnd(() => finish({ value: null, quit: false }));
    keys.setHandler((key) => {
      if (key === '\x03' || key === 'q') return finish({ value: null, quit: true });
      if (/^[0-9]$/.test(key) && typed.length < 2) {
        typed += key;
        write(key);
      } else if (BACKSPACE.has(key) && typed.length > 0) {
        typed = typed.slice(0, -1);
        write('\b \b');
      } else if (ENTER.has(key)) {
        if (typed === '') return finish({ value: null, quit: false });
        const value = Number(typed);
        if (value <= 10) return finish({ value, quit: false });
        typed = '';
        write(`\n${retry}\n${prompt}`);
      }
    });
  });
}
