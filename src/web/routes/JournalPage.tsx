import { useEffect, useState } from 'react';
import { UndoToast } from '../components/UndoToast';
import { EpisodeList } from '../features/journal/EpisodeList';
import { formatWhen, toLocalDay } from '../features/journal/format';
import { JournalCalendar } from '../features/journal/JournalCalendar';
import { deleteEpisode } from '../features/journal/journal-api';
import { describeJournal } from '../features/journal/journal-copy';
import { useDeferredDelete } from '../features/journal/use-deferred-delete';
import { useEpisodes } from '../features/journal/use-episodes';
import { useT } from '../lib/i18n';
import { JOURNAL } from '../lib/namespaces/journal';
import { Link } from '../lib/router';

/** The journal: list or calendar, add / edit / delete with undo, and the daily check-in. */
export default function JournalPage() {
  const { state, rows, loadMore, forget } = useEpisodes();
  const translator = useT(JOURNAL);
  const { t } = translator;
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [day, setDay] = useState<string | null>(null);
  const deletion = useDeferredDelete(
    (id) =>
      void deleteEpisode(id)
        .then((outcome) => outcome === 'sent' && forget(id))
        .catch(() => undefined),
  );
  const visible = rows.filter((row) => row.episode.id !== deletion.hidden);
  const shown = day ? visible.filter((row) => toLocalDay(row.episode.startedAt) === day) : visible;
  // The entry form's code (and its label chunks) comes along now, while online: "Add an entry" works offline too.
  useEffect(() => {
    void import('./EpisodeEditPage').catch(() => undefined);
  }, []);
  const notice = describeJournal(state, visible.length, (iso) => formatWhen(iso, new Date(), translator), translator);

  return (
    <>
      <h1>{t('web-journal.journal.heading')}</h1>
      <div className="button-row">
        <Link to="/journal/new" className="button">
          {t('web-journal.journal.add')}
        </Link>
        <Link to="/checkin" className="button button-secondary">
          {t('web-journal.journal.checkin')}
        </Link>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('web-journal.journal.view')}</legend>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'list'}
          onClick={() => setView('list')}
        >
          {t('web-journal.journal.list')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'calendar'}
          onClick={() => setView('calendar')}
        >
          {t('web-journal.journal.calendar')}
        </button>
      </fieldset>
      <p className="journal-status" role="status">
        {notice.text}
      </p>
      {state.failure?.needsSignIn && (
        <p className="card" role="alert">
          {t('web-journal.journal.sign-in-before')}
          <Link to="/signin">{t('web-journal.journal.sign-in')}</Link>
          {t('web-journal.journal.sign-in-after')}
        </p>
      )}
      {view === 'calendar' && <JournalCalendar rows={visible} selectedDay={day} onSelectDay={setDay} />}
      {day && (
        <p>
          {t('web-journal.journal.showing-day', {
            day: translator.date(new Date(`${day}T12:00:00`), { dateStyle: 'long' }),
          })}{' '}
          <button type="button" className="link-button" onClick={() => setDay(null)}>
            {t('web-journal.journal.all-days')}
          </button>
        </p>
      )}
      {notice.showEmpty && <p>{t('web-journal.journal.empty')}</p>}
      <EpisodeList rows={shown} onDelete={deletion.remove} />
      {loadMore && (
        <button type="button" className="button button-secondary" onClick={loadMore}>
          {t('web-journal.journal.load-older')}
        </button>
      )}
      {deletion.hidden && <UndoToast message={t('web-journal.journal.deleted')} onUndo={deletion.undo} />}
    </>
  );
}
