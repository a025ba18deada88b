import type { Translator } from '../../../core/i18n/translator';

/** Local date-time for lists ("Tue 3 Mar, 02:10"), with the year when it is not this year ("Sat 1 Mar 2031, 08:00"). */
export function formatWhen(iso: string, now: Date = new Date(), translator?: Translator): string {
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  };
  // Without a translator (tests, older callers) the browser's own locale, as before.
  return translator ? translator.date(date, options) : new Intl.DateTimeFormat(undefined, options).format(date);
}

/** "45 s", "7 min", "1 h 30 min"; with a translator outside en-GB, Intl's short units ("7 Min.", "1 h y 30 min"). */
export function formatMinutes(minutes: number, translator?: Translator): string {
  if (translator && translator.locale !== 'en-GB') return formatMinutesIntl(minutes, translator);
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
}

function formatMinutesIntl(minutes: number, translator: Translator): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    translator.number(value, { style: 'unit', unit: name, unitDisplay: 'short' });
  if (minutes < 1) return unit(Math.round(minutes * 60), 'second');
  if (minutes < 60) return unit(Math.round(minutes), 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return rest > 0 ? translator.list([unit(hours, 'hour'), unit(rest, 'minute')]) : unit(hours, 'hour');
}

/** YYYY-MM-DD of an instant in the browser's time zone. */
export function toLocalDay(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
