import type { History, Situation } from '../situation';
import type { Region } from '../vocabulary';

/** The answers so far: a Situation that may still lack its region. */
export type PartialSituation = Omit<Situation, 'region'> & { region?: Region | undefined };

/** What one answer adds to the situation (lists are added to, history fields merged). */
export type Patch = PartialSituation;

/** What a device remembers about the person between assessments (asked once). */
export interface Memory {
  age?: number | undefined;
  /** Present once the history questions were answered (even with nothing ticked). */
  history?: History | undefined;
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined => {
  const merged = [...new Set([...(a ?? []), ...(b ?? [])])];
  return merged.length > 0 ? merged : undefined;
};

function mergeHistory(base: History | undefined, patch: History | undefined): History | undefined {
  if (!base && !patch) return undefined;
  const merged: History = { ...base, ...patch };
  const conditions = union(base?.conditions, patch?.conditions);
  const medications = union(base?.medications, patch?.medications);
  if (conditions) merged.conditions = conditions;
  else delete merged.conditions;
  if (medications) merged.medications = medications;
  else delete merged.medications;
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/**
 * Add an answer's patch to the answers so far: lists are joined without repeats, history is merged.
 * @example applyPatch({ region: 'calf', signs: ['fever'] }, { signs: ['rash'] }).signs // ['fever', 'rash']
 */
export function applyPatch<S extends PartialSituation>(situation: S, patch: Patch): S {
  const result: S = { ...situation, ...patch };
  const context = union(situation.context, patch.context);
  const signs = union(situation.signs, patch.signs);
  const history = mergeHistory(situation.history, patch.history);
  if (context) result.context = context;
  else delete result.context;
  if (signs) result.signs = signs;
  else delete result.signs;
  if (history) result.history = history;
  else delete result.history;
  return result;
}

/**
 * The Situation to assess: the answers plus what the device remembers; null until a region is chosen.
 * @example toAssessable({ region: 'calf' }, { age: 40 }) // { region: 'calf', age: 40 }
 */
export function toAssessable(answers: PartialSituation, memory: Memory = {}): Situation | null {
  const { region } = answers;
  if (region === undefined) return null;
  const remembered: Patch = {};
  if (memory.age !== undefined && answers.age === undefined) remembered.age = memory.age;
  if (memory.history) remembered.history = memory.history;
  return applyPatch({ ...answers, region }, remembered);
}
