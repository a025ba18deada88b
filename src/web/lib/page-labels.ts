import { useMemo } from 'react';
import type { Namespace } from '../../core/i18n/catalogs';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import type { Translator } from '../../core/i18n/translator';
import { LABEL_TABLES, type LocalisedLabels, localiseLabels } from '../../core/messages/label-tables';
import {
  formatFrequency,
  formatFrequencyIn,
  formatMinutes,
  formatMinutesIn,
  formatNumber,
  formatNumberIn,
} from '../../core/messages/numbers';
import { useLocale, useT } from './i18n';

/** A lazy page's translator with the core's label tables and figures in the page's language. */
export interface PageLabels {
  translator: Translator;
  labels: LocalisedLabels;
  /** "2.5", "2,5". */
  number(value: number | null): string;
  /** "4.3 min", "4,3 Min.". */
  minutes(value: number | null): string;
  /** "2 episodes in 1 day", "1.5 a week". */
  frequency(summary: { episodes: number; perWeek: number | null }, days: number): string;
}

/**
 * `useT(...pages)` plus the core's labels (regions, actions, contexts…) and numbers. In en-GB the English tables
 * themselves, no catalog loaded (the pages' unit tests stay synchronous); elsewhere the `labels` catalog too.
 */
export function usePageLabels(...pages: Namespace[]): PageLabels {
  const isSource = useLocale() === SOURCE_LOCALE;
  const translator = useT(...pages, ...(isSource ? [] : (['labels'] as const)));
  return useMemo(
    () =>
      isSource
        ? {
            translator,
            labels: LABEL_TABLES as LocalisedLabels,
            number: (value) => formatNumber(value),
            minutes: formatMinutes,
            frequency: formatFrequency,
          }
        : {
            translator,
            labels: localiseLabels(translator),
            number: (value) => formatNumberIn(translator, value),
            minutes: (value) => formatMinutesIn(translator, value),
            frequency: (summary, days) => formatFrequencyIn(translator, summary, days),
          },
    [translator, isSource],
  );
}
