import { useStoredState } from './stored-state';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** The number the emergency banner dials; 112 works across the EU and on most mobile phones. */
  emergencyNumber: string;
  muted: boolean;
  /** Say the session's cues aloud (speech synthesis); off until the person turns it on. */
  spokenCues: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  emergencyNumber: '112',
  muted: false,
  spokenCues: false,
  theme: 'system',
};
const SETTINGS_KEY = 'knead.settings';

/** The user's settings, persisted on this device. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const [stored, setStored] = useStoredState<Partial<Settings>>(SETTINGS_KEY, {});
  const settings: Settings = { ...DEFAULT_SETTINGS, ...stored };
  return [settings, (patch) => setStored({ ...settings, ...patch })];
}
