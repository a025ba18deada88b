import type { Command } from 'commander';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { failWithProblems, readJsonInput } from '../io/read-input';
import { createStyle, shouldUseColor } from '../terminal/style';

/** `knead assess`: a Situation (JSON) in, an Assessment out. Invalid input: exit 2, one line per problem on stderr. */
export function register(program: Command): void {
  program
    .command('assess')
    .description('assess a Situation given as JSON on stdin (or --input FILE) and print the verdict')
    .option('--json', 'print the Assessment as JSON (the stable machine interface)')
    .option('-i, --input <file>', 'read the Situation from FILE instead of standard input')
    .addHelpText(
      'after',
      [
        '',
        'Fields (DESIGN.md "The assessment contract"; only region is required, unknown fields are errors):',
        '  region, side, ongoing, durationMinutes, intensity (0-10), context[], signs[], history{...},',
        '  presentation  "cramp" (sudden, hard, lets go in minutes; the default) or "tightness" (a knot or',
        '                stiffness that lingers hours or days: the 10- and 60-minute cramp rules do not apply)',
        '  age           whole years 0-120 (back-pain age flags; children get gentler advice)',
        '',
        'Examples:',
        '  echo \'{"region":"calf","ongoing":true,"durationMinutes":3}\' | knead assess --json',
        '  echo \'{"region":"neck","presentation":"tightness","durationMinutes":1440,"age":34}\' | knead assess --json',
        '',
        'Exit codes: 0 ok, 2 invalid input (one line per problem on stderr).',
      ].join('\n'),
    )
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
      if (!parsed.success) return failWithProblems(parsed.problems.map((p) => `${p.path}: ${p.message}`));
      const language = cliLanguage();
      const assessed = assessSituation(parsed.data);
      // The JSON is the stable machine interface: LANG alone never changes it, only --lang does (decision 0032).
      if (options.json) {
        const json = language.explicit ? localise.localiseAssessment(assessed, language) : assessed;
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      const assessment = localise.localiseAssessment(assessed, language);
      const style = createStyle(shouldUseColor(process.stdout, process.env));
      const lines = renderAssessment(
        assessment,
        style,
        await cliTranslator(),
        localise.careLabelFor(assessment, language),
      );
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
