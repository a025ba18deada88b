import * as p from '@clack/prompts';
import type { Command } from 'commander';
import { assessSituation } from '../../core/assess/assess-situation';
import { CancelledError } from '../check/ask';
import { runQuestionnaire } from '../check/questionnaire';
import { renderAssessment } from '../terminal/assessment-screen';
import { createStyle, shouldUseColor } from '../terminal/style';

/** `knead check`: the interactive questionnaire, then the verdict, the reasons and the plan. */
export function register(program: Command): void {
  program
    .command('check')
    .description('answer a few questions about your spasm and get a verdict and a massage plan')
    .option('--json', 'print the Situation and Assessment as JSON at the end instead of text')
    .action(async (options: { json?: boolean }) => {
      if (!process.stdin.isTTY) {
        process.stderr.write('knead check needs an interactive terminal; use `knead assess --json` for scripts\n');
        process.exitCode = 2;
        return;
      }
      p.intro('Knead — should I massage this spasm?');
      try {
        const situation = await runQuestionnaire();
        const assessment = assessSituation(situation);
        p.outro('Here is what to do.');
        if (options.json) process.stdout.write(`${JSON.stringify({ situation, assessment }, null, 2)}\n`);
        else
          process.stdout.write(
            `${renderAssessment(assessment, createStyle(shouldUseColor(process.stdout, process.env))).join('\n')}\n`,
          );
        if (assessment.plan) {
          process.stdout.write(
            `\nTo be guided step by step with timers: knead session --input <file with the answers above>\n`,
          );
        }
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error;
        p.cancel('Stopped. Nothing was saved.');
        process.exitCode = 130;
      }
    });
}
