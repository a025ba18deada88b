import { isLocale, type Locale } from '../../core/i18n/locales';
import {
  type CarePlace,
  COUNTRIES,
  type Country,
  countryOfLanguage,
  emergencyNumberOf,
  localiseCareText,
} from '../../core/messages/care-words';
import { useStoredState } from './stored-state';

export type Theme = 'system' | 'light' | 'dark';
export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** The root font size for each text size: every length in the styles is in rem, so everything grows with it. */
export const TEXT_SCALE: Record<TextSize, string> = { standard: '100%', large: '118.75%', largest: '137.5%' };

export interface Settings {
  /** The language chosen in Settings; null follows the browser's languages (lib/i18n.tsx). Apart from the country. */
  language: Locale | null;
  /** Decides the care words (GP and NHS 111, or doctor and urgent care) and the default emergency number. */
  country: Country;
  /** The number the person chose instead of their country's own; null keeps the country's. */
  emergencyNumber: string | null;
  muted: boolean;
  /** Say the session's cues aloud (speech synthesis); off until the person turns it on. */
  spokenCues: boolean;
  theme: Theme;
  textSize: TextSize;
}

/** The country the browser's languages name (en-GB → United Kingdom), else "somewhere else" (112). */
export function defaultCountry(): Country {
  return typeof navigator === 'undefined' ? 'other' : countryOfLanguage(navigator.languages ?? [navigator.language]);
}

export const DEFAULT_SETTINGS: Omit<Settings, 'country'> = {
  language: null,
  emergencyNumber: null,
  muted: false,
  spokenCues: false,
  theme: 'system',
  textSize: 'standard',
};
export const SETTINGS_KEY = 'knead.settings';

/**
 * Settings as stored, made whole. Before countries existed every change saved the then default number, 112, as if
 * chosen: without a stored country, 112 means "the default", so a UK user now sees 999 (112 still works there).
 */
export function readSettings(stored: Partial<Settings>, country: Country = defaultCountry()): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, country, ...stored };
  if (!(COUNTRIES as readonly string[]).includes(settings.country)) settings.country = country;
  if (!TEXT_SCALE[settings.textSize]) settings.textSize = 'standard';
  if (settings.language !== null && !isLocale(String(settings.language))) settings.language = null;
  if (stored.country === undefined && stored.emergencyNumber === '112') settings.emergencyNumber = null;
  return settings;
}

/** The user's settings, persisted on this device; only what they changed is stored. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const [stored, setStored] = useStoredState<Partial<Settings>>(SETTINGS_KEY, {});
  const settings = readSettings(stored);
  // The country is stored with the first change: with it, a saved 112 is a choice, not the old default (readSettings).
  return [settings, (patch) => setStored({ ...stored, country: settings.country, ...patch })];
}

export function carePlaceOf(settings: Settings): CarePlace {
  return settings.emergencyNumber === null
    ? { country: settings.country }
    : { country: settings.country, emergencyNumber: settings.emergencyNumber };
}

/** Where the person is, for care words: the place, its emergency number, and a rewriter for UK-worded texts. */
export function useCarePlace(): { place: CarePlace; emergencyNumber: string; careText: (text: string) => string } {
  const [settings] = useSettings();
  const place = carePlaceOf(settings);
  return { place, emergencyNumber: emergencyNumberOf(place), careText: (text) => localiseCareText(text, place) };
}
