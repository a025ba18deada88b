// Writes the en-GB `knowledge` catalog (src/core/i18n/catalog/knowledge/en-GB.json) from the English data in
// src/core/knowledge, by the same walk that localises it (localise.ts, decision 0034). Texts that name a UK care
// service or number become ICU messages: the number is `{emergency}` and, where the words differ by country, the whole
// text is a `{country, select, …}` whose branches are what care-words.ts's localiseCareText gives for each country
// (so en-GB for the UK is today's text, byte for byte). Run after changing an English knowledge text, then translate
// the new or changed keys in en-US, es and de and run `npm run messages`.
// Run: node --import tsx scripts/knowledge-catalog.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractKnowledgeCatalog } from '../src/core/knowledge/localise';
import { COUNTRIES, localiseCareText } from '../src/core/messages/care-words';

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
const EMERGENCY = '{emergency}';

/** The ICU message for an English text written in UK care terms. */
export function careMessage(text: string): string {
  const branches = COUNTRIES.map((country) => [
    country,
    localiseCareText(text, { country, emergencyNumber: EMERGENCY }),
  ]);
  const gb = branches[0]![1];
  if (branches.every(([, branch]) => branch === gb)) return gb;
  return `{country, select, ${branches.map(([country, branch]) => `${country} {${branch}}`).join(' ')}}`;
}

const catalog = extractKnowledgeCatalog();
for (const [key, text] of Object.entries(catalog)) {
  if (/[{}]/.test(text)) throw new Error(`${key}: braces must be escaped for ICU MessageFormat`);
  catalog[key] = careMessage(text);
}
writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`wrote ${Object.keys(catalog).length} messages to ${file}`);
