import { readFile } from 'node:fs/promises';
import { cliTranslator } from './cli-language';

/** Exit code for invalid input (DESIGN.md machine interfaces). */
export const EXIT_INVALID_INPUT = 2;

/** Print one line per problem on stderr and set exit code 2; nothing goes to stdout. */
export function failWithProblems(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exitCode = EXIT_INVALID_INPUT;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Read a JSON document from `--input FILE` or standard input.
 * Returns the parsed value, or the problem lines to print.
 */
export async function readJsonInput(
  file: string | undefined,
): Promise<{ ok: true; value: unknown } | { ok: false; problems: string[] }> {
  let text: string;
  const t = await cliTranslator();
  if (file) {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      return { ok: false, problems: [t.t('cli.input.cannot-read', { file, code })] };
    }
  } else if (process.stdin.isTTY) {
    return { ok: false, problems: [t.t('cli.input.no-stdin')] };
  } else {
    text = await readStdin();
  }
  if (text.trim() === '') return { ok: false, problems: [t.t('cli.input.empty', { example: '{"region":"calf"}' })] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [t.t('cli.input.not-json', { problem: (error as Error).message })] };
  }
}
