import type { Command } from 'commander';
import type { JournalPort } from '../../app/journal-port';
import type { Translator } from '../../core/i18n/translator';
import type { EpisodeInput, SessionRecord } from '../../core/journal';
import { problemLines, reportCliError } from '../io/cli-errors';
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

function parseSpeed(text: string): number | null {
  const speed = Number(text);
  return Number.isFinite(speed) && speed > 0 && speed <= 100_000 ? speed : null;
}

async function readSituation(options: SessionOptions) {
  const flags = collectSituationFlags(options);
  if (options.input && flags !== null) {
    return { ok: false as const, problems: [(await cliTranslator()).t('cli.session.input-and-region')] };
  }
  if (!options.input && flags === null) {
    return { ok: false as const, problems: [(await cliTranslator()).t('cli.session.region-required')] };
  }
  const raw = options.input ? await readJsonInput(options.input) : { ok: true as const, value: flags };
  if (!raw.ok) return raw;
  const parsed = await parseSituation(raw.value);
  // From flags, a problem names the flag; from a file, the field.
  const names = options.input ? {} : SITUATION_FLAGS;
  if (!parsed.success) {
    return { ok: false as const, problems: await problemLines(parsed.problems, names) };
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
    await reportCliError('session', error);
  } finally {
    await journal.close();
  }
}

/** `knead session`: assess a situation, refuse when massage is not advised, otherwise guide the plan. */
export function register(program: Command, t: Translator): void {
  program
    .command('session')
    .description(t.t('cli.help.session'))
    .option('-i, --input <file>', t.t('cli.help.opt.input-situation'))
    .option('-r, --region <region>', t.t('cli.help.session.region'))
    .option('--side <side>', t.t('cli.help.opt.side'))
    .option('--intensity <0-10>', t.t('cli.help.session.intensity'))
    .option('--duration <minutes>', t.t('cli.help.opt.duration'))
    .option('--ongoing', t.t('cli.help.opt.ongoing'))
    .option('--context <list>', t.t('cli.help.opt.context-example'))
    .option('--signs <list>', t.t('cli.help.opt.signs-example'))
    .option('--frequency <how-often>', t.t('cli.help.opt.frequency'))
    .option('--speed <n>', t.t('cli.help.opt.speed'), '1')
    .option('-q, --quiet', t.t('cli.help.opt.quiet'))
    .option('--save', t.t('cli.help.session.save'))
    .option('-d, --data-dir <dir>', t.t('cli.help.session.data-dir'))
    .addHelpText('after', t.t('cli.help.session.after'))
    .action(async (options: SessionOptions) => {
      const speed = parseSpeed(options.speed);
      if (speed === null)
        return failWithProblems([(await cliTranslator()).t('cli.session.speed-invalid', { speed: options.speed })]);
      const situation = await readSituation(options);
      if (!situation.ok) return failWithProblems(situation.problems);
      const style = createStyle(shouldUseColor(process.stdout, process.env));
      // Loaded here so modules importing this file's exit codes (check) stay light.
      const [{ assessSituation }, { playSession }, { renderPlanIntro, renderRefusal }, localise] = await Promise.all([
        import('../../core/assess/assess-situation'),
        import('../terminal/session-player'),
        import('../terminal/session-screen'),
        import('../io/localise-output'),
      ]);
      const language = cliLanguage();
      const t = await localise.assessmentTranslator(language);
      const assessment = localise.assessForCli(situation.value, language, t);
      const care = localise.careLabelFor(assessment, language, t);
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
        const records = buildSessionRecords(
          final,
          situation.value,
          assessSituation(situation.value),
          startedAt,
          new Date(),
        );
        await saveToJournal(journal, records, t);
      }
      if (final.stopReason === 'worse') process.exitCode = EXIT_GOT_WORSE;
    });
}
