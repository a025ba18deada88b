import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { rewordEscalationAlert } from '../../core/insights/alert-words';
import type { Insights } from '../../core/insights/index';
import { formatNumber } from '../../core/messages/numbers';
import { describeSource } from '../../core/sources';
import { reportCliError } from '../io/cli-errors';
import { cliTranslator, SOURCE_CLI_TRANSLATOR } from '../io/cli-language';
import { withJournal } from '../io/open-journal';

/** A figure as the CLI always wrote it (String()), with the run's decimal mark: "1.5" in English, "1,5" in German. */
function digits(t: Translator, text: string): string {
  const mark = t.number(1.5).charAt(1);
  return mark === '.' ? text : text.replace('.', mark);
}

/** At most `places` decimals without trailing zeros (formatNumber), in the run's digits. */
const num = (t: Translator, value: number | null, places = 1) =>
  value === null ? '-' : digits(t, formatNumber(value, places));

/** A figure exactly as computed, in the run's digits. */
const raw = (t: Translator, value: number) => digits(t, String(value));

/** "12 episodes, 1.5 a week", or just "2 episodes in 1 day" when the period is under a week. */
function describeEpisodeCount(i: Insights, t: Translator): string {
  if (i.totals.perWeek === null) {
    return t.t('cli.insights.episodes-in-days', { episodes: i.totals.episodes, days: i.range.days });
  }
  return t.t('cli.insights.episodes-per-week', { episodes: i.totals.episodes, perWeek: num(t, i.totals.perWeek) });
}

const minutes = (t: Translator, value: number | null) =>
  value === null ? '-' : t.t('cli.insights.minutes', { minutes: num(t, value) });

/** The alert in the run's language, counts included (worded from its facts); en-GB as the journal worded it. */
function describeAlert(alert: Insights['alerts'][number], t: Translator): string {
  const a = t.locale === 'en-GB' ? alert : rewordEscalationAlert(alert, t);
  return `! ${a.text} ${a.recommendation} (${a.evidence}) [${describeSource(a.source)}]`;
}

/** An id in the report's short words ("Pantorrilla", "Wade"); the id itself in en-GB, as the CLI always wrote. */
function word(t: Translator, table: 'region' | 'context' | 'checkin-factor' | 'action', id: string): string {
  const key = `report.${table}.${id}`;
  return t.locale !== 'en-GB' && t.has(key) ? t.t(key) : id;
}

export function renderInsights(i: Insights, t: Translator = SOURCE_CLI_TRANSLATOR): string[] {
  if (i.totals.episodes === 0 && i.totals.checkins === 0) return [t.t('cli.insights.empty')];
  const trend =
    i.intensityTrend.status === 'ok'
      ? t.t('cli.insights.trend', {
          direction: t.t(`cli.insights.direction.${i.intensityTrend.direction}`),
          slope: raw(t, i.intensityTrend.slopePerMonth),
        })
      : t.t('cli.insights.trend-too-few');
  const lines = [
    t.t('cli.insights.heading', { from: String(i.range.from), to: String(i.range.to), days: i.range.days }),
    `  ${t.t('cli.insights.durations', {
      count: describeEpisodeCount(i, t),
      median: minutes(t, i.totals.medianDurationMinutes),
      p90: minutes(t, i.totals.p90DurationMinutes),
    })}`,
    `  ${t.t('cli.insights.intensity-trend', { trend })}`,
    `  ${t.t('cli.insights.regions', { regions: i.regions.map((r) => `${word(t, 'region', r.region)} ${r.count}`).join(', ') || '–' })}`,
    `  ${t.t('cli.insights.night', { night: i.timeOfDay.night, episodes: i.totals.episodes })}`,
  ];
  const triggers = i.triggers.filter((tr) => tr.result.status === 'ok');
  lines.push(t.t('cli.insights.triggers'));
  if (triggers.length === 0)
    lines.push(`  ${t.t('cli.insights.triggers-too-few', { days: i.minimumSample.triggerDaysPerGroup })}`);
  for (const tr of triggers) {
    if (tr.result.status !== 'ok') continue;
    const r = tr.result;
    lines.push(
      `  ${t.t('cli.insights.trigger', {
        factor: word(t, tr.kind === 'context' ? 'context' : 'checkin-factor', tr.factor),
        with: `${r.episodeDaysWith}/${r.daysWith}`,
        without: `${r.episodeDaysWithout}/${r.daysWithout}`,
        rr: raw(t, r.relativeRisk),
        lower: raw(t, r.ci95.lower),
        upper: raw(t, r.ci95.upper),
      })}`,
    );
  }
  const effects = i.massage.byAction.filter((e) => e.result.status === 'ok');
  if (effects.length > 0) lines.push(t.t('cli.insights.helped'));
  for (const e of effects)
    if (e.result.status === 'ok')
      lines.push(
        `  ${t.t('cli.insights.helped-row', { key: word(t, 'action', e.key), drop: raw(t, e.result.meanPainDrop), ratings: e.ratings })}`,
      );
  for (const a of i.alerts) lines.push(describeAlert(a, t));
  return lines;
}

/** `knead insights`: trends, triggers, what helped and escalation alerts from the local journal. */
export function register(program: Command, t: Translator): void {
  program
    .command('insights')
    .description(t.t('cli.help.insights'))
    .option('--from <day>', t.t('cli.help.insights.from'))
    .option('--to <day>', t.t('cli.help.insights.to'))
    .option('--json', t.t('cli.help.insights.json'))
    .option('-d, --data-dir <dir>', t.t('cli.help.opt.data-dir'))
    .action(async (options: { from?: string; to?: string; json?: boolean; dataDir?: string }) => {
      try {
        const insights = await withJournal({ dataDir: options.dataDir }, (journal) =>
          journal.insights({ from: options.from, to: options.to }),
        );
        const text = options.json
          ? JSON.stringify(insights, null, 2)
          : renderInsights(insights, await cliTranslator(['insights', 'report'])).join('\n');
        process.stdout.write(`${text}\n`);
      } catch (error) {
        await reportCliError('insights', error);
      }
    });
}
