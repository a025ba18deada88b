import type { Command } from 'commander';
import type { JournalPort } from '../../app/journal-port';
import type { Translator } from '../../core/i18n/translator';
import type { EpisodeInput, SessionRecord } from '../../core/journal';
import { flagPath, reportCliError } from '../io/cli-errors';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { parseSituation } from '../io/parse-situation';
import { failWithProblems, readJsonInput } from '../io/read-input';
import { collectSituationFlags, SITUATION_FLAGS, type SituationFlags } from '../terminal/situation-flags';
import { createStyle, shouldUseColor } from '../terminal/style';

/** Exit codes beyond 0 (done or quit) and 2 (invalid input). */
export const EXIT_MASSAGE_AVOID = 3;
export const EXIT_GOT_WORSE = 4;

interface SessionOptions extends SituationFlags {
  input?: string;
  speed: string;
  quiet?: boolean;
  save?: boolean;
  dataDir?: string;
}

const HELP_AFTER = `
Keys during the session:
  space  pause / resume      s  skip this step
  w      it's getting worse (stops, and shows what to do and when to get help)
  q      quit
Pain is rated before and after: type a number from 0 to 10, then Enter
(Enter alone skips).

Examples:
  knead session --region calf
  knead session --region neck --intensity 6 --context stress,prolonged-posture
  knead session --input situation.json --quiet
  knead session --region calf --save      (then: knead insights)

Exit codes: 0 finished or quit, 2 invalid input, 3 massage not advised (the verdict
is shown), 4 stopped because it got worse.
`;

function parseSpeed(text: string): number | null {
  const speed = Number(text);
  return Number.isFinite(speed) && speed > 0 && speed <= 100_000 ? speed : null;
}

async function readSituation(options: SessionOptions) {
  const flags = collectSituationFlags(options);
  if (options.input && flags !== null) {
    return { ok: false as const, problems: ['--input: give either --input FILE or --region with its flags, not both'] };
  }
  if (!options.input && flags === null) {
    return { ok: false as const, problems: ['--region: required (or --input FILE); e.g. knead session --region calf'] };
  }
  const raw = options.input ? await readJsonInput(options.input) : { ok: true as const, value: flags };
  if (!raw.ok) return raw;
  const parsed = await parseSituation(raw.value);
  // From flags, a problem names the flag; from a file, the field.
  const names = options.input ? {} : SITUATION_FLAGS;
  if (!parsed.success) {
    return { ok: false as const, problems: parsed.problems.map((p) => `${flagPath(p.path, names)}: ${p.message}`) };
  }
  return { ok: true as const, value: parsed.data };
}

async function openJournalForSaving(dataDir: string | undefined, t: Translator): Promise<JournalPort | null> {
  try {
    const { openJournal } = await import('../io/open-journal');
    return await openJournal({ dataDir });
  } catch (error) {
    process.stderr.write(`${t.t('cli.session.journal-unavailable', { problem: (error as Error).message })}\n`);
    return null;
  }
}

async function saveToJournal(
  journal: JournalPort,
  records: { episode: EpisodeInput; session: SessionRecord },
  t: Translator,
): Promise<void> {
  const [{ parseOrThrow }, { EpisodeInputSchema, SessionInputSchema }] = await Promise.all([
    import('../../app/errors'),
    import('../../core/journal'),
  ]);
  try {
    await journal.createEpisode(parseOrThrow(EpisodeInputSchema, records.episode, 'episode'));
    await journal.createSession(parseOrThrow(SessionInputSchema, records.session, 'session'));
    process.stdout.write(`${t.t('cli.session.saved', { id: records.episode.id })}\n`);
  } catch (error) {
    reportCliError('session', error);
  } finally {
    await journal.close();
  }
}

/** `knead session`: assess a situation, refuse when massage is not advised, otherwise guide the plan. */
export function register(program: Command): void {
  program
    .command('session')
    .description('run a guided massage session: countdowns, cues, pause/skip, and a "getting worse" stop')
    .option('-i, --input <file>', 'read the Situation (JSON) from FILE')
    .option('-r, --region <region>', 'where the spasm is, e.g. calf, neck, lower-back')
    .option('--side <side>', 'left, right, both or center')
    .option('--intensity <0-10>', 'pain now or at its worst, 0 to 10')
    .option('--duration <minutes>', 'how long this episode has lasted, in minutes')
    .option('--ongoing', 'the spasm is happening now')
    .option('--context <list>', 'what was going on, comma-separated, e.g. exercise,dehydration')
    .option('--signs <list>', 'what you notice, comma-separated, e.g. swelling,numbness')
    .option('--frequency <how-often>', 'how often spasms happen: first, occasional, weekly or daily')
    .option('--speed <n>', 'time runs N times faster (demos and tests)', '1')
    .option('-q, --quiet', 'no terminal bell')
    .option('--save', 'save the episode and this session to your journal afterwards')
    .option('-d, --data-dir <dir>', 'embedded database directory (with --save)')
    .addHelpText('after', HELP_AFTER)
    .action(async (options: SessionOptions) => {
      const speed = parseSpeed(options.speed);
      if (speed === null)
        return failWithProblems([`--speed: "${options.speed}" is not allowed; give a number above 0`]);
      const situation = await readSituation(options);
      if (!situation.ok) return failWithProblems(situation.problems);
      const style = createStyle(shouldUseColor(process.stdout, process.env));
      // Loaded here so modules importing this file's exit codes (check) stay light.
      const [{ assessSituation }, { playSession }, { renderPlanIntro, renderRefusal }, localise, t] = await Promise.all(
        [
          import('../../core/assess/assess-situation'),
          import('../terminal/session-player'),
          import('../terminal/session-screen'),
          import('../io/localise-output'),
          cliTranslator(),
        ],
      );
      const language = cliLanguage();
      const assessed = assessSituation(situation.value);
      const assessment = localise.localiseAssessment(assessed, language);
      const care = localise.careLabelFor(assessment, language);
      if (assessment.massage === 'avoid' || assessment.plan === null) {
        process.stdout.write(`${renderRefusal(assessment, style, t, care)}\n`);
        process.exitCode = EXIT_MASSAGE_AVOID;
        return;
      }
      // The journal is opened before the session, so a problem (say, `knead serve` holds it) is known up front;
      // the session runs either way: nobody mid-cramp should be turned away over a database.
      const journal = options.save ? await openJournalForSaving(options.dataDir, t) : null;
      process.stdout.write(`${renderPlanIntro(assessment, assessment.plan, style, t, care).join('\n')}\n\n`);
      const startedAt = new Date();
      const final = await playSession(assessment.plan, {
        input: process.stdin,
        output: process.stdout,
        style,
        bell: !options.quiet,
        speed,
        painBefore: situation.value.intensity,
        translator: t,
      });
      if (journal) {
        const { buildSessionRecords } = await import('../../core/plan/session-records');
        // The journal keeps the assessment as the engine gave it (en-GB): stable text for the report and exports.
        const records = buildSessionRecords(final, situation.value, assessed, startedAt, new Date());
        await saveToJournal(journal, records, t);
      }
      if (final.stopReason === 'worse') process.exitCode = EXIT_GOT_WORSE;
    });
}
