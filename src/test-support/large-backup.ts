import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { PlanStep } from '../core/assessment';
import { buildEpisode, buildSession } from './factories';

/** A realistic step padded like the article's long instructions, so one guided session is ~21 KB of JSON. */
function paddedStep(index: number): PlanStep {
  const detail = 'Keep the pressure even, breathe slowly and stop if the pain sharpens or spreads. ';
  return {
    technique: index % 2 === 0 ? 'effleurage' : 'stretch',
    title: `Step ${index + 1}: long strokes towards the heart`,
    instructions: detail.repeat(14),
    pressure: 'light',
    durationSeconds: 120,
    cautions: ['Stop if the pain gets worse.', 'Never press on a swollen, red or warm spot.'],
    source: 'article:techniques',
  };
}

const STEPS = Array.from({ length: 15 }, (_, i) => paddedStep(i));

/** The i-th record's id: a fixed prefix per file, so two files never share ids unless they should. */
const idOf = (prefix: number, kind: number, i: number) =>
  `0195${prefix.toString(16).padStart(4, '0')}-0000-7${kind}00-8000-${i.toString(16).padStart(12, '0')}`;

export interface LargeBackup {
  bytes: number;
  episodes: number;
  sessions: number;
  /** The id of the session at `index`. */
  sessionId(index: number): string;
}

/**
 * Writes a knead-backup of `sessions` guided sessions (each with its plan, ~21 KB) and one episode per ten, in the
 * export's order (oldest first) and format, streamed to disk. `breakLast` makes the last session end before it starts.
 */
export async function writeLargeBackup(
  path: string,
  options: { sessions: number; prefix: number; breakLast?: boolean },
): Promise<LargeBackup> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  const start = Date.parse('2020-01-01T00:00:00Z');
  const at = (i: number, minutes = 0) => new Date(start + i * 3_600_000 + minutes * 60_000).toISOString();
  const stamps = (i: number) => ({ createdAt: at(i, 30), updatedAt: at(i, 45) });
  const episodes = Math.ceil(options.sessions / 10);
  await write(
    '{\n  "format": "knead-backup",\n  "version": 1,\n  "exportedAt": "2026-12-01T00:00:00.000Z",\n  "episodes": [',
  );
  for (let i = 0; i < episodes; i++) {
    const episode = buildEpisode({ id: idOf(options.prefix, 1, i), startedAt: at(i * 10), notes: `episode ${i}` });
    await write(`${i === 0 ? '' : ','}\n    ${JSON.stringify({ ...episode, ...stamps(i * 10) })}`);
  }
  await write('\n  ],\n  "checkins": [],\n  "sessions": [');
  for (let i = 0; i < options.sessions; i++) {
    const broken = options.breakLast && i === options.sessions - 1;
    const session = buildSession({
      id: idOf(options.prefix, 2, i),
      startedAt: at(i),
      endedAt: broken ? at(i, -5) : at(i, 14),
      region: 'calf',
      massage: 'full',
      plan: { ...(buildSession().plan as object), massage: 'full', steps: STEPS } as never,
      stepsCompleted: STEPS.length,
      episodeId: idOf(options.prefix, 1, Math.floor(i / 10)),
    });
    await write(`${i === 0 ? '' : ','}\n    ${JSON.stringify({ ...session, ...stamps(i) })}`);
  }
  await write('\n  ]\n}\n');
  out.end();
  await once(out, 'finish');
  return { bytes, episodes, sessions: options.sessions, sessionId: (i) => idOf(options.prefix, 2, i) };
}
