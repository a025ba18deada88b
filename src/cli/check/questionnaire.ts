import { assessSituation } from '../../core/assess/assess-situation';
import { listRedFlagSigns, RED_FLAG_CONTEXTS } from '../../core/assess/screening';
import {
  CONDITION_LABELS,
  CONTEXT_LABELS,
  FREQUENCY_LABELS,
  MEDICATION_LABELS,
  REGION_LABELS,
  RESPONSE_LABELS,
  SIDE_LABELS,
  SIGN_LABELS,
} from '../../core/messages/labels';
import type { History, Situation } from '../../core/situation';
import {
  CONDITIONS,
  CONTEXTS,
  type Context,
  FREQUENCIES,
  MEDICATIONS,
  REGIONS,
  RESPONSES,
  SIDES,
  SIGNS,
  type Sign,
} from '../../core/vocabulary';
import { askMany, askNumber, askOne, askYesNo, type Choice } from './ask';

const EMERGENCY = new Set(['emergency_ambulance', 'emergency']);

const signChoices = (signs: readonly Sign[]): Choice<Sign>[] =>
  signs.map((s) => ({ value: s, label: SIGN_LABELS[s].question }));
const contextChoices = (contexts: readonly Context[]): Choice<Context>[] =>
  contexts.map((c) => ({ value: c, label: CONTEXT_LABELS[c] }));
const labelled = <T extends string>(ids: readonly T[], labels: Record<T, string>): Choice<T>[] =>
  ids.map((id) => ({ value: id, label: labels[id] }));

/** Nothing to add → leave the field out rather than send an empty list. */
function withList<K extends string, T>(key: K, list: T[]): Partial<Record<K, T[]>> {
  return list.length > 0 ? ({ [key]: list } as Record<K, T[]>) : {};
}

async function askHistory(): Promise<History> {
  const frequency = await askOne('How often do you get spasms like this?', labelled(FREQUENCIES, FREQUENCY_LABELS));
  const conditions = await askMany(
    'Do you have any of these conditions? (none: just press Enter)',
    labelled(CONDITIONS, CONDITION_LABELS),
  );
  const medications = await askMany('Do you take any of these medicines?', labelled(MEDICATIONS, MEDICATION_LABELS));
  const tried = await askOne('Have you massaged it before, and how did it respond?', [
    { value: 'not-tried' as const, label: 'Not tried yet' },
    ...labelled(RESPONSES, RESPONSE_LABELS),
  ]);
  const history: History = {
    frequency,
    ...withList('conditions', conditions),
    ...withList('medications', medications),
  };
  if (tried !== 'not-tried') {
    history.previousMassage = tried;
    history.selfCareDays = await askNumber('For how many days have you done regular self-care?', {
      min: 0,
      max: 3650,
      integer: true,
      fallback: 0,
    });
  }
  return history;
}

/**
 * Walk the person through the questionnaire: region first, then red flags (stopping early when one
 * already means emergency care), then duration, intensity, context, other signs and history.
 */
export async function runQuestionnaire(): Promise<Situation> {
  const region = await askOne('Where is the spasm?', labelled(REGIONS, REGION_LABELS));
  const side = await askOne('Which side?', labelled(SIDES, SIDE_LABELS));
  const redFlagSigns = listRedFlagSigns(region);
  const redSigns = await askMany(
    'Is any of this happening? Tick all that apply (none: just press Enter)',
    signChoices(redFlagSigns),
  );
  const redContexts = await askMany('Did any of this happen recently?', contextChoices(RED_FLAG_CONTEXTS));
  let situation: Situation = { region, side, ...withList('signs', redSigns), ...withList('context', redContexts) };
  if (EMERGENCY.has(assessSituation(situation).care)) return situation;

  const ongoing = await askYesNo('Is the spasm happening right now?');
  const durationMinutes = await askNumber(
    ongoing ? 'How many minutes has it lasted so far?' : 'How many minutes did it last?',
    { min: 0, max: 10080 },
  );
  const intensity = await askNumber('How strong is the pain, 0 (none) to 10 (worst)?', {
    min: 0,
    max: 10,
    integer: true,
  });
  situation = { ...situation, ongoing, durationMinutes, intensity };
  if (EMERGENCY.has(assessSituation(situation).care)) return situation;

  const otherContexts = await askMany(
    'What was going on when it started?',
    contextChoices(CONTEXTS.filter((c) => !RED_FLAG_CONTEXTS.includes(c))),
  );
  const otherSigns = await askMany(
    'Do you notice any of this at the spot?',
    signChoices(SIGNS.filter((s) => !redFlagSigns.includes(s))),
  );
  const history = await askHistory();
  return {
    ...situation,
    ...withList('context', [...redContexts, ...otherContexts]),
    ...withList('signs', [...redSigns, ...otherSigns]),
    history,
  };
}
