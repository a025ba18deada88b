import type { SCHEDULE_GUIDELINES } from '../assessment';
import type { SourceId } from '../sources';

export type ScheduleGuideline = (typeof SCHEDULE_GUIDELINES)[number];

/** One of the article's frequency guidelines, as the numbers a Schedule (and its .ics export) needs. */
export interface FrequencyGuideline {
  id: ScheduleGuideline;
  title: string;
  /** What to do, in plain words. */
  text: string;
  source: SourceId;
  /** Typical sessions on a reminder day, and the range the article allows. */
  sessionsPerDay: number;
  sessionsPerDayRange: { min: number; max: number };
  /** Typical minutes per session, and the range the article allows. */
  sessionMinutes: number;
  sessionMinutesRange: { min: number; max: number };
  /** Days between reminder days (1 daily, 7 weekly, 14 every two weeks). */
  intervalDays: number;
  /** How many reminder days to schedule before reviewing. */
  occurrences: number;
  /** How to adjust as it goes. */
  adjust: string;
}

/** The article's four guidelines ("How Often Should You Massage a Sore Muscle?"). */
export const FREQUENCY_GUIDELINES: readonly FrequencyGuideline[] = [
  {
    id: 'mild',
    title: 'Mild soreness',
    text: 'Massage the sore muscle once or twice a day. Start with shorter sessions of 10 to 15 minutes and gradually increase the duration if it feels beneficial.',
    source: 'article:frequency',
    sessionsPerDay: 2,
    sessionsPerDayRange: { min: 1, max: 2 },
    sessionMinutes: 10,
    sessionMinutesRange: { min: 10, max: 15 },
    intervalDays: 1,
    occurrences: 7,
    adjust: 'Lengthen the sessions gradually if they help.',
  },
  {
    id: 'moderate-severe',
    title: 'Moderate to severe soreness',
    text: 'Massage the area several times a day in shorter sessions. Listen to your body and do not overdo it: if the massage causes more pain or discomfort, reduce how often or how long you massage.',
    source: 'article:frequency',
    sessionsPerDay: 3,
    sessionsPerDayRange: { min: 2, max: 4 },
    sessionMinutes: 5,
    sessionMinutesRange: { min: 5, max: 10 },
    intervalDays: 1,
    occurrences: 5,
    adjust: 'If it causes more pain or discomfort, reduce the frequency or the duration.',
  },
  {
    id: 'after-exercise',
    title: 'Recovery from exercise',
    text: 'Massage the muscles shortly after the activity and again the following day, then adjust how often based on how your body responds and recovers.',
    source: 'article:frequency',
    sessionsPerDay: 1,
    sessionsPerDayRange: { min: 1, max: 1 },
    sessionMinutes: 10,
    sessionMinutesRange: { min: 10, max: 15 },
    intervalDays: 1,
    occurrences: 2,
    adjust: "Adjust the frequency based on your body's response and recovery rate.",
  },
  {
    id: 'chronic',
    title: 'Chronic or recurring spasms: professional sessions',
    text: 'A licensed massage therapist will recommend a treatment plan for your condition: often weekly or every two weeks at first, then less frequent maintenance sessions as the soreness improves.',
    source: 'article:frequency',
    sessionsPerDay: 1,
    sessionsPerDayRange: { min: 1, max: 1 },
    sessionMinutes: 15,
    sessionMinutesRange: { min: 10, max: 15 },
    intervalDays: 7,
    occurrences: 6,
    adjust: 'Weekly or every two weeks at first, then less frequent maintenance sessions as it improves.',
  },
];

/** The article's monitoring rule: when regular massage is not enough. */
export const MONITORING_RULE = {
  id: 'frequency-monitoring',
  text: 'If the soreness decreases and the muscle feels more relaxed and less tender, continue the routine. If it persists or worsens despite regular massage, stop and consult a healthcare professional.',
  source: 'article:frequency',
} as const satisfies { id: string; text: string; source: SourceId };

/** The guideline with this id. @example findFrequencyGuideline('mild').sessionsPerDay // 2 */
export function findFrequencyGuideline(id: ScheduleGuideline): FrequencyGuideline {
  const guideline = FREQUENCY_GUIDELINES.find((g) => g.id === id);
  if (!guideline) throw new Error(`No frequency guideline ${id}`);
  return guideline;
}
