import { type Command, Option } from 'commander';
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
      const age = options.age === undefined ? undefined : Number(options.age);
      if (age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= 120)) {
        process.stderr.write('--age must be a whole number of years from 0 to 120\n');
        process.exitCode = 2;
        return;
      }
      if (!process.stdin.isTTY) {
        process.stderr.write('knead check needs an interactive terminal; use `knead assess --json` for scripts\n');
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
        { playSession },
      ] = await Promise.all([
        import('@clack/prompts'),
        import('../../core/assess/assess-situation'),
        import('../check/ask'),
        import('../check/ask-situation'),
        import('../terminal/assessment-screen'),
        import('../terminal/session-player'),
      ]);
      p.intro('Knead — should I massage this spasm?');
      try {
        const style = createStyle(shouldUseColor(process.stdout, process.env));
        const situation = await askSituation({ style, age });
        const assessment = assessSituation(situation);
        p.outro('Here is what to do.');
        if (options.json) process.stdout.write(`${JSON.stringify({ situation, assessment }, null, 2)}\n`);
        else process.stdout.write(`${renderAssessment(assessment, style).join('\n')}\n`);
        if (assessment.plan && (await askYesNo('Start the guided session now (timers and cues)?', true))) {
          const final = await playSession(assessment.plan, {
            input: process.stdin,
            output: process.stdout,
            style,
            bell: true,
            speed: Number(options.speed) || 1,
            painBefore: situation.intensity,
          });
          if (final.stopReason === 'worse') process.exitCode = EXIT_GOT_WORSE;
        }
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error;
        p.cancel('Stopped. Nothing was saved.');
        process.exitCode = 130;
      }
    });
}
