import { citeSource } from '../sources';
import type { Rule } from './rule';

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The rules as a markdown table, for docs/safety/rules.md (kept in sync by src/app/safety-docs.test.ts).
 * @example renderRulesTable([]).startsWith('| id |') // true
 */
export function renderRulesTable(rules: readonly Rule[]): string {
  const rows = rules.map(
    (r) =>
      `| \`${r.id}\` | ${cell(r.summary)} | ${r.care ?? '—'} | ${r.massage ?? '—'} | ${cell(citeSource(r.source))} |`,
  );
  return ['| id | when | care | massage | source |', '|---|---|---|---|---|', ...rows].join('\n');
}
