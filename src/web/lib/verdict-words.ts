import { useMemo } from 'react';
import { assessSituation } from '../../core/assess/assess-situation';
import type { Namespace } from '../../core/i18n/catalogs';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import { type CarePlace, careLevelLabelFor } from '../../core/messages/care-words';
import { EPISODE_TYPE_LABELS, MASSAGE_LEVEL_LABELS, PRESSURE_LABELS } from '../../core/messages/verdict-labels';
import { EN_GB_PLAN_WORDING } from '../../core/plan/plan-wording';
import type { Situation } from '../../core/situation';
import type { CareLevel } from '../../core/vocabulary';
import type { CoreWords, VerdictLabels, VerdictWords } from './core-words-types';
import { useLocale, useT } from './i18n';
import { useCarePlace } from './settings';

const VERDICT_LABELS: VerdictLabels = {
  pressure: PRESSURE_LABELS,
  'massage-level': MASSAGE_LEVEL_LABELS,
  'episode-type': EPISODE_TYPE_LABELS,
};

/** The catalogs the translated words need (ASSESSMENT_NAMESPACES of core/assess/assess-in.ts). */
export const CORE_NAMESPACES: Namespace[] = ['assessment', 'care', 'labels', 'plan', 'knowledge'];

type TranslatedModule = typeof import('./translated-words');
let translated: TranslatedModule | null = null;
let loading: Promise<void> | null = null;

/** Suspends until the translated half is here (only ever outside en-GB). */
export function loadTranslatedModule(): TranslatedModule {
  if (translated) return translated;
  loading ??= import('./translated-words').then((module) => {
    translated = module;
  });
  throw loading;
}

/**
 * The core's words in the page's language: en-GB's own, from `source` (no catalog loaded, decision 0031's default
 * path), else the translated half's (its own chunk; suspends until it is here).
 */
export function useEngineWords<W extends VerdictWords>(
  source: (place: CarePlace, careText: (text: string) => string) => W,
): W | CoreWords {
  const locale = useLocale();
  const isSource = locale === SOURCE_LOCALE;
  const t = useT(...(isSource ? [] : CORE_NAMESPACES));
  const { place, careText } = useCarePlace();
  const module = isSource ? null : loadTranslatedModule();
  const { country, emergencyNumber } = place;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the place is its country and number; careText follows them; source is a module constant.
  return useMemo(
    () => (module ? module.translatedWords(t, place) : source(place, careText)),
    [module, t, country, emergencyNumber],
  );
}

const sourceVerdictWords = (place: CarePlace, careText: (text: string) => string): VerdictWords => ({
  translator: undefined,
  place,
  assess: (situation: Situation) => assessSituation(situation),
  labels: VERDICT_LABELS,
  careText,
  careLevel: (care: CareLevel) => careLevelLabelFor(care, place),
  duration: EN_GB_PLAN_WORDING.duration,
});

/**
 * The core's words a verdict shows (verdict page and features/verdict). Same words as useCoreWords, fewer of
 * them: in en-GB this hook bundles only the engine and the verdict's label tables, so a shared verdict link stays
 * within the first-visit budget (decision 0033).
 */
export function useVerdictWords(): VerdictWords {
  return useEngineWords(sourceVerdictWords);
}
