// `knead log`'s work, loaded only when it runs: log.ts registers the command without loading zod or the journal.
import { AppError, parseOrThrow } from '../../app/errors';
import type { Translator } from '../../core/i18n/translator';
import { generateUuid7 } from '../../core/ids';
import { ACTIONS, EpisodeWriteSchema } from '../../core/journal';
import { DATE_INPUT_HINT, dayAtNoon, formatOffset, parseDateInput } from '../../core/validation/date-input';
import { CONTEXTS, REGIONS, RESPONSES } from '../../core/vocabulary';
import { type FlagNames, reportCliError } from '../io/cli-errors';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { withJournal } from '../io/open-journal';
import { toList, toNumber } from '../terminal/situation-flags';

export interface LogOptions {
  region?: string;
  side?: string;
  at?: string;
  duration?: string;
  intensity?: string;
  context?: string;
  signs?: string;
  actions?: string;
  painBefore?: string;
  painAfter?: string;
  response?: string;
  notes?: string;
  dataDir?: string;
  json?: boolean;
}

const list = (value?: string) => (value ? toList(value) : undefined);
const num = (value?: string) => (value === undefined ? undefined : toNumber(value));

/** The episode fields the flags fill, by field: a problem names the flag that was typed. */
const LOG_FLAGS: FlagNames = {
  startedAt: '--at',
  region: '--region',
  side: '--side',
  durationMinutes: '--duration',
  intensity: '--intensity',
  context: '--context',
  signs: '--signs',
  actions: '--actions',
  painBefore: '--pain-before',
  painAfter: '--pain-after',
  response: '--response',
  notes: '--notes',
};

/** This computer's UTC offset at an instant, in minutes east. */
const localOffset = (instant: Date) => -instant.getTimezoneOffset();

/** The local time with its offset, as a person would write it (keeps night cramps at night). */
function localNow(): string {
  const now = new Date();
  const offset = localOffset(now);
  return `${new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/** `--at`: a date-time with offset as given, or a day alone as local noon (docs: README, knead log --help). */
function startedAt(at: string | undefined): string {
  if (at === undefined) return localNow();
  const parsed = parseDateInput(at);
  if (parsed === null) {
    throw new AppError('validation-failed', 400, 'invalid --at', [
      {
        path: 'startedAt',
        message: `${JSON.stringify(at)} is not a date; ${DATE_INPUT_HINT}`,
        words: { key: 'cli.log.at-invalid', values: { value: JSON.stringify(at) } },
      },
    ]);
  }
  return parsed.kind === 'day' ? dayAtNoon(parsed.day, localOffset) : parsed.instant;
}

function fromFlags(o: LogOptions): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    id: generateUuid7(),
    startedAt: startedAt(o.at),
    region: o.region,
    side: o.side,
    durationMinutes: num(o.duration),
    intensity: num(o.intensity),
    context: list(o.context),
    signs: list(o.signs),
    actions: list(o.actions),
    painBefore: num(o.painBefore),
    painAfter: num(o.painAfter),
    response: o.response,
    notes: o.notes,
  };
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}

/** A prompt choice: the id, labelled in the run's language when the `labels` namespace is loaded. */
function choice(t: Translator, table: string, value: string): { value: string; label?: string } {
  const key = `labels.${table}.${value}`;
  return t.has(key) ? { value, label: t.t(key) } : { value };
}

async function askInteractively(t: Translator): Promise<Record<string, unknown> | null> {
  const prompts = await import('@clack/prompts');
  prompts.intro(t.t('cli.log.intro'));
  const answers = await prompts.group(
    {
      region: () =>
        prompts.select({
          message: t.t('cli.log.where'),
          options: REGIONS.map((value) => choice(t, 'region-short', value)),
        }),
      durationMinutes: () => prompts.text({ message: t.t('cli.log.minutes'), placeholder: '3' }),
      intensity: () => prompts.text({ message: t.t('cli.log.intensity'), placeholder: '6' }),
      context: () =>
        prompts.multiselect({
          message: t.t('cli.log.context'),
          options: CONTEXTS.map((value) => choice(t, 'context', value)),
          required: false,
        }),
      actions: () =>
        prompts.multiselect({
          message: t.t('cli.log.actions'),
          options: ACTIONS.map((value) => choice(t, 'action', value)),
          required: false,
        }),
      response: () =>
        prompts.select({
          message: t.t('cli.log.response'),
          options: RESPONSES.map((value) => choice(t, 'response', value)),
        }),
    },
    { onCancel: () => prompts.cancel(t.t('cli.log.cancelled')) },
  );
  if (prompts.isCancel(answers)) return null;
  return fromFlags({
    region: answers.region as string,
    duration: (answers.durationMinutes as string) || undefined,
    intensity: (answers.intensity as string) || undefined,
    context: (answers.context as string[]).join(','),
    actions: (answers.actions as string[]).join(','),
    response: answers.response as string,
  } as LogOptions);
}

/** Records one episode from the flags, or from questions in a terminal when no --region is given. */
export async function runLog(options: LogOptions): Promise<void> {
  try {
    const language = cliLanguage();
    // The choices' words come from `labels` in other languages; en-GB shows the ids, as it always did.
    const t = await cliTranslator(language.locale === 'en-GB' ? [] : ['labels']);
    const raw = options.region || !process.stdin.isTTY ? fromFlags(options) : await askInteractively(t);
    if (!raw) return;
    const episode = parseOrThrow(EpisodeWriteSchema, raw, 'episode');
    const record = await withJournal({ dataDir: options.dataDir }, (journal) => journal.createEpisode(episode));
    if (options.json) process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    else
      process.stdout.write(
        `${t.t('cli.log.logged', { region: choice(t, 'region-short', record.region).label ?? record.region, id: record.id, at: record.startedAt })}\n`,
      );
  } catch (error) {
    await reportCliError('log', error, LOG_FLAGS);
  }
}
