import type { Action } from '../journal';
import type { Context, Region } from '../vocabulary';
import type { InsightsEpisode, JournalData, PackedJournal } from './records';

const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));

/**
 * One episode as a packed line (the memory store and tests; PostgreSQL writes the same in SQL).
 * @example packEpisode({ startedAt: '2026-01-01T10:00:00Z', region: 'calf', context: [], actions: ['stretch'] }) // '2026-01-01T10:00:00Z;calf;;;;stretch;;;'
 */
export function packEpisode(e: InsightsEpisode): string {
  return [
    e.startedAt,
    e.region,
    text(e.durationMinutes),
    text(e.intensity),
    e.context.join(','),
    e.actions.join(','),
    text(e.painBefore),
    text(e.painAfter),
    text(e.response),
  ].join(';');
}

/** The episodes as pages of packed lines (no empty page). */
export function packEpisodes(episodes: readonly InsightsEpisode[], pageRows = 5_000): string[] {
  const pages: string[] = [];
  for (let i = 0; i < episodes.length; i += pageRows) {
    pages.push(
      episodes
        .slice(i, i + pageRows)
        .map(packEpisode)
        .join('\n'),
    );
  }
  return pages;
}

const list = <T>(field: string): T[] => (field === '' ? [] : (field.split(',') as T[]));

/** Parses one packed line back into the episode fields it holds (a missing value is left out, as the store does). */
export function unpackEpisode(line: string): InsightsEpisode {
  const f = line.split(';');
  if (f.length !== 9) throw new Error(`a packed episode has 9 fields, this one ${f.length}`);
  const [startedAt, region, duration, intensity, context, actions, painBefore, painAfter, response] = f as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const episode: { -readonly [K in keyof InsightsEpisode]: InsightsEpisode[K] } = {
    startedAt,
    region: region as Region,
    context: list<Context>(context),
    actions: list<Action>(actions),
  };
  if (duration !== '') episode.durationMinutes = Number(duration);
  if (intensity !== '') episode.intensity = Number(intensity);
  if (painBefore !== '') episode.painBefore = Number(painBefore);
  if (painAfter !== '') episode.painAfter = Number(painAfter);
  if (response !== '') episode.response = response as NonNullable<InsightsEpisode['response']>;
  return episode;
}

/**
 * The journal `summariseJournal` reads, from its packed form.
 * @example unpackJournal({ episodePages: [], checkins: [], sessions: [] }).episodes // []
 */
export function unpackJournal(packed: PackedJournal): JournalData {
  const episodes: InsightsEpisode[] = [];
  for (const page of packed.episodePages) {
    for (const line of page.split('\n')) episodes.push(unpackEpisode(line));
  }
  return { episodes, checkins: packed.checkins, sessions: packed.sessions };
}
