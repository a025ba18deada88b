import type { Command } from 'commander';
import { TOPIC_LABELS } from '../../core/messages/labels';
import { cliLanguage, cliTranslator, isSourceLanguage } from '../io/cli-language';
import { wrapText } from '../terminal/wrap';

/**
 * `knead knowledge`: the whole knowledge base, each statement with its source, in the run's language and with the
 * care services of its country (decision 0034). `--json` keeps today's en-GB unless --lang is given (decision 0032).
 */
export function register(program: Command): void {
  program
    .command('knowledge')
    .description('print the knowledge base (topics, causes, techniques, warning signs…), each with its source')
    .option('--json', 'print everything as JSON')
    .option('-t, --topic <id>', 'print one topic only')
    .action(async (options: { json?: boolean; topic?: string }) => {
      const { KNOWLEDGE_BASE: SOURCE, knowledgeBaseIn } = await import('../../core/knowledge/index');
      const language = cliLanguage();
      const localised = !isSourceLanguage(language) && (!options.json || language.explicit);
      const KNOWLEDGE_BASE = localised ? knowledgeBaseIn(await cliTranslator(['knowledge']), language.place) : SOURCE;
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
