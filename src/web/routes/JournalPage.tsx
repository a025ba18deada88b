import { useState } from 'react';
import { UndoToast } from '../components/UndoToast';
import { EpisodeList } from '../features/journal/EpisodeList';
import { formatWhen, toLocalDay } from '../features/journal/format';
import { JournalCalendar } from '../features/journal/JournalCalendar';
import { deleteEpisode } from '../features/journal/journal-api';
import { describeJournal } from '../features/journal/journal-copy';
import { useDeferredDelete } from '../features/journal/use-deferred-delete';
import { useEpisodes } from '../features/journal/use-episodes';
import { Link } from '../lib/router';

/** The journal: list or calendar, add / edit / delete with undo, and the daily check-in. */
export default function JournalPage() {
  const { state, rows, loadMore, forget } = useEpisodes();
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
  const notice = describeJournal(state, visible.length, formatWhen);

  return (
    <>
      <h1>Journal</h1>
      <div className="button-row">
        <Link to="/journal/new" className="button">
          Add an entry
        </Link>
        <Link to="/checkin" className="button button-secondary">
          Daily check-in
        </Link>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">View</legend>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'list'}
          onClick={() => setView('list')}
        >
          List
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'calendar'}
          onClick={() => setView('calendar')}
        >
          Calendar
        </button>
      </fieldset>
      <p className="journal-status" role="status">
        {notice.text}
      </p>
      {state.failure?.needsSignIn && (
        <p className="card" role="alert">
          Please <Link to="/signin">sign in</Link> to see your journal.
        </p>
      )}
      {view === 'calendar' && <JournalCalendar rows={visible} selectedDay={day} onSelectDay={setDay} />}
      {day && (
        <p>
          Showing {day}.{' '}
          <button type="button" className="link-button" onClick={() => setDay(null)}>
            Show all days
          </button>
        </p>
      )}
      {notice.showEmpty && <p>No entries yet.</p>}
      <EpisodeList rows={shown} onDelete={deletion.remove} />
      {loadMore && (
        <button type="button" className="button button-secondary" onClick={loadMore}>
          Load older entries
        </button>
      )}
      {deletion.hidden && <UndoToast message="Entry deleted." onUndo={deletion.undo} />}
    </>
  );
}
