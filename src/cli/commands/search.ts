import type { Command } from 'commander';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { wrapText } from '../terminal/wrap';

/**
 * `knead search "QUESTION"`: the best-matching knowledge topics, in the run's language (--lang, else LC_ALL /
 * LC_MESSAGES / LANG): a Spanish question is searched in the Spanish topics with Spanish stemming (decision 0034).
 * `--json` keeps today's en-GB search unless --lang is given, like every machine output (decision 0032).
 */
export function register(program: Command): void {
  program
    .command('search')
    .description('search the knowledge base, e.g. knead search "how long should a cramp last?"')
    .argument('<question...>', 'what you want to know')
    .option('--json', 'print [{ topic, title, score, snippet }] best first')
    .option('-n, --limit <n>', 'how many results (1–50)', '5')
    .action(async (words: string[], options: { json?: boolean; limit: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
        process.stderr.write(`--limit: must be a whole number from 1 to 50 (got ${JSON.stringify(options.limit)})\n`);
        process.exitCode = 2;
        return;
      }
      const language = cliLanguage();
      const localised = language.locale !== 'en-GB' && (!options.json || language.explicit);
      const { searchKnowledge, searchKnowledgeIn } = await import('../../core/search/search');
      const question = words.join(' ');
      const t = localised ? await cliTranslator(['knowledge', 'search']) : undefined;
      const results = t ? searchKnowledgeIn(t, question, { limit }) : searchKnowledge(question, { limit });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        return;
      }
      if (results.length === 0) {
        const none = t
          ? t.t('search.cli-no-results')
          : 'No topic matches that question. Try other words, or `knead knowledge` to browse.';
        process.stdout.write(`${none}\n`);
        return;
      }
      const lines = results.flatMap((r, i) => [`${i + 1}. ${r.title} (${r.topic})`, ...wrapText(r.snippet, 80, '   ')]);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
