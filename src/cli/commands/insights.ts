import type { Command } from 'commander';
import type { Insights } from '../../core/insights/index';
import { countOf } from '../../core/messages/labels';
import { formatFrequency, formatMinutes } from '../../core/messages/numbers';
import { describeSource } from '../../core/sources';
import { reportCliError } from '../io/cli-errors';
import { withJournal } from '../io/open-journal';

/** "12 episodes, 1.5 a week", or just "2 episodes in 1 day" when the period is under a week. */
function describeEpisodeCount(i: Insights): string {
  const frequency = formatFrequency(i.totals, i.range.days);
  return i.totals.perWeek === null ? frequency : `${countOf(i.totals.episodes, 'episode')}, ${frequency}`;
}

function renderInsights(i: Insights): string[] {
  if (i.totals.episodes === 0 && i.totals.checkins === 0) return ['No journal entries yet. Log one with `knead log`.'];
  const lines = [
    `Journal ${i.range.from} → ${i.range.to} (${countOf(i.range.days, 'day')})`,
    `  ${describeEpisodeCount(i)}; median ${formatMinutes(i.totals.medianDurationMinutes)}, 90th percentile ${formatMinutes(i.totals.p90DurationMinutes)}`,
    `  intensity trend: ${i.intensityTrend.status === 'ok' ? `${i.intensityTrend.direction} (${i.intensityTrend.slopePerMonth}/month)` : 'not enough rated episodes yet'}`,
    `  regions: ${i.regions.map((r) => `${r.region} ${r.count}`).join(', ') || '–'}`,
    `  at night: ${i.timeOfDay.night} of ${i.totals.episodes}`,
  ];
  const triggers = i.triggers.filter((t) => t.result.status === 'ok');
  lines.push('Possible triggers (episode days with vs without; relative risk, 95 % CI):');
  if (triggers.length === 0)
    lines.push(
      `  not enough daily check-ins yet (needs ${i.minimumSample.triggerDaysPerGroup} days with and without each factor)`,
    );
  for (const t of triggers) {
    if (t.result.status !== 'ok') continue;
    const r = t.result;
    lines.push(
      `  ${t.factor}: ${r.episodeDaysWith}/${r.daysWith} vs ${r.episodeDaysWithout}/${r.daysWithout} days, RR ${r.relativeRisk} (${r.ci95.lower}–${r.ci95.upper})`,
    );
  }
  const effects = i.massage.byAction.filter((e) => e.result.status === 'ok');
  if (effects.length > 0) lines.push('What helped (mean pain drop, 0–10):');
  for (const e of effects)
    if (e.result.status === 'ok') lines.push(`  ${e.key}: ${e.result.meanPainDrop} over ${e.ratings} ratings`);
  for (const a of i.alerts) lines.push(`! ${a.text} ${a.recommendation} (${a.evidence}) [${describeSource(a.source)}]`);
  return lines;
}

/** `knead insights`: trends, triggers, what helped and escalation alerts from the local journal. */
export function register(program: Command): void {
  program
    .command('insights')
    .description('summarise your journal: trends, possible triggers, what helped, when to see a clinician')
    .option('--from <day>', 'first day (YYYY-MM-DD)')
    .option('--to <day>', 'last day (YYYY-MM-DD)')
    .option('--json', 'print the insights as JSON')
    .option('-d, --data-dir <dir>', 'embedded database directory')
    .action(async (options: { from?: string; to?: string; json?: boolean; dataDir?: string }) => {
      try {
        const insights = await withJournal({ dataDir: options.dataDir }, (journal) =>
          journal.insights({ from: options.from, to: options.to }),
        );
        const text = options.json ? JSON.stringify(insights, null, 2) : renderInsights(insights).join('\n');
        process.stdout.write(`${text}\n`);
      } catch (error) {
        reportCliError('insights', error);
      }
    });
}
