import { useState } from 'react';
import { UndoToast } from '../components/UndoToast';
import { EpisodeList } from '../features/journal/EpisodeList';
import { toLocalDay } from '../features/journal/format';
import { JournalCalendar } from '../features/journal/JournalCalendar';
import { deleteEpisode } from '../features/journal/journal-api';
import { useDeferredDelete } from '../features/journal/use-deferred-delete';
import { useEpisodes } from '../features/journal/use-episodes';
import { Link } from '../lib/router';

/** The journal: list or calendar, add / edit / delete with undo, and the daily check-in. */
export default function JournalPage() {
  const { state, rows, loadMore } = useEpisodes();
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [day, setDay] = useState<string | null>(null);
  const deletion = useDeferredDelete((id) => void deleteEpisode(id).catch(() => undefined));
  const visible = rows.filter((row) => row.episode.id !== deletion.hidden);
  const shown = day ? visible.filter((row) => toLocalDay(row.episode.startedAt) === day) : visible;

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
      {state.status === 'loading' && <p aria-live="polite">Loading your journal…</p>}
      {state.status === 'error' && (
        <p className="card" role="alert">
          {state.needsSignIn ? (
            <>
              Please <Link to="/signin">sign in</Link> to see your journal.
            </>
          ) : (
            `Could not load the journal from the server (${state.message}). Entries you add now are kept on this device.`
          )}
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
