import type { Command } from 'commander';
import { parseOrThrow } from '../../app/errors';
import { generateUuid7 } from '../../core/ids';
import { ACTIONS, EpisodeWriteSchema } from '../../core/journal';
import { CONTEXTS, REGIONS, RESPONSES } from '../../core/vocabulary';
import { reportCliError } from '../io/cli-errors';
import { toList, toNumber } from '../terminal/situation-flags';

interface LogOptions {
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

/** The local time with its offset, as a person would write it (keeps night cramps at night). */
function localNow(): string {
  const now = new Date();
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

function fromFlags(o: LogOptions): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    id: generateUuid7(),
    startedAt: o.at ?? localNow(),
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

async function askInteractively(): Promise<Record<string, unknown> | null> {
  const prompts = await import('@clack/prompts');
  prompts.intro('Log a spasm episode');
  const answers = await prompts.group(
    {
      region: () => prompts.select({ message: 'Where?', options: REGIONS.map((value) => ({ value })) }),
      durationMinutes: () => prompts.text({ message: 'How many minutes did it last?', placeholder: '3' }),
      intensity: () => prompts.text({ message: 'How strong, 0–10?', placeholder: '6' }),
      context: () =>
        prompts.multiselect({
          message: 'What was going on?',
          options: CONTEXTS.map((value) => ({ value })),
          required: false,
        }),
      actions: () =>
        prompts.multiselect({
          message: 'What did you do?',
          options: ACTIONS.map((value) => ({ value })),
          required: false,
        }),
      response: () =>
        prompts.select({ message: 'How did it respond?', options: RESPONSES.map((value) => ({ value })) }),
    },
    { onCancel: () => prompts.cancel('Not logged.') },
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

/** `knead log`: record an episode in the local journal, from flags or interactively. */
export function register(program: Command): void {
  program
    .command('log')
    .description('log a spasm episode in your journal (flags, or questions when run without --region)')
    .option('-r, --region <region>', `where: ${REGIONS.join(', ')}`)
    .option('--side <side>', 'left, right, both or center')
    .option('--at <datetime>', 'when it started (ISO 8601 with offset; default now)')
    .option('--duration <minutes>', 'how long it lasted, in minutes')
    .option('--intensity <0-10>', 'how strong at worst')
    .option('--context <list>', `comma-separated: ${CONTEXTS.join(', ')}`)
    .option('--signs <list>', 'comma-separated signs you noticed')
    .option('--actions <list>', `comma-separated: ${ACTIONS.join(', ')}`)
    .option('--pain-before <0-10>', 'pain before self-care')
    .option('--pain-after <0-10>', 'pain after self-care')
    .option('--response <response>', 'better, same or worse')
    .option('--notes <text>', 'free notes')
    .option('-d, --data-dir <dir>', 'embedded database directory')
    .option('--json', 'print the stored episode as JSON')
    .action(async (options: LogOptions) => {
      try {
        const raw = options.region || !process.stdin.isTTY ? fromFlags(options) : await askInteractively();
        if (!raw) return;
        const episode = parseOrThrow(EpisodeWriteSchema, raw, 'episode');
        // The database loads only when a command needs it, so `knead --help` and `knead assess` stay fast.
        const { withKnead } = await import('../../app/open-knead');
        const { record } = await withKnead({ dataDir: options.dataDir }, (knead, user) =>
          knead.episodes.create(user, episode),
        );
        if (options.json) process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
        else process.stdout.write(`Logged ${record.region} episode ${record.id} at ${record.startedAt}.\n`);
      } catch (error) {
        reportCliError('log', error);
      }
    });
}
