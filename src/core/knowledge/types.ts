import type { SourceId } from '../sources';
import type {
  CareLevel,
  Condition,
  Context,
  EpisodeType,
  MassageLevel,
  Medication,
  Presentation,
  Pressure,
  Region,
  Sign,
  Technique,
  TopicId,
} from '../vocabulary';

/**
 * What a Situation must contain for an entry to apply. Every listed group must match (AND);
 * within a group any one id matches (OR). An empty matcher never matches.
 * Entries declare their own matchers so the engine never switches on entry ids.
 */
export interface SituationMatcher {
  contexts?: readonly Context[];
  signs?: readonly Sign[];
  conditions?: readonly Condition[];
  medications?: readonly Medication[];
  regions?: readonly Region[];
}

/** Any statement Knead shows: always with its source. */
export interface KnowledgeItem {
  id: string;
  title: string;
  text: string;
  source: SourceId;
}

/** A possible contributing factor (the article's causes). `weight` ranks matches (higher first). */
export interface Cause extends KnowledgeItem {
  /** The situations that point to this cause; `why` explains the match to the person. */
  indicators: readonly { when: SituationMatcher; why: string }[];
  weight: number;
}

/** Something that makes spasms worse (the article's aggravators). */
export interface Aggravator extends KnowledgeItem {
  /** What to avoid right now, in plain words, naming the thing to avoid first ("Avoid …", "Do not …"). */
  advice: string;
  /** When this aggravator is relevant; `always: true` shows it for every situation. */
  when?: SituationMatcher;
  always?: boolean;
}

/** A duration scenario from the article ("How Long Should Muscle Spasms Last?"). */
export interface DurationPattern extends KnowledgeItem {
  episodeType: EpisodeType;
  /** Set on patterns for one presentation only (a lingering tightness follows its own course). */
  presentation?: Presentation;
  /** The same statements without the massage advice, shown when the verdict rules massage out. */
  withoutMassage?: { text: string; expected: string };
  /** What is normal for this type of episode. */
  expected: string;
  /** When to seek help, each with its own source. */
  worryIf: readonly { text: string; source: SourceId }[];
}

/** A massage technique with its parameters (the article's techniques section). */
export interface TechniqueGuide extends KnowledgeItem {
  technique: Technique;
  /** How it is done, in steps a person can follow. */
  how: string;
  pressure: Pressure;
  /** The highest pressure it may reach under each permission; absent = not allowed at that permission. */
  allowedPressure: Partial<Record<Exclude<MassageLevel, 'avoid'>, Pressure>>;
  durationSeconds: number;
  hold?: { minSeconds: number; maxSeconds: number };
  repetitions?: number;
  cautions: readonly string[];
}

/** Region-specific guidance: the right stretch and position, suitable techniques, cautions. */
export interface RegionGuide {
  region: Region;
  position: string;
  stretch: { title: string; instructions: string };
  /** Where and how to apply the hands for this region. */
  handsOn: string;
  suitable: readonly Technique[];
  cautions: readonly string[];
  source: SourceId;
}

/** A warning sign from the clinical sources: when to get help, and how urgently. */
export interface WarningSign extends KnowledgeItem {
  care: CareLevel;
  when: SituationMatcher;
}

/** A browsable, searchable knowledge topic (DESIGN.md topic ids). */
export interface Topic {
  id: TopicId;
  title: string;
  summary: string;
  /** The statements of the topic, each with its source. */
  items: readonly KnowledgeItem[];
  /** Extra words people use for this topic, for search. */
  keywords: readonly string[];
}
