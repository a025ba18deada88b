import { useState } from 'react';
import { useT } from '../../lib/i18n';
import { JOURNAL } from '../../lib/namespaces/journal';
import { buildMonthGrid } from './calendar-grid';
import { toLocalDay } from './format';
import type { EpisodeRow } from './journal-copy';

/** Monday 1 January 2024 and the six days after it: the weekday names in the page's language. */
const WEEK = [0, 1, 2, 3, 4, 5, 6].map((offset) => new Date(2024, 0, 1 + offset));

interface CalendarProps {
  rows: readonly EpisodeRow[];
  selectedDay: string | null;
  onSelectDay: (day: string | null) => void;
}

/** A month calendar; days with episodes are buttons that filter the list. */
export function JournalCalendar({ rows, selectedDay, onSelectDay }: CalendarProps) {
  const translator = useT(JOURNAL);
  const { t } = translator;
  const [cursor, setCursor] = useState(() => {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() };
  });
  const counts = new Map<string, number>();
  for (const row of rows) {
    const day = toLocalDay(row.episode.startedAt);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const grid = buildMonthGrid(cursor.year, cursor.month);
  const title = translator.date(new Date(cursor.year, cursor.month, 1), {
    month: 'long',
    year: 'numeric',
  });
  const move = (delta: number) => {
    const date = new Date(cursor.year, cursor.month + delta, 1);
    setCursor({ year: date.getFullYear(), month: date.getMonth() });
  };
  const weeks: (Date | null)[][] = [];
  for (let index = 0; index < grid.length; index += 7) weeks.push(grid.slice(index, index + 7));
  return (
    <section className="calendar" aria-labelledby="calendar-title">
      <div className="calendar-head">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => move(-1)}
          aria-label={t('web-journal.calendar.previous')}
        >
          ‹
        </button>
        <h2 id="calendar-title" aria-live="polite">
          {title}
        </h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => move(1)}
          aria-label={t('web-journal.calendar.next')}
        >
          ›
        </button>
      </div>
      <table>
        <thead>
          <tr>
            {WEEK.map((day) => (
              <th key={day.getDay()} scope="col">
                {translator.date(day, { weekday: 'short' })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)?.toISOString()}>
              {Array.from({ length: 7 }, (_, index) => {
                const date = week[index];
                // biome-ignore lint/suspicious/noArrayIndexKey: padding cells have nothing but their position.
                if (!date) return <td key={`pad-${index}`} />;
                const day = toLocalDay(date);
                const count = counts.get(day) ?? 0;
                return (
                  <td key={day}>
                    {count > 0 ? (
                      <button
                        type="button"
                        className="day has-episodes"
                        aria-pressed={selectedDay === day}
                        aria-label={t('web-journal.calendar.day', { day: date.getDate(), count })}
                        onClick={() => onSelectDay(selectedDay === day ? null : day)}
                      >
                        {date.getDate()}
                        <span className="dot" aria-hidden="true">
                          {count}
                        </span>
                      </button>
                    ) : (
                      <span className="day">{date.getDate()}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
