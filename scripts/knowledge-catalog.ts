// Writes the en-GB `knowledge` catalog (src/core/i18n/catalog/knowledge/en-GB.json) from the English data in
// src/core/knowledge, by the same walk that localises it (localise.ts, decision 0034). Run after changing an English
// knowledge text, then translate the new or changed keys in en-US, es and de and run `npm run messages`.
// Run: node --import tsx scripts/knowledge-catalog.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractKnowledgeCatalog } from '../src/core/knowledge/localise';

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'core',
  'i18n',
  'catalog',
  'knowledge',
  'en-GB.json',
);
const catalog = extractKnowledgeCatalog();
for (const [key, text] of Object.entries(catalog)) {
  if (/[{}]/.test(text)) throw new Error(`${key}: braces must be escaped for ICU MessageFormat`);
}
writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`wrote ${Object.keys(catalog).length} messages to ${file}`);
