import type { Memory } from '../../../core/questionnaire/answers';
import type { QuestionId } from '../../../core/questionnaire/questions';
import type { History, Situation } from '../../../core/situation';
import type { Context, Presentation, Region, Side, Sign } from '../../../core/vocabulary';

/** The questionnaire's answers so far. Kept in storage so back/forward and reloads keep them. */
export interface Draft {
  region?: Region;
  side?: Side | undefined;
  ongoing?: boolean;
  /** When the person opened the questionnaire (epoch ms): the stopwatch of an ongoing episode. */
  openedAt?: number;
  /** How many minutes it had already lasted before they opened Knead. */
  earlierMinutes?: number;
  /** How long a finished episode lasted. */
  lastedMinutes?: number;
  intensity?: number;
  presentation?: Presentation;
  /** How long a tightness has lasted so far (it is still there). */
  tightMinutes?: number;
  context: Context[];
  signs: Sign[];
  /** The questions already answered (a screen's questions count once the person continues past it). */
  answered?: QuestionId[];
  /** What the device remembered when this assessment started: those questions are not asked again. */
  memory?: Memory;
  /** The relief step (the stretch of a cramp happening now) was shown: it is not shown twice. */
  reliefShown?: boolean;
}

export const EMPTY_DRAFT: Draft = { context: [], signs: [] };
export const DRAFT_KEY = 'knead.draft';
/** History is remembered across assessments (and editable), unlike the episode's own answers. */
export const HISTORY_KEY = 'knead.history';
/** Age is asked once and remembered with the history. */
export const AGE_KEY = 'knead.age';

/** Minutes an ongoing episode has lasted at `now`, to one decimal. */
export function measureOngoingMinutes(draft: Pick<Draft, 'openedAt' | 'earlierMinutes'>, now: number): number {
  const sinceOpened = draft.openedAt === undefined ? 0 : Math.max(0, now - draft.openedAt) / 60_000;
  return Math.round(((draft.earlierMinutes ?? 0) + sinceOpened) * 10) / 10;
}

/** The Situation the core assesses, from the draft, the remembered history and the clock. */
export function toSituation(draft: Draft, history: History, now: number, age?: number | null): Situation | null {
  if (!draft.region) return null;
  const situation: Situation = { region: draft.region };
  if (draft.side) situation.side = draft.side;
  if (draft.presentation) situation.presentation = draft.presentation;
  if (typeof age === 'number') situation.age = age;
  if (draft.presentation === 'tightness') {
    situation.ongoing = true;
    if (draft.tightMinutes !== undefined) situation.durationMinutes = draft.tightMinutes;
  } else if (draft.ongoing !== undefined) situation.ongoing = draft.ongoing;
  if (draft.presentation === 'tightness') {
    // A tightness is still there: its length was set above.
  } else if (draft.ongoing) {
    situation.durationMinutes = measureOngoingMinutes(draft, now);
  } else if (draft.ongoing === false && draft.lastedMinutes !== undefined) {
    situation.durationMinutes = draft.lastedMinutes;
  }
  if (draft.intensity !== undefined) situation.intensity = draft.intensity;
  if (draft.context.length > 0) situation.context = [...draft.context];
  if (draft.signs.length > 0) situation.signs = [...draft.signs];
  const cleanHistory = compactHistory(history);
  if (cleanHistory) situation.history = cleanHistory;
  return situation;
}

/** Drops empty history fields so the Situation stays minimal; null when nothing is known. */
export function compactHistory(history: History): History | null {
  const result: History = {};
  if (history.frequency) result.frequency = history.frequency;
  if (history.conditions?.length) result.conditions = [...history.conditions];
  if (history.medications?.length) result.medications = [...history.medications];
  if (history.previousMassage) result.previousMassage = history.previousMassage;
  if (history.selfCareDays !== undefined) result.selfCareDays = history.selfCareDays;
  return Object.keys(result).length > 0 ? result : null;
}

/** The Situation as a URL query value, so a verdict can be reloaded, shared with a clinician, or bookmarked. */
export function encodeSituation(situation: Situation): string {
  return new URLSearchParams({ s: JSON.stringify(situation) }).toString();
}

/** Toggle an id in a list (checkbox behaviour). */
export function toggleItem<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((entry) => entry !== item);
  return on ? [...without, item] : without;
}
