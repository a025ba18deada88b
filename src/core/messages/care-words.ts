import type { Translator } from '../i18n/translator';
import type { CareLevel } from '../vocabulary';
import { CARE_LEVEL_LABELS, type CareLevelLabel } from './verdict-labels';

/**
 * Where the person is decides the words for getting care: a GP and NHS 111 in the UK, a doctor and urgent care in
 * the US. The rules and knowledge texts are written in UK terms (the guidance they cite is NHS and NICE); this module
 * rewrites those terms for the chosen country so nobody abroad is told to "call 999". The five care levels keep their
 * ids everywhere; only their words change. The CLI and API keep the neutral CARE_LEVEL_LABELS.
 */
export const COUNTRIES = ['GB', 'US', 'ES', 'DE', 'other'] as const;
export type Country = (typeof COUNTRIES)[number];

export interface CareWords {
  /** How the picker names the country. */
  name: string;
  /** Where its number works, as in "999 is the number …". */
  where: string;
  /** The number for an ambulance, fire or police in an emergency. */
  emergencyNumber: string;
  /** The person's everyday doctor, as in "see your …". */
  doctor: string;
  /** Same-day care that is not an emergency, as in "contact … today". */
  urgentCare: string;
  /** The hospital's emergency department, as in "go to …". */
  emergencyDepartment: string;
}

export const CARE_WORDS: Record<Country, CareWords> = {
  GB: {
    name: 'United Kingdom',
    where: 'in the UK',
    emergencyNumber: '999',
    doctor: 'GP',
    urgentCare: 'NHS 111',
    emergencyDepartment: 'A&E',
  },
  US: {
    name: 'United States',
    where: 'in the US',
    emergencyNumber: '911',
    doctor: 'doctor',
    urgentCare: 'urgent care',
    emergencyDepartment: 'the emergency room',
  },
  ES: {
    name: 'Spain',
    where: 'in Spain',
    emergencyNumber: '112',
    doctor: 'family doctor',
    urgentCare: 'urgent care at your health centre',
    emergencyDepartment: 'the hospital emergency department',
  },
  DE: {
    name: 'Germany',
    where: 'in Germany',
    emergencyNumber: '112',
    doctor: 'family doctor',
    urgentCare: 'the on-call medical service on 116 117',
    emergencyDepartment: 'the hospital emergency department',
  },
  other: {
    name: 'Somewhere else',
    where: 'across Europe and from most mobile phones',
    emergencyNumber: '112',
    doctor: 'doctor',
    urgentCare: 'a local urgent care service or health line',
    emergencyDepartment: 'an emergency department',
  },
};

/** The country a BCP 47 language tag names (en-GB → GB), or 'other'. */
export function countryOfLanguage(tags: readonly string[]): Country {
  for (const tag of tags) {
    const region = tag.split('-').find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part));
    const upper = region?.toUpperCase();
    if (upper === 'UK') return 'GB';
    if (upper && upper !== 'OTHER' && (COUNTRIES as readonly string[]).includes(upper)) return upper as Country;
  }
  return 'other';
}

export interface CarePlace {
  country: Country;
  /** The number the person chose, when it differs from the country's own. */
  emergencyNumber?: string;
}

export function emergencyNumberOf(place: CarePlace): string {
  return place.emergencyNumber ?? CARE_WORDS[place.country].emergencyNumber;
}

type Rewrite = readonly [RegExp, (words: CareWords, emergency: string) => string];

