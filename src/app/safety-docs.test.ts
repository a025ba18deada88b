import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_RULES, RULES } from '../core/assess/rules';
import { renderRulesTable } from '../core/assess/rules-doc';

/** The safety documents are checked here (core stays free of file I/O): they must say what the code does. */
const ROOT = new URL('../../', import.meta.url);
const LOG = readFileSync(new URL('docs/safety/hazard-log.md', ROOT), 'utf8');

interface Hazard {
  id: string;
  controls: string[];
  verifiedBy: { file: string; text: string }[];
}

/** The hazard rows of the markdown table: | id | hazard | cause | harm | controls | verified by |. */
function parseHazards(markdown: string): Hazard[] {
  return markdown
    .split('\n')
    .filter((line) => /^\| H\d+ \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return {
        id: cells[1] ?? '',
        controls: (cells[5] ?? '').split(',').map((c) => c.trim()),
        verifiedBy: (cells[6] ?? '').split(';').map((ref) => {
          const [file = '', text = ''] = ref.split(' › ').map((part) => part.trim());
          return { file, text };
        }),
      };
    });
}

describe('docs/safety/hazard-log.md', () => {
  const hazards = parseHazards(LOG);

  it('lists hazards, each with controls and tests', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(15);
    for (const hazard of hazards) {
      expect(hazard.controls.length, hazard.id).toBeGreaterThan(0);
      expect(hazard.verifiedBy.length, hazard.id).toBeGreaterThan(0);
    }
  });

  it('controls every red-flag rule by at least one hazard', () => {
    const controlled = new Set(hazards.flatMap((h) => h.controls));
    const uncontrolled = RED_FLAG_RULES.map((r) => r.id).filter((id) => !controlled.has(id));
    expect(uncontrolled).toEqual([]);
  });

  it('names only rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const hazard of hazards)
      for (const id of hazard.controls) expect(ids.has(id), `${hazard.id}: ${id}`).toBe(true);
  });

  it('points every hazard at tests that exist and contain the named text', () => {
    for (const hazard of hazards) {
      for (const { file, text } of hazard.verifiedBy) {
        const url = new URL(file, ROOT);
        expect(existsSync(url), `${hazard.id}: ${file}`).toBe(true);
        expect(text.length, `${hazard.id}: ${file}`).toBeGreaterThan(0);
        expect(readFileSync(url, 'utf8').includes(text), `${hazard.id}: "${text}" in ${file}`).toBe(true);
      }
    }
  });
});

const BEGIN = '<!-- rules:begin (generated: npm run safety:docs) -->';
const END = '<!-- rules:end -->';

describe('docs/safety/rules.md', () => {
  it('holds exactly the rules the engine runs (regenerate with npm run safety:docs)', () => {
    const doc = readFileSync(new URL('docs/safety/rules.md', ROOT), 'utf8');
    const table = doc.slice(doc.indexOf(BEGIN) + BEGIN.length, doc.indexOf(END)).trim();
    expect(table).toBe(renderRulesTable(RULES));
  });
});
