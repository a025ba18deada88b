import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { compileCatalogs } from '../../scripts/build-messages.js';
import { NAMESPACES } from '../core/i18n/catalogs';
import { LOCALES, SOURCE_LOCALE } from '../core/i18n/locales';

const root = join(import.meta.dirname, '..', 'core', 'i18n');
const read = (namespace: string, locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, 'catalog', namespace, `${locale}.json`), 'utf8'));

/** The argument names of an ICU message, with the kind of each (plain, plural, select, number…). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: readonly unknown[]) => {
    for (const token of tokens as ReturnType<typeof parse>) {
      if (token.type === 'argument') names.add(`${token.arg}`);
      else if (token.type === 'function') names.add(`${token.arg}:${token.key}`);
      else if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        names.add(`${token.arg}:${token.type}`);
        for (const option of token.cases) visit(option.tokens);
      }
    }
  };
  visit(parse(message));
  return [...names].sort();
}

describe('the message catalogs', () => {
  it('has one directory per namespace, and the compiled registry lists exactly those', () => {
    const directories = readdirSync(join(root, 'catalog'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect([...NAMESPACES]).toEqual(directories);
  });

  for (const namespace of NAMESPACES) {
    const source = read(namespace, SOURCE_LOCALE);
    for (const locale of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
      it(`${namespace}/${locale} has every key of ${SOURCE_LOCALE}, no other, with the same placeholders`, () => {
        const translated = read(namespace, locale);
        expect(Object.keys(translated).sort()).toEqual(Object.keys(source).sort());
        for (const [key, message] of Object.entries(source)) {
          expect({ key, placeholders: placeholders(translated[key] ?? '') }).toEqual({
            key,
            placeholders: placeholders(message),
          });
        }
      });
    }
    it(`${namespace}: no message is empty in any locale`, () => {
      for (const locale of LOCALES) {
        const empty = Object.entries(read(namespace, locale)).filter(([, text]) => text.trim() === '');
        expect({ locale, empty }).toEqual({ locale, empty: [] });
      }
    });
  }

  it('compiled files are up to date with the catalogs (run `npm run messages`)', () => {
    const files: Map<string, string> = compileCatalogs();
    for (const [path, text] of files) {
      expect({ path, text: readFileSync(join(root, path), 'utf8') }).toEqual({ path, text });
    }
  });
});
