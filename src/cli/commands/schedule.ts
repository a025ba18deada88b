import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../app/errors';
import type { Translator } from '../../core/i18n/translator';
import { type FlagNames, problemLines, reportCliError } from '../io/cli-errors';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { parseSituation } from '../io/parse-situation';
import { failWithProblems, readJsonInput } from '../io/read-input';

interface ScheduleOptions {
  ics?: boolean;
  input?: string;
  region?: string;
  output?: string;
  start?: string;
  timeZone?: string;
}

/** The request fields these flags fill: a problem names the flag. */
const SCHEDULE_FLAGS: FlagNames = { start: '--start', timeZone: '--time-zone' };

/** `--start` and `--time-zone` date calendar reminders; the text schedule has no dates, so they would do nothing. */
function calendarOnlyFlags(options: ScheduleOptions): string[] {
  const given = [
    ['--start', options.start],
    ['--time-zone', options.timeZone],
  ].filter(([, value]) => value !== undefined);
  return given.map(
    ([flag]) => `${flag}: applies only with --ics (calendar reminders); add --ics, or leave ${flag} out`,
  );
}

/** `knead schedule --ics -o FILE`: the self-care schedule of a situation, as text or as an .ics calendar. */
export function register(program: Command, t: Translator): void {
  program
    .command('schedule')
    .description(t.t('cli.help.schedule'))
    .option('--ics', t.t('cli.help.schedule.ics'))
    .option('-i, --input <file>', t.t('cli.help.opt.input-situation'))
    .option('--region <region>', t.t('cli.help.schedule.region'))
    .option('-o, --output <file>', t.t('cli.help.opt.output'))
    .option('--start <date>', t.t('cli.help.schedule.start'))
    .option('--time-zone <zone>', t.t('cli.help.schedule.time-zone'))
    .addHelpText('after', t.t('cli.help.schedule.after'))
    .action(async (options: ScheduleOptions) => {
      const ignored = options.ics ? [] : calendarOnlyFlags(options);
      if (ignored.length > 0) return failWithProblems(ignored);
      let situation: unknown;
      if (options.region && !options.input) situation = { region: options.region };
      else {
        const input = await readJsonInput(options.input);
        if (!input.ok) return failWithProblems(input.problems);
        situation = input.value;
      }
      try {
        const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
        let out: string;
        const language = cliLanguage();
        const t = await cliTranslator();
        if (options.ics) {
          const [{ buildSituationIcs }, { ICS_NAMESPACES, loadReportTranslator }] = await Promise.all([
            import('../../app/report/report-use-cases'),
            import('../../app/report/report-words'),
          ]);
          const words = await loadReportTranslator(language.locale, ICS_NAMESPACES);
          out = buildSituationIcs({ situation, start: options.start, timeZone }, new Date(), words, language.place);
        } else {
          const parsed = await parseSituation(situation);
          if (!parsed.success) return failWithProblems(await problemLines(parsed.problems));
          const { assessForCli, assessmentTranslator } = await import('../io/localise-output');
          const words = await assessmentTranslator(language);
          const schedule = assessForCli(parsed.data, language, words).schedule;
          if (!schedule) {
            const none = new AppError('no-schedule', 422, 'no self-care schedule for this situation; run knead assess');
            none.words = { key: 'cli.schedule.none' };
            throw none;
          }
          out = `${t.t('cli.schedule.text', {
            text: schedule.text,
            sessions: schedule.sessionsPerDay,
            minutes: schedule.sessionMinutes,
            days: schedule.intervalDays,
            times: schedule.occurrences,
            stopRule: schedule.stopRule.text,
          })}\n`;
        }
        if (options.output) {
          await writeFile(options.output, out);
          process.stderr.write(`${t.t('cli.wrote', { file: options.output })}\n`);
        } else process.stdout.write(out);
      } catch (error) {
        await reportCliError('schedule', error, SCHEDULE_FLAGS);
      }
    });
}
