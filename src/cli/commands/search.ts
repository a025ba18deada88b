import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { cliLanguage, cliTranslator, isSourceLanguage } from '../io/cli-language';
import { wrapText } from '../terminal/wrap';

/** `knead search "QUESTION"`: the best-matching knowledge topics. */
export function register(program: Command, t: Translator): void {
  program
    .command('search')
    .description(t.t('cli.help.search'))
    .argument('<question...>', t.t('cli.help.search.question'))
    .option('--json', t.t('cli.help.search.json'))
    .option('-n, --limit <n>', t.t('cli.help.search.limit'), '5')
    .action(async (words: string[], options: { json?: boolean; limit: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
        process.stderr.write(`${t.t('cli.search.limit-invalid', { got: JSON.stringify(options.limit) })}\n`);
        process.exitCode = 2;
        return;
      }
      const { searchKnowledge, searchKnowledgeIn } = await import('../../core/search/search');
      const language = cliLanguage();
      // JSON answers in another language only when --lang/--country asked (decision 0032); text follows LANG too.
      const inLanguage = !isSourceLanguage(language) && (language.explicit || !options.json);
      const knowledge = await cliTranslator(inLanguage ? ['knowledge'] : []);
      const query = words.join(' ');
      const results = inLanguage ? searchKnowledgeIn(knowledge, query, { limit }) : searchKnowledge(query, { limit });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        return;
      }
      if (results.length === 0) {
        process.stdout.write(`${knowledge.t('cli.search.none')}\n`);
        return;
      }
      const lines = results.flatMap((r, i) => [`${i + 1}. ${r.title} (${r.topic})`, ...wrapText(r.snippet, 80, '   ')]);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
