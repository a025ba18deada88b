import { fileURLToPath } from 'node:url';
import * as pty from 'node-pty';

const BIN = fileURLToPath(new URL('../../bin/knead.js', import.meta.url));
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escape sequences is the point
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]/g;

/** Test support: drive the real `knead` binary in a pseudo-terminal, as a person at a keyboard would. */
export class PtySession {
  readonly #term: pty.IPty;
  #output = '';
  #exit: Promise<number>;

  constructor(args: readonly string[], env: Record<string, string> = {}) {
    this.#term = pty.spawn(process.execPath, [BIN, ...args], {
      cols: 80,
      rows: 50,
      env: { ...(process.env as Record<string, string>), TERM: 'xterm-256color', ...env },
    });
    this.#term.onData((data) => {
      this.#output += data;
    });
    this.#exit = new Promise((resolve) => this.#term.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything printed so far, escape codes included. */
  get raw(): string {
    return this.#output;
  }

  /** Everything printed so far, without colour or cursor codes. */
  get text(): string {
    return this.#output.replace(ANSI, '');
  }

  /** Wait until the screen shows `pattern`, counting only output after `from` characters. */
  async waitFor(pattern: string | RegExp, timeoutMs = 20_000, from = 0): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const matches = () => {
      const seen = this.text.slice(from);
      return typeof pattern === 'string' ? seen.includes(pattern) : pattern.test(seen);
    };
    while (!matches()) {
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${String(pattern)}; screen:\n${this.text.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Wait for a prompt, then type. */
  async answer(prompt: string | RegExp, keys: string): Promise<void> {
    const from = this.text.length;
    await this.waitFor(prompt, 20_000, Math.max(0, from - 4000));
    await new Promise((r) => setTimeout(r, 60));
    this.#term.write(keys);
  }

  write(keys: string): void {
    this.#term.write(keys);
  }

  exited(): Promise<number> {
    return this.#exit;
  }

  kill(): void {
    try {
      this.#term.kill();
    } catch {
      // already gone
    }
  }
}

export const KEYS = { down: '\x1b[B', up: '\x1b[A', enter: '\r', space: ' ', ctrlC: '\x03' } as const;
