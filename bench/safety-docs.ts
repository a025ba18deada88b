// Regenerates the rules table in docs/safety/rules.md from the rule data (npm run safety:docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/core/assess/rules';
import { renderRulesTable } from '../src/core/assess/rules-doc';

const path = new URL('../docs/safety/rules.md', import.meta.url);
const BEGIN = '<!-- rules:begin (generated: npm run safety:docs) -->';
const END = '<!-- rules:end -->';
const doc = readFileSync(path, 'utf8');
const next = `${doc.slice(0, doc.indexOf(BEGIN) + BEGIN.length)}\n${renderRulesTable(RULES)}\n${doc.slice(doc.indexOf(END))}`;
writeFileSync(path, next);
console.log(`docs/safety/rules.md: ${RULES.length} rules`);
