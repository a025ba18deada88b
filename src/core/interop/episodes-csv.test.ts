import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-codec';
import { buildEpisodesCsv, EPISODE_CSV_COLUMNS, parseEpisodesCsv } from './episodes-csv';
import { buildEpisodeFixture } from './journal-fixtures';

const tricky = buildEpisodeFixture({
  id: '01950000-0000-7000-8000-000000000002',
  region: 'thigh-back',
  notes: 'Said "ouch", then\r\nstretched; it eased',
  history: { frequency: 'weekly', conditions: ['diabetes'], medications: ['statin', 'diuretic'], selfCareDays: 3 },
});
const formula = buildEpisodeFixture({ id: '01950000-0000-7000-8000-000000000003', notes: '=HYPERLINK("x")' });
const plain = buildEpisodeFixture();

describe('buildEpisodesCsv', () => {
  const csv = buildEpisodesCsv([plain, tricky, formula]);

  it('is read back by csv-parse as one row per episode with our header', () => {
    const rows: Record<string, string>[] = parse(csv, { columns: true, relax_column_count: false });
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0] ?? {})).toEqual([...EPISODE_CSV_COLUMNS]);
    expect(rows[1]?.notes).toBe(tricky.notes);
    expect(rows[1]?.medications).toBe('statin;diuretic');
    expect(rows[1]?.frequency).toBe('weekly');
    expect(rows[0]?.startedAt).toBe('2026-03-01T02:10:00+01:00');
    expect(rows[0]?.context).toBe('night;exercise');
    // A spreadsheet must not run a note as a formula.
    expect(rows[2]?.notes).toBe(`'${formula.notes}`);
  });

  it('uses CRLF record separators (RFC 4180)', () => {
    expect(csv.startsWith(`${EPISODE_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
  });

  it('round-trips through parseEpisodesCsv without loss of the CSV columns', () => {
    const imported = parseEpisodesCsv(csv);
    expect(imported.errors).toEqual([]);
    expect(imported.rows).toEqual([plain, tricky, formula]);
    expect(imported.lines).toEqual([2, 3, 5]);
  });
});

describe('notes survive the CSV round trip', () => {
  it('keeps a genuine leading apostrophe, and still neutralises formulas', () => {
    const notes = ["'tis the night cramp again", "'=1+1", "''", "'", '', '   ', '-3 after stretching', '@home'];
    const episodes = notes.map((note, i) =>
      buildEpisodeFixture({ id: `01950000-0000-7000-8000-00000000010${i}`, notes: note }),
    );
    const csv = buildEpisodesCsv(episodes);
    const cells = (parse(csv, { columns: true }) as Record<string, string>[]).map((row) => row.notes);
    expect(cells).toEqual([
      "''tis the night cramp again",
      "''=1+1",
      "'''",
      "''",
      "'",
      "'   ",
      "'-3 after stretching",
      "'@home",
    ]);
    expect(parseEpisodesCsv(csv).rows.map((row) => row.notes)).toEqual(notes);
  });

  it('export → import is the identity for any note (property)', () => {
    const note = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .tuple(fc.constantFrom("'", "''", '=', '+', '-', '@', '\t', '\r', ' ', '"', '\n'), fc.string())
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(note, { maxLength: 5 }), (notes) => {
        const episodes = notes.map((text, i) =>
          buildEpisodeFixture({ id: `01950000-0000-7000-8000-0000000002${String(i).padStart(2, '0')}`, notes: text }),
        );
        const imported = parseEpisodesCsv(buildEpisodesCsv(episodes));
        expect(imported.errors).toEqual([]);
        expect(imported.rows).toEqual(episodes);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseEpisodesCsv', () => {
  it('accepts a minimal file from another app and gives each row an id', () => {
    let n = 0;
    const result = parseEpisodesCsv('region,startedAt\nfoot,2026-01-02T03:04:05Z\n', {
      createId: () => `01950000-0000-7000-8000-00000000000${++n}`,
    });
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        id: '01950000-0000-7000-8000-000000000001',
        region: 'foot',
        startedAt: '2026-01-02T03:04:05Z',
        context: [],
        signs: [],
        actions: [],
      },
    ]);
  });

  it('reports every bad row with its line and field, and returns only the good rows', () => {
    const text = [
      'startedAt,region,intensity,context,frequency',
      '2026-01-02T03:04:05Z,calf,5,night,',
      'yesterday,elbow,11,night;dancing,sometimes',
      '2026-01-03T03:04:05Z,calf,abc,,',
      '2026-01-04T03:04:05Z,calf',
    ].join('\n');
    const result = parseEpisodesCsv(text);
    expect(result.rows).toHaveLength(1);
    const byLine = (line: number) => result.errors.filter((error) => error.line === line).map((error) => error.field);
    expect(byLine(3).sort()).toEqual(['context', 'frequency', 'intensity', 'region', 'startedAt']);
    expect(byLine(4)).toEqual(['intensity']);
    expect(byLine(5)).toEqual(['(row)']);
    const region = result.errors.find((error) => error.field === 'region');
    expect(region?.message).toMatch(/calf/);
    expect(result.errors.find((error) => error.field === 'startedAt')?.message).toMatch(/ISO 8601/);
  });

  it('rejects unknown or missing columns before reading rows', () => {
    const result = parseEpisodesCsv('when,region\n2026-01-02,calf\n');
    expect(result.rows).toEqual([]);
    expect(result.errors.map((error) => [error.line, error.field])).toEqual([
      [1, 'when'],
      [1, 'startedAt'],
    ]);
  });

  it('flags duplicate ids and unclosed quotes', () => {
    const id = '01950000-0000-7000-8000-000000000009';
    const dup = parseEpisodesCsv(
      `id,startedAt,region\n${id},2026-01-02T00:00:00Z,calf\n${id},2026-01-03T00:00:00Z,calf\n`,
    );
    expect(dup.errors).toEqual([{ line: 3, field: 'id', message: 'duplicate id (also on line 2)' }]);
    const broken = parseEpisodesCsv('startedAt,region,notes\n2026-01-02T00:00:00Z,calf,"never\nclosed\n');
    expect(broken.errors).toEqual([{ line: 2, field: '(file)', message: 'a quoted field is never closed' }]);
    expect(broken.rows).toEqual([]);
  });
});

describe('parseCsv', () => {
  it('tracks the starting line of records that span lines', () => {
    const result = parseCsv('\uFEFFa,b\r\n"x\r\ny",z\r\n\r\nlast,"q""q"');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x\r\ny', 'z'] },
        { line: 5, fields: ['last', 'q"q'] },
      ],
    });
  });
});
