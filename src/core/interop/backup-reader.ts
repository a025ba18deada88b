/**
 * An incremental reader for the knead-backup's shape: one JSON object whose members are scalars or arrays of
 * records. It yields each top-level member and each array element as soon as its text is complete, so a
 * 200 MB backup is read with memory bounded by its largest record, not by the file.
 */

/** A top-level member that is not an array, the start of one that is, or one element of it. */
export type BackupEntry =
  | { type: 'member'; key: string; value: unknown }
  | { type: 'list'; key: string }
  | { type: 'element'; key: string; index: number; value: unknown };

/** The text is not JSON of the backup's shape; `path` says where (`episodes.3` for the fourth episode). */
export class BackupSyntaxError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'BackupSyntaxError';
  }
}

/** A record's text may be at most this long (a guided session is ~21 KB). */
export const MAX_ENTRY_CHARS = 8 * 1024 * 1024;

type Expect = 'open' | 'key' | 'colon' | 'value' | 'after-value' | 'element' | 'after-element' | 'done';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
// Native scans to the next character that matters, inside a string and inside a nested value.
const STRING_STOP = /["\\]/g;
const NESTED_STOP = /["{}[\]]/g;

/**
 * Reads a backup's members and records from chunks of UTF-8 bytes (or text), in order.
 * @example for await (const entry of readBackupEntries([`{"episodes":[{"id":"a"}]}`])) entry // { type: 'element', key: 'episodes', index: 0, value: { id: 'a' } }
 */
export async function* readBackupEntries(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxEntryChars = MAX_ENTRY_CHARS,
): AsyncGenerator<BackupEntry> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let expect: Expect = 'open';
  let depth = 0; // nesting inside the captured value (0: not inside one)
  let inString = false;
  let escaped = false;
  let key = '';
  let index = 0;
  let inArray = false;
  let parts: string[] | null = null; // the captured entry's text so far
  let partsLength = 0;
  let scalar = false; // the captured value is a number/true/false/null: it ends at , ] or }
  let members = 0;
  const where = () => (inArray ? `${key}.${index}` : key);
  const fail = (message: string): never => {
    throw new BackupSyntaxError(message, where());
  };
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      return fail(`not valid JSON: ${(error as Error).message}`);
    }
  };

  for await (const chunk of chunks) {
    let text: string;
    try {
      text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    } catch {
      throw new BackupSyntaxError('not valid UTF-8', where());
    }
    let from = parts ? 0 : -1; // where the capture starts in this chunk
    const finish = (end: number): string => {
      (parts as string[]).push(text.slice(from, end));
      const whole = (parts as string[]).join('');
      parts = null;
      partsLength = 0;
      from = -1;
      return whole;
    };
    const emit = (end: number): BackupEntry => {
      const value = parse(finish(end));
      return inArray ? { type: 'element', key, index: index++, value } : { type: 'member', key, value };
    };
    for (let i = 0; i < text.length; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        STRING_STOP.lastIndex = i;
        const stop = STRING_STOP.exec(text);
        if (!stop) break;
        i = stop.index;
        if (stop[0] === '\\') escaped = true;
        else {
          inString = false;
          if (expect === 'key') {
            key = parse(finish(i + 1)) as string;
            expect = 'colon';
          } else if (depth === 0) {
            yield emit(i + 1); // a string member or element
            expect = inArray ? 'after-element' : 'after-value';
          }
        }
        continue;
      }
      if (parts && depth > 0) {
        // Inside an object or array value: only track nesting until it closes.
        NESTED_STOP.lastIndex = i;
        const stop = NESTED_STOP.exec(text);
        if (!stop) break;
        i = stop.index;
        const char = stop[0];
        if (char === '"') inString = true;
        else if (char === '{' || char === '[') depth++;
        else if (char === '}' || char === ']') {
          depth--;
          if (depth === 0) {
            yield emit(i + 1);
            expect = inArray ? 'after-element' : 'after-value';
          }
        }
        continue;
      }
      const char = text[i] as string;
      if (scalar) {
        if (char !== ',' && char !== ']' && char !== '}' && !WHITESPACE.has(char)) continue;
        scalar = false;
        yield emit(i);
        expect = inArray ? 'after-element' : 'after-value';
      }
      if (WHITESPACE.has(char)) continue;
      const startValue = () => {
        parts = [];
        from = i;
        if (char === '"') inString = true;
        else if (char === '{' || char === '[') depth = 1;
        else scalar = true;
      };
      switch (expect) {
        case 'open':
          if (char === '\uFEFF') break;
          if (char !== '{') fail('a knead-backup file is one JSON object');
          expect = 'key';
          break;
        case 'key':
          if (char === '}' && members === 0) expect = 'done';
          else if (char === '"') {
            members++;
            parts = [];
            from = i;
            inString = true;
          } else fail('expected a member name');
          break;
        case 'colon':
          if (char !== ':') fail('expected ":"');
          expect = 'value';
          break;
        case 'value':
          if (char === '[') {
            inArray = true;
            index = 0;
            expect = 'element';
            yield { type: 'list', key };
          } else startValue();
          break;
        case 'element':
          if (char === ']' && index === 0) {
            inArray = false;
            expect = 'after-value';
          } else startValue();
          break;
        case 'after-element':
          if (char === ',') expect = 'element';
          else if (char === ']') {
            inArray = false;
            expect = 'after-value';
          } else fail('expected "," or "]"');
          break;
        case 'after-value':
          if (char === ',') expect = 'key';
          else if (char === '}') expect = 'done';
          else fail('expected "," or "}"');
          break;
        case 'done':
          fail('text after the end of the backup object');
      }
    }
    if (parts) {
      const rest = text.slice(from);
      partsLength += rest.length;
      if (partsLength > maxEntryChars) fail(`an entry is longer than ${maxEntryChars} characters`);
      (parts as string[]).push(rest);
    }
  }
  if (expect !== 'done') fail('the file ends before the backup object is closed');
}
