/**
 * The report's language: a Translator with the `report` and `insights` namespaces, and the helpers that put
 * figures, days and times into it. en-GB (the default, loaded with the report) writes exactly today's text: ISO days,
 * String() numbers. Other locales use Intl for dates and the locale's decimal mark (decision 0032).
 */
import insightsEnGb from '../../core/i18n/compiled/insights/en-GB.js';
import reportEnGb from '../../core/i18n/compiled/report/en-GB.js';
import type { AnyLocale } from '../../core/i18n/locales';
import { createTranslator, type Translator } from '../../core/i18n/translator';
import { formatNumber } from '../../core/messages/numbers';

export const SOURCE_REPORT_TRANSLATOR: Translator = createTranslator('en-GB', {
  report: reportEnGb,
  insights: insightsEnGb,
});

/** The namespaces the report reads (`labels` is used when present: D1's vocabulary labels). */
export const REPORT_NAMESPACES = ['report', 'insights', 'labels'] as const;

/** A translator for the report in `locale` (async: the catalogs load on demand). */
export async function loadReportTranslator(locale: AnyLocale): Promise<Translator> {
  if (locale === 'en-GB') return SOURCE_REPORT_TRANSLATOR;
  const { loadTranslator, NAMESPACES } = await import('../../core/i18n/catalogs');
  const wanted = NAMESPACES.filter((namespace) => (REPORT_NAMESPACES as readonly string[]).includes(namespace));
  return loadTranslator(locale, wanted);
}

/** Whether the report keeps today's exact English figures (ISO days, "1.5"). */
const isSource = (t: Translator) => t.locale === 'en-GB' || t.locale === 'en-XA';

/** A figure's text with the locale's decimal mark ("1.5" → "1,5" in German); en-GB as written. */
export function localDigits(t: Translator, text: string): string {
  if (isSource(t)) return text;
  const mark = t.number(1.5).charAt(1);
  return mark === '.' ? text : text.replace('.', mark);
}

/** formatNumber (at most `digits` decimals, "-" for none) in the locale's digits. */
export function reportNumber(t: Translator, value: number | null, digits = 1): string {
  return localDigits(t, formatNumber(value, digits));
}

/** A calendar day (YYYY-MM-DD): ISO in en-GB, else the locale's medium date ("7 dic 2026", "07.12.2026"). */
export function reportDay(t: Translator, day: string): string {
  if (isSource(t) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return t.date(Date.parse(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A wall-clock time as recorded ("2026-03-01 02:10"), in the locale's short date and time. */
export function reportWhen(t: Translator, instant: string): string {
  const wall = `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
  if (isSource(t)) return wall;
  const at = Date.parse(`${instant.slice(0, 16)}:00Z`);
  if (!Number.isFinite(at)) return wall;
  return t.date(at, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
}

/** A vocabulary label from D1's `labels` namespace when it is loaded and has the key, else the English one. */
export function vocabularyLabel(t: Translator, key: string, english: string): string {
  return !isSource(t) && t.has(key) ? t.t(key) : english;
}

/** A report message when the key exists in the loaded catalog, else `english` (for keys other namespaces own). */
export function reportText(t: Translator, key: string, values?: Parameters<Translator['t']>[1]): string {
  return t.t(`report.${key}`, values);
}
