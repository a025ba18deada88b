import { type Command, Option } from 'commander';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { createStyle, shouldUseColor } from '../terminal/style';
import { EXIT_GOT_WORSE } from './session';

/** `knead check`: the interactive questionnaire, then the verdict, the reasons and the plan. */
export function register(program: Command): void {
  program
    .command('check')
    .description('answer a few questions about your spasm and get a verdict and a massage plan')
    .option('--json', 'print the Situation and Assessment as JSON at the end instead of text')
    .option('--age <years>', 'your age in years (otherwise asked once and remembered)')
    .addOption(
      new Option('--speed <n>', 'time runs N times faster in the session (demos, tests)').default('1').hideHelp(),
    )
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
        { rememberAnswers, runQuestionnaire },
        { readMemory, writeMemory },
        { toAssessable },
        { renderAssessment },
        { careLabelFor, localiseAssessment },
        { renderRelief },
        { playSession },
      ] = await Promise.all([
        import('@clack/prompts'),
        import('../../core/assess/assess-situation'),
        import('../check/ask'),
        import('../check/questionnaire'),
        import('../check/settings'),
        import('../../core/questionnaire/answers'),
        import('../terminal/assessment-screen'),
        import('../io/localise-output'),
        import('../terminal/relief-screen'),
        import('../terminal/session-player'),
      ]);
      p.intro(t.t('cli.check.intro'));
      try {
        const remembered = await readMemory();
        const style = createStyle(shouldUseColor(process.stdout, process.env));
        // Relief first: the stretch as soon as the red flags are clear, while the remaining questions wait.
        const showRelief = (relief: Parameters<typeof renderRelief>[0]) =>
          process.stdout.write(`${renderRelief(relief, style, t).join('\n')}\n`);
        const state = await runQuestionnaire(age === undefined ? remembered : { ...remembered, age }, showRelief, t);
        // Not remembering only means asking again next time: never lose the verdict over it.
        await writeMemory(rememberAnswers(state)).catch(() => p.log.warn(t.t('cli.check.not-remembered')));
        const situation = toAssessable(state.answers, state.memory);
        if (!situation) throw new Error('the questionnaire ended without a region');
        const assessed = assessSituation(situation);
        // JSON stays the stable interface unless --lang asked for another language (decision 0032).
        const assessment = localiseAssessment(assessed, language);
        p.outro(t.t('cli.check.outro'));
        if (options.json) {
          const json = language.explicit ? assessment : assessed;
          process.stdout.write(`${JSON.stringify({ situation, assessment: json }, null, 2)}\n`);
        } else
          process.stdout.write(
            `${renderAssessment(assessment, style, t, careLabelFor(assessment, language)).join('\n')}\n`,
          );
        if (assessment.plan && (await askYesNo(t.t('cli.check.start-session'), true))) {
          const final = await playSession(assessment.plan, {
            input: process.stdin,
            output: process.stdout,
            style,
            bell: true,
            speed: Number(options.speed) || 1,
            painBefore: situation.intensity,
            translator: t,
          });
          if (final.stopReason === 'worse') process.exitCode = EXIT_GOT_WORSE;
        }
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error;
        p.cancel(t.t('cli.check.cancelled'));
        process.exitCode = 130;
      }
    });
}
