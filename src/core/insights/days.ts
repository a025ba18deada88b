import type { Action, Episode } from '../journal';
import type { Condition, Context, Medication, Region } from '../vocabulary';
import { LEG_REGIONS } from '../vocabulary-lists';
import { dayNumber, localDay, localHour } from './calendar';
import type { InsightsEpisode } from './records';

/**
 * One local day of a user's episodes, summarised: everything the insights analysis (and the report's statistics)
 * reads of that day's episodes, whatever their number. Counts, and value → count lists for what has a median
 * (durations, intensities, pain ratings): a median needs the values, not their order. A SQL store keeps one such
 * day per user and day on write (migration 0009, decision 0036); `buildInsightsDays` makes them from episodes.
 */
export interface InsightsDay {
  /** The local day, YYYY-MM-DD. */
  day: string;
  episodes: number;
  /** [minutes, episodes] ascending by minutes: the episodes with a duration. */
  durations: [number, number][];
  /** [intensity, episodes] ascending: the rated episodes (integers 0–10). */
  intensities: [number, number][];
  /** [region, episodes], by region id. */
  regions: [Region, number][];
  /** Episodes by local hour: night (22:00–05:59), morning, afternoon, evening. */
  timeOfDay: [number, number, number, number];
  /** [context, times listed], by context id (a context listed twice by one episode counts twice). */
  contexts: [Context, number][];
  /** [action, pain before, pain after, episodes]: episodes with both pains, each action counted once an episode. */
  ratings: [Action, number, number, number][];
  /** Episodes with a massage action; those of them reported worse (response, or pain after above before). */
  massaged: number;
  massagedWorse: number;
  /** Leg episodes; leg episodes over `LONG_LEG_CRAMP_MINUTES`, and the longest of those (0 when none). */
  legs: number;
  long: number;
  longest: number;
  /** Episodes reported better (response, or pain after below before). */
  better: number;
  /** Episodes recorded with an assessment (the clinician report lists those). */
  assessed: number;
  /** The conditions and medications the day's episodes' histories name, each once, by id. */
  conditions: Condition[];
  medications: Medication[];
}

/** An episode as a day counts it: the analysed fields, and the history and assessment when the reader has them. */
export type DayEpisode = InsightsEpisode & Partial<Pick<Episode, 'history' | 'assessment'>>;

/** The actions that are massage or stretching (the escalation checks count them). */
export const MASSAGE_ACTIONS: ReadonlySet<Action> = new Set([
  'stretch',
  'effleurage',
  'petrissage',
  'friction',
  'trigger-point',
  'deep-tissue',
]);
/** NHS: a leg cramp lasting longer than this many minutes should be seen by a doctor. */
export const LONG_LEG_CRAMP_MINUTES = 10;
const LEGS: ReadonlySet<Region> = new Set(LEG_REGIONS);

export const hasMassage = (e: Pick<InsightsEpisode, 'actions'>) => e.actions.some((a) => MASSAGE_ACTIONS.has(a));
export const gotWorse = (before?: number, after?: number) =>
  before !== undefined && after !== undefined && after > before;

/** Code-unit order, as SQL's `collate "C"` orders the same ids. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function count<K>(map: Map<K, number>, key: K, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** A day being counted: the lists as maps and sets until `finish` orders them. */
type DayTally = Omit<
  InsightsDay,
  'durations' | 'intensities' | 'regions' | 'contexts' | 'ratings' | 'conditions' | 'medications'
> & {
  durations: Map<number, number>;
  intensities: Map<number, number>;
  regions: Map<Region, number>;
  contexts: Map<Context, number>;
  ratings: Map<string, number>;
  conditions: Set<Condition>;
  medications: Set<Medication>;
};

function tallyOf(day: string): DayTally {
  return {
    day,
    episodes: 0,
    durations: new Map(),
    intensities: new Map(),
    regions: new Map(),
    timeOfDay: [0, 0, 0, 0],
    contexts: new Map(),
    ratings: new Map(),
    massaged: 0,
    massagedWorse: 0,
    legs: 0,
    long: 0,
    longest: 0,
    better: 0,
    assessed: 0,
    conditions: new Set(),
    medications: new Set(),
  };
}

