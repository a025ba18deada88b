import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { problemLines } from '../io/cli-errors';
import { cliLanguage } from '../io/cli-language';
import { failWithProblems, readJsonInput } from '../io/read-input';
import { createStyle, shouldUseColor } from '../terminal/style';

/** `knead assess`: a Situation (JSON) in, an Assessment out. Invalid input: exit 2, one line per problem on stderr. */
export function register(program: Command, t: Translator): void {
  program
    .command('assess')
    .description(t.t('cli.help.assess'))
    .option('--json', t.t('cli.help.opt.json'))
    .option('-i, --input <file>', t.t('cli.help.assess.input'))
    .addHelpText('after', t.t('cli.help.assess.after'))
    .action(async (options: { json?: boolean; input?: string }) => {
      const input = await readJsonInput(options.input);
      if (!input.ok) return failWithProblems(input.problems);
      // Loaded here so `knead --help` does not pay for zod and the engine.
      const [{ assessSituation }, { SituationSchema }, { parseInput }, { renderAssessment }, localise] =
        await Promise.all([
          import('../../core/assess/assess-situation'),
          import('../../core/situation'),
          import('../../core/validation/describe-issues'),
          import('../terminal/assessment-screen'),
          import('../io/localise-output'),
        ]);
      const parsed = parseInput(SituationSchema, input.value);
      if (!parsed.success) return failWithProblems(await problemLines(parsed.problems));
      const language = cliLanguage();
      // The JSON is the stable machine interface: LANG alone never changes it, only --lang or --country do (0032).
      if (options.json && !language.explicit) {
        process.stdout.write(`${JSON.stringify(assessSituation(parsed.data), null, 2)}\n`);
        return;
      }
      const t = await localise.assessmentTranslator(language);
      const assessment = localise.assessForCli(parsed.data, language, t);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(assessment, null, 2)}\n`);
        return;
      }
      const style = createStyle(shouldUseColor(process.stdout, process.env));
      const lines = renderAssessment(assessment, style, t, localise.careLabelFor(assessment, language, t));
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
