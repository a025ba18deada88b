import { type Command, Option } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { createStyle, shouldUseColor } from '../terminal/style';
import { EXIT_GOT_WORSE } from './session';

/** `knead check`: the interactive questionnaire, then the verdict, the reasons and the plan. */
export function register(program: Command, t: Translator): void {
  program
    .command('check')
    .description(t.t('cli.help.check'))
    .option('--json', t.t('cli.help.check.json'))
    .option('--age <years>', t.t('cli.help.opt.age'))
    .addOption(new Option('--speed <n>', t.t('cli.help.check.speed')).default('1').hideHelp())
    .action(async (options: { json?: boolean; speed: string; age?: string }) => {
      const t = await cliTranslator();
      const language = cliLanguage();
      const age = options.age === undefined ? undefined : Number(options.age);
      if (age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= 120)) {
        process.stderr.write(`${t.t('cli.check.age-invalid')}\n`);
        process.exitCode = 2;
        return;
      }
      if (!process.stdin.isTTY) {
        process.stderr.write(`${t.t('cli.check.needs-terminal')}\n`);
        process.exitCode = 2;
        return;
      }
      // Loaded here so `knead --help` does not pay for the prompts, the engine and the player.
      const [
        p,
        { assessSituation },
        { askYesNo, CancelledError },
        { askSituation },
        { renderAssessment },
        { assessForCli, assessmentTranslator, careLabelFor },
        { playSession },
      ] = await Promise.all([
        import('@clack/prompts'),
        import('../../core/assess/assess-situation'),
        import('../check/ask'),
        import('../check/ask-situation'),
        import('../terminal/assessment-screen'),
        import('../io/localise-output'),
        import('../terminal/session-player'),
      ]);
      // The questions, the verdict and the session in the run's language (cli + the assessment's namespaces).
      const w = await assessmentTranslator(language);
      p.intro(w.t('cli.check.intro'));
      try {
        const style = createStyle(shouldUseColor(process.stdout, process.env));
        const situation = await askSituation({ style, age, translator: w, place: language.place });
        const assessment = assessForCli(situation, language, w);
        p.outro(w.t('cli.check.outro'));
        if (options.json) {
          // JSON stays the stable interface unless --lang or --country asked for other words (decision 0032).
          const json = language.explicit ? assessment : assessSituation(situation);
          process.stdout.write(`${JSON.stringify({ situation, assessment: json }, null, 2)}\n`);
        } else
          process.stdout.write(
            `${renderAssessment(assessment, style, w, careLabelFor(assessment, language, w)).join('\n')}\n`,
          );
        if (assessment.plan && (await askYesNo(w.t('cli.check.start-session'), true))) {
          const final = await playSession(assessment.plan, {
            input: process.stdin,
            output: process.stdout,
            style,
            bell: true,
            speed: Number(options.speed) || 1,
            painBefore: situation.intensity,
            translator: w,
          });
          if (final.stopReason === 'worse') process.exitCode = EXIT_GOT_WORSE;
        }
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error;
        p.cancel(w.t('cli.check.cancelled'));
        process.exitCode = 130;
      }
    });
}
