import { ACTION_LABELS, REGION_LABELS, RESPONSE_LABELS, SIDE_LABELS } from '../../../core/messages/labels';
import { Link } from '../../lib/router';
import { formatMinutes, formatWhen } from './format';
import type { EpisodeRow } from './journal-copy';

/** The journal as a list: when, where, how long/strong, what was done, how it responded. */
export function EpisodeList({ rows, onDelete }: { rows: readonly EpisodeRow[]; onDelete: (id: string) => void }) {
  // Whether an empty list means "no entries" is the page's call: it knows if the server has answered.
  if (rows.length === 0) return null;
  return (
    <ul className="episode-list list-plain">
      {rows.map(({ episode, pending }) => {
        const where = `${REGION_LABELS[episode.region]}${episode.side && episode.side !== 'center' ? `, ${SIDE_LABELS[episode.side].toLowerCase()}` : ''}`;
        const facts = [
          episode.durationMinutes !== undefined ? formatMinutes(episode.durationMinutes) : null,
          episode.intensity !== undefined ? `pain ${episode.intensity}/10` : null,
          episode.painBefore !== undefined && episode.painAfter !== undefined
            ? `massage: ${episode.painBefore} → ${episode.painAfter}`
            : null,
          episode.response ? RESPONSE_LABELS[episode.response] : null,
        ].filter(Boolean);
        return (
          <li key={episode.id} className="card episode">
            <h3>
              {formatWhen(episode.startedAt)} · {where}
            </h3>
            {facts.length > 0 && <p>{facts.join(' · ')}</p>}
            {(episode.actions?.length ?? 0) > 0 && (
              <p className="hint">Did: {(episode.actions ?? []).map((action) => ACTION_LABELS[action]).join(', ')}</p>
            )}
            {pending && <p className="badge">Waiting to sync</p>}
            <div className="button-row">
              <Link
                to={`/journal/${episode.id}`}
                className="button button-secondary"
                aria-label={`Edit entry of ${formatWhen(episode.startedAt)}`}
              >
                Edit
              </Link>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onDelete(episode.id)}
                aria-label={`Delete entry of ${formatWhen(episode.startedAt)}`}
              >
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