function add(t: DayTally, e: DayEpisode) {
  t.episodes += 1;
  if (e.durationMinutes !== undefined) count(t.durations, e.durationMinutes);
  if (e.intensity !== undefined) count(t.intensities, e.intensity);
  count(t.regions, e.region);
  const hour = localHour(e.startedAt);
  t.timeOfDay[hour >= 22 || hour < 6 ? 0 : hour < 12 ? 1 : hour < 18 ? 2 : 3] += 1;
  for (const c of e.context) count(t.contexts, c);
  if (e.painBefore !== undefined && e.painAfter !== undefined) {
    for (const action of new Set(e.actions)) count(t.ratings, `${action}:${e.painBefore}:${e.painAfter}`);
  }
  if (hasMassage(e)) {
    t.massaged += 1;
    if (e.response === 'worse' || gotWorse(e.painBefore, e.painAfter)) t.massagedWorse += 1;
  }
  if (LEGS.has(e.region)) {
    t.legs += 1;
    const minutes = e.durationMinutes ?? 0;
    if (minutes > LONG_LEG_CRAMP_MINUTES) {
      t.long += 1;
      if (minutes > t.longest) t.longest = minutes;
    }
  }
  if (
    e.response === 'better' ||
    (e.painBefore !== undefined && e.painAfter !== undefined && e.painAfter < e.painBefore)
  )
    t.better += 1;
  if (e.assessment) t.assessed += 1;
  for (const c of e.history?.conditions ?? []) t.conditions.add(c);
  for (const m of e.history?.medications ?? []) t.medications.add(m);
}

const numbers = (map: Map<number, number>): [number, number][] => [...map].sort((a, b) => a[0] - b[0]);
const texts = <K extends string>(map: Map<K, number>): [K, number][] => [...map].sort((a, b) => byText(a[0], b[0]));

function finish(t: DayTally): InsightsDay {
  const ratings = [...t.ratings]
    .map(([key, n]) => {
      const [action, before, after] = key.split(':') as [Action, string, string];
      return [action, Number(before), Number(after), n] as [Action, number, number, number];
    })
    .sort((a, b) => byText(a[0], b[0]) || a[1] - b[1] || a[2] - b[2]);
  return {
    day: t.day,
    episodes: t.episodes,
    durations: numbers(t.durations),
    intensities: numbers(t.intensities),
    regions: texts(t.regions),
    timeOfDay: t.timeOfDay,
    contexts: texts(t.contexts),
    ratings,
    massaged: t.massaged,
    massagedWorse: t.massagedWorse,
    legs: t.legs,
    long: t.long,
    longest: t.longest,
    better: t.better,
    assessed: t.assessed,
    conditions: [...t.conditions].sort(byText),
    medications: [...t.medications].sort(byText),
  };
}

/**
 * The episodes' days, oldest first: what a SQL store keeps on write.
 * @example buildInsightsDays([]) // []
 */
export function buildInsightsDays(episodes: readonly DayEpisode[]): InsightsDay[] {
  const tallies = new Map<string, DayTally>();
  for (const e of episodes) {
    const day = localDay(e.startedAt);
    let t = tallies.get(day);
    if (!t) {
      t = tallyOf(day);
      tallies.set(day, t);
    }
    add(t, e);
  }
  return [...tallies.values()].sort((a, b) => byText(a.day, b.day)).map(finish);
}

/** A day with its day number, as the analysis walks it. */
export interface NumberedDay extends InsightsDay {
  dayNumber: number;
}

export const numberDays = (days: readonly InsightsDay[]): NumberedDay[] =>
  days.map((d) => ({ ...d, dayNumber: dayNumber(d.day) }));

/**
 * Value → count lists merged into one, ascending by value (equal values added together).
 * @example mergeCounts([[[1, 2]], [[0, 1], [1, 1]]]) // [[0, 1], [1, 3]]
 */
export function mergeCounts(lists: readonly (readonly (readonly [number, number])[])[]): [number, number][] {
  if (lists.length === 1) return (lists[0] as [number, number][]).slice();
  const map = new Map<number, number>();
  for (const list of lists) for (const [value, n] of list) count(map, value, n);
  return numbers(map);
}

/**
 * The type-7 quantile (quantileSorted's) of the values a value → count list (ascending) holds; null when empty.
 * @example quantileOfCounts([[1, 1], [2, 1], [3, 1], [4, 1]], 0.5) // 2.5
 */
