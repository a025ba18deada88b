import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { TOPIC_LABELS } from '../../core/messages/labels';
import { cliLanguage, cliTranslator, isSourceLanguage } from '../io/cli-language';
import { wrapText } from '../terminal/wrap';

/** `knead knowledge`: the whole knowledge base, each statement with its source. */
export function register(program: Command, t: Translator): void {
  program
    .command('knowledge')
    .description(t.t('cli.help.knowledge'))
    .option('--json', t.t('cli.help.knowledge.json'))
    .option('-t, --topic <id>', t.t('cli.help.knowledge.topic'))
    .action(async (options: { json?: boolean; topic?: string }) => {
      const language = cliLanguage();
      // JSON answers in another language only when --lang/--country asked (decision 0032); text follows LANG too.
      const inLanguage = !isSourceLanguage(language) && (language.explicit || !options.json);
      const [{ KNOWLEDGE_BASE: SOURCE }, { knowledgeBaseIn }] = await Promise.all([
        import('../../core/knowledge/index'),
        import('../../core/knowledge/localise'),
      ]);
      const KNOWLEDGE_BASE = inLanguage
        ? (knowledgeBaseIn(await cliTranslator(['knowledge']), language.place) as typeof SOURCE)
        : SOURCE;
      const topics = options.topic
        ? KNOWLEDGE_BASE.topics.filter((t) => t.id === options.topic)
        : KNOWLEDGE_BASE.topics;
      if (options.topic && topics.length === 0) {
        process.stderr.write(
          `--topic: unknown topic "${options.topic}"; one of ${Object.keys(TOPIC_LABELS).join(', ')}\n`,
        );
        process.exitCode = 2;
        return;
      }
      if (options.json) {
        const out = options.topic ? topics[0] : KNOWLEDGE_BASE;
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const lines: string[] = [];
      for (const topic of topics) {
        lines.push('', `## ${topic.title} (${topic.id})`, ...wrapText(topic.summary, 80));
        for (const item of topic.items)
          lines.push(...wrapText(`- ${item.title}: ${item.text} [${item.source}]`, 80, '  '));
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
