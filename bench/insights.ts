// Insights latency over a 10-year journal: 20,000 episodes, 3,650 daily check-ins, 1,000 sessions. Target < 50 ms.
// Run: node --import tsx bench/insights.ts
import { summariseJournal } from '../src/core/insights/index';
import type { CheckIn, Episode, SessionRecord } from '../src/core/journal';
import { ACTIONS } from '../src/core/journal';
import { CONTEXTS, REGIONS, RESPONSES } from '../src/core/vocabulary';
import { buildSession } from '../src/test-support/factories';

const DAYS = 3_650;
let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const day = (n: number) => new Date(Date.UTC(2016, 0, 1 + n)).toISOString().slice(0, 10);

const episodes: Episode[] = Array.from({ length: 20_000 }, (_, i) => ({
  id: crypto.randomUUID(),
  startedAt: `${day(Math.floor((i / 20_000) * DAYS))}T${String(Math.floor(random() * 24)).padStart(2, '0')}:10:00+01:00`,
  region: pick(REGIONS),
  durationMinutes: Math.round(random() * 20),
  intensity: Math.floor(random() * 11),
  context: [pick(CONTEXTS), pick(CONTEXTS)],
  signs: [],
  actions: [pick(ACTIONS), pick(ACTIONS)],
  painBefore: 5 + Math.floor(random() * 6),
  painAfter: Math.floor(random() * 8),
  response: pick(RESPONSES),
}));
const checkins: CheckIn[] = Array.from({ length: DAYS }, (_, i) => ({
  id: crypto.randomUUID(),
  date: day(i),
  fluidsLitres: Math.round(random() * 30) / 10,
  exerciseMinutes: Math.floor(random() * 90),
  exerciseIntensity: pick(['none', 'light', 'moderate', 'hard'] as const),
  sleepHours: 4 + Math.floor(random() * 6),
  stress: Math.floor(random() * 11),
  heatExposure: random() < 0.2,
  coldExposure: random() < 0.1,
  alcoholUnits: random() < 0.3 ? 2 : 0,
}));
const sessions: SessionRecord[] = Array.from({ length: 1_000 }, (_, i) =>
  buildSession({ id: crypto.randomUUID(), startedAt: `${day(Math.floor((i / 1_000) * DAYS))}T20:00:00+01:00` }),
);
const journal = { episodes, checkins, sessions };

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
const cold = performance.now();
summariseJournal(journal);
console.log(`first call (cold JIT)        ${(performance.now() - cold).toFixed(1)} ms`);
for (let i = 0; i < 5; i++) summariseJournal(journal);
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const start = performance.now();
  const insights = summariseJournal(journal);
  times.push(performance.now() - start);
  if (insights.totals.episodes !== 20_000) throw new Error('wrong episode count');
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;
const p95 = times[Math.floor(times.length * 0.95)] as number;
console.log(`insights, 20,000 episodes    median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target < 50 ms)`);
console.log(median < 50 ? 'PASS' : 'FAIL: median above 50 ms');