export function quantileOfCounts(counts: readonly (readonly [number, number])[], q: number): number | null {
  let total = 0;
  for (const [, n] of counts) total += n;
  if (total === 0) return null;
  const position = (total - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, n] of counts) {
      seen += n;
      if (rank < seen) return value;
    }
    return (counts.at(-1) as readonly [number, number])[0];
  };
  const a = at(low);
  const b = at(high);
  return a + (b - a) * (position - low);
}

// The packed form: one line a day, fields by `;`, list entries by `,`, an entry's parts by `:` (no id, day or number
// holds any of them). A SQL store writes exactly these lines (migration 0009's insights_day_line).
const pairs = (list: readonly (readonly (string | number)[])[]) => list.map((entry) => entry.join(':')).join(',');

/**
 * A day as its packed line.
 * @example packInsightsDay(buildInsightsDays([{ startedAt: '2026-01-01T10:00:00Z', region: 'calf', context: [], actions: [] }])[0])
 */
export function packInsightsDay(d: InsightsDay): string {
  return [
    d.day,
    d.episodes,
    pairs(d.durations),
    pairs(d.intensities),
    pairs(d.regions),
    d.timeOfDay.join(','),
    pairs(d.contexts),
    pairs(d.ratings),
    d.massaged,
    d.massagedWorse,
    d.legs,
    d.long,
    d.longest,
    d.better,
    d.assessed,
    d.conditions.join(','),
    d.medications.join(','),
  ].join(';');
}

const DAY_FIELDS = 17;

/** The non-negative integer written in text[start, end) (counts): no substring, no allocation. */
function intAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/**
 * `key:count,key:count` → [key, count][]: a scan with indexOf, not split and map (a 10-year journal has 3,653
 * days of these lists, and their garbage was most of the unpacking).
 */
function scanPairs<K>(text: string, key: (text: string, start: number, end: number) => K): [K, number][] {
  const out: [K, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(',', start);
    if (end < 0) end = text.length;
    const colon = text.lastIndexOf(':', end - 1);
    out.push([key(text, start, colon), intAt(text, colon + 1, end)]);
    start = end + 1;
  }
  return out;
}

const numberKey = (text: string, start: number, end: number) => {
  // Intensities and most durations are whole numbers: read them without a substring.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return Number(text.slice(start, end));
  }
  return intAt(text, start, end);
};
const textKey = (text: string, start: number, end: number) => text.slice(start, end);

function scanRatings(text: string): [Action, number, number, number][] {
  const out: [Action, number, number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(',', start);
    if (end < 0) end = text.length;
    const a = text.indexOf(':', start);
    const b = text.indexOf(':', a + 1);
    const c = text.indexOf(':', b + 1);
    out.push([text.slice(start, a) as Action, intAt(text, a + 1, b), intAt(text, b + 1, c), intAt(text, c + 1, end)]);
    start = end + 1;
  }
  return out;
}

/** A packed line back into its day. */
export function unpackInsightsDay(line: string): InsightsDay {
  const f = line.split(';');
  if (f.length !== DAY_FIELDS) throw new Error(`a packed day has ${DAY_FIELDS} fields, this one ${f.length}`);
  const [night, morning, afternoon, evening] = (f[5] as string).split(',').map(Number) as number[];
  return {
    day: f[0] as string,
    episodes: Number(f[1]),
    durations: scanPairs(f[2] as string, numberKey),
    intensities: scanPairs(f[3] as string, numberKey),
    regions: scanPairs(f[4] as string, textKey) as [Region, number][],
    timeOfDay: [night ?? 0, morning ?? 0, afternoon ?? 0, evening ?? 0],
    contexts: scanPairs(f[6] as string, textKey) as [Context, number][],
    ratings: scanRatings(f[7] as string),
    massaged: Number(f[8]),
    massagedWorse: Number(f[9]),
    legs: Number(f[10]),
    long: Number(f[11]),
    longest: Number(f[12]),
    better: Number(f[13]),
    assessed: Number(f[14]),
    conditions: f[15] === '' ? [] : ((f[15] as string).split(',') as Condition[]),
    medications: f[16] === '' ? [] : ((f[16] as string).split(',') as Medication[]),
  };
}
