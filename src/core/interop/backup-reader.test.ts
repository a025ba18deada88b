import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BackupEntry, BackupSyntaxError, readBackupEntries } from './backup-reader';

/** Rebuilds the object from the reader's entries (what a non-streaming JSON.parse would give). */
async function rebuild(chunks: Iterable<Uint8Array | string>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for await (const entry of readBackupEntries(chunks) as AsyncIterable<BackupEntry>) {
    const own = (value: unknown) => Object.defineProperty(out, entry.key, { value, enumerable: true, writable: true });
    if (entry.type === 'member') own(entry.value);
    else if (entry.type === 'list') own([]);
    else {
      const list = out[entry.key] as unknown[];
      expect(entry.index).toBe(list.length);
      list.push(entry.value);
    }
  }
  return out;
}

/** Cuts bytes at the given offsets (often inside a multi-byte character). */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(start, point));
    start = point;
  }
  return pieces;
}

const key = fc.string({ maxLength: 8 });
const shape = fc.dictionary(
  key,
  fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
  { maxKeys: 6 },
);

describe('readBackupEntries', () => {
  it('yields what JSON.parse sees, for any object of arrays and values, cut anywhere, compact or indented', async () => {
    await fc.assert(
      fc.asyncProperty(shape, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), async (value, offsets, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const rebuilt = await rebuild(cut(new TextEncoder().encode(text), offsets));
        expect(rebuilt).toEqual(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('names the record where the text stops being JSON', async () => {
    const bad = '{"format":"knead-backup","episodes":[{"id":"a"},{"id":"b",}]}';
    await expect(rebuild([bad])).rejects.toMatchObject({ name: 'BackupSyntaxError', path: 'episodes.1' });
  });

  it.each([
    ['[]', 'a knead-backup file is one JSON object'],
    ['{"a":1', 'ends before'],
    ['{"a" 1}', 'expected ":"'],
    ['{"a":[1,2}', 'expected "," or "]"'],
    ['{"a":1} x', 'text after'],
    ['{"a":1,}', 'expected a member name'],
    ['{"a":tru}', 'not valid JSON'],
  ])('refuses %s', async (text, message) => {
    const error = await rebuild([text]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupSyntaxError);
    expect((error as Error).message).toContain(message);
  });

  it('refuses bytes that are not UTF-8, and an entry longer than the limit', async () => {
    await expect(rebuild([new Uint8Array([0x7b, 0xff, 0x7d])])).rejects.toThrow('not valid UTF-8');
    const long = `{"a":["${'x'.repeat(100)}"]}`;
    const pieces = [long.slice(0, 20), long.slice(20, 60), long.slice(60)];
    const reading = (async () => {
      for await (const _ of readBackupEntries(pieces, 50)) void _;
    })();
    await expect(reading).rejects.toThrow('longer than 50');
  });
});
