import type { Presentation } from '../vocabulary';

/** The questionnaire's questions in plain words (web and terminal ask the same ones). */
export const QUESTION_TEXTS = {
  region: 'Where is the spasm?',
  presentation: 'What does it feel like?',
  'red-flag-signs': 'Right now, do you have any of this? Tick all that apply',
  'red-flag-contexts': 'Did any of this happen recently?',
  'red-flag-conditions': 'Do you have, or have you had, any of this?',
  'follow-up': 'One more about that: is any of this true?',
  'cramp-timing': 'Is it still cramping, and how long has it lasted?',
  'tightness-duration': 'How long has it been tight or sore?',
  intensity: 'How strong is the pain, 0 (none) to 10 (worst)?',
  context: 'What was going on when it started?',
  signs: 'Do you notice any of this at the spot?',
  age: 'How old are you? (asked once, then remembered)',
  frequency: 'How often do you get spasms like this?',
  'history-conditions': 'Do you have any of these conditions, or take any of these medicines?',
  'previous-massage': 'When you massaged it before, how did it respond?',
  'self-care-days': 'For how many days have you done regular self-care?',
} as const;

/** The presentation in the words of someone who has it; the hint says how long each usually lasts. */
export const PRESENTATION_LABELS: Record<Presentation, { label: string; hint: string }> = {
  cramp: { label: 'A sudden hard cramp', hint: 'it grabs hard and usually lets go within seconds to minutes' },
  tightness: {
    label: 'A tight, sore knot or stiffness that lingers',
    hint: 'it stays tight or sore for hours or days',
  },
};

/** Is a cramp still going, and for how long (one choice sets both). */
export const CRAMP_TIMING_LABELS = {
  'now-1': 'Still cramping: it started less than 2 minutes ago',
  'now-5': 'Still cramping: for 2 to 10 minutes',
  'now-30': 'Still cramping: for 10 minutes to an hour',
  'now-90': 'Still cramping: for more than an hour',
  'over-0.5': 'It is over: it lasted a few seconds',
  'over-1.5': 'It is over: it lasted up to 2 minutes',
  'over-6': 'It is over: it lasted 2 to 10 minutes',
  'over-30': 'It is over: it lasted 10 minutes to an hour',
  'over-90': 'It is over: it lasted more than an hour',
} as const;

/** How long a tightness has lasted so far, in the units people use (hours, days, weeks). */
export const TIGHTNESS_DURATION_LABELS = {
  '30': 'Less than an hour',
  '180': 'A few hours',
  '1440': 'About a day',
  '5760': '2 to 6 days',
  '30240': '1 to 6 weeks',
  '80640': 'More than 6 weeks',
} as const;