/** UK care terms in the rules' and topics' texts, most specific first. Each is tested against every text. */
const REWRITES: readonly Rewrite[] = [
  [/\bGP, urgent treatment centre or 111\b/g, (w) => `${w.doctor} or ${w.urgentCare}`],
  [/\ban urgent GP appointment\b/g, (w) => `an urgent appointment with your ${w.doctor}`],
  [/\bcall 111\b/g, (w) => `contact ${w.urgentCare}`],
  [/\bCall 111\b/g, (w) => `Contact ${w.urgentCare}`],
  [/\bsuch as NHS 111\b/g, (w) => `such as ${w.urgentCare}`],
  [/\bNHS 111\b/g, (w) => w.urgentCare],
  [/\b111\b/g, (w) => w.urgentCare],
  [/\burgent treatment centre\b/g, (w) => w.urgentCare],
  [/\ba GP\b/g, (w) => `a ${w.doctor}`],
  [/\bGP\b/g, (w) => w.doctor],
  [/\bgo to A&E\b/g, (w) => `go to ${w.emergencyDepartment}`],
  [/\bA&E\b/g, (w) => w.emergencyDepartment],
];
const EMERGENCY = /\b999\b/g;

/** A text written in UK care terms, in the words of `place` (unchanged for the UK with its own number). */
export function localiseCareText(text: string, place: CarePlace): string {
  const words = CARE_WORDS[place.country];
  const emergency = emergencyNumberOf(place);
  let out = text.replace(EMERGENCY, emergency);
  if (place.country === 'GB') return out;
  for (const [pattern, replace] of REWRITES) out = out.replace(pattern, () => replace(words, emergency));
  return out;
}

/** A care level's banner in the words of `place`: who to call, with which number. */
export function careLevelLabelFor(care: CareLevel, place: CarePlace): CareLevelLabel {
  const words = CARE_WORDS[place.country];
  const emergency = emergencyNumberOf(place);
  const base = CARE_LEVEL_LABELS[care];
  switch (care) {
    case 'emergency_ambulance':
      return { ...base, action: `Call ${emergency} for an ambulance. Do not massage, and do not drive yourself.` };
    case 'emergency':
      return {
        ...base,
        action: `Go to ${words.emergencyDepartment} now, or call ${emergency} if you cannot get there safely.`,
      };
    case 'consultation_24':
      return {
        ...base,
        action: `Contact your ${words.doctor} or ${words.urgentCare} today. Go sooner if it gets worse.`,
      };
    case 'consultation':
      return {
        ...base,
        action: `Not urgent, but arrange to see your ${words.doctor} in the next few days to find the cause. Meanwhile, follow the advice below.`,
      };
    case 'self_care':
      return base;
  }
}

/** The placeholders every care text may use: `{emergencyNumber}`, `{doctor}`, … (the `care` catalog's `word.<country>.*`). */
export const CARE_SLOTS = [
  'emergencyNumber',
  'doctor',
  'urgentCare',
  'urgentLine',
  'sameDayCare',
  'emergencyDepartment',
] as const;
export type CareSlot = (typeof CARE_SLOTS)[number];

/**
 * The care words of `place` in the translator's language (the `care` namespace loaded): a Spanish text for someone
 * in Germany names the Hausarzt's and the Bereitschaftsdienst's equivalents in Spanish, and 112.
 */
export function careValuesIn(t: Translator, place: CarePlace): Record<CareSlot, string> {
  const values = Object.fromEntries(
    CARE_SLOTS.map((slot) => [slot, t.t(`care.word.${place.country}.${slot}`)]),
  ) as Record<CareSlot, string>;
  if (place.emergencyNumber !== undefined) values.emergencyNumber = place.emergencyNumber;
  return values;
}

/**
 * A care level's banner in the translator's language: for `place`, who to call with which number; without a
 * place, the neutral words of CARE_LEVEL_LABELS ("your local emergency number (999, 112 or 911)").
 */
export function careLevelLabelIn(t: Translator, care: CareLevel, place?: CarePlace): CareLevelLabel {
  const key = `care.level.${care}`;
  return {
    label: t.t(`${key}.label`),
    headline: t.t(`${key}.headline`),
    action: place ? t.t(`${key}.actionFor`, careValuesIn(t, place)) : t.t(`${key}.action`),
  };
}

/** How the country picker names a country, and where its emergency number works, in the translator's language. */
export function countryWordsIn(t: Translator, country: Country): { name: string; where: string } {
  return { name: t.t(`care.country.${country}.name`), where: t.t(`care.country.${country}.where`) };
}

export function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}
