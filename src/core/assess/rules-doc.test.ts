import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules';
import { renderRulesTable } from './rules-doc';

const DOC = new URL('../../../docs/safety/rules.md', import.meta.url);
const BEGIN = '<!-- rules:begin (generated: npm run safety:docs) -->';
const END = '<!-- rules:end -->';

describe('docs/safety/rules.md', () => {
  it('holds exactly the rules the engine runs (regenerate with npm run safety:docs)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const table = doc.slice(doc.indexOf(BEGIN) + BEGIN.length, doc.indexOf(END)).trim();
    expect(table).toBe(renderRulesTable(RULES));
  });
});
