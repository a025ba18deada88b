import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { JOURNAL } from '../../lib/namespaces/journal';
import { Link } from '../../lib/router';
import { formatMinutes, formatWhen } from './format';
import type { EpisodeRow } from './journal-copy';

/** The journal as a list: when, where, how long/strong, what was done, how it responded. */
export function EpisodeList({ rows, onDelete }: { rows: readonly EpisodeRow[]; onDelete: (id: string) => void }) {
  // Whether an empty list means "no entries" is the page's call: it knows if the server has answered.
  const translator = useT(JOURNAL);
  const { t } = translator;
  const { labels } = useCoreWords();
  if (rows.length === 0) return null;
  return (
    <ul className="episode-list list-plain">
      {rows.map(({ episode, pending }) => {
        const where = `${labels.region[episode.region]}${episode.side && episode.side !== 'center' ? `, ${labels.side[episode.side].toLowerCase()}` : ''}`;
        const facts = [
          episode.durationMinutes !== undefined ? formatMinutes(episode.durationMinutes, translator) : null,
          episode.intensity !== undefined ? t('web-journal.episode.pain', { value: episode.intensity }) : null,
          episode.painBefore !== undefined && episode.painAfter !== undefined
            ? t('web-journal.episode.massage', { before: episode.painBefore, after: episode.painAfter })
            : null,
          episode.response ? labels.response[episode.response] : null,
        ].filter(Boolean);
        return (
          <li key={episode.id} className="card episode">
            <h3>
              {formatWhen(episode.startedAt, new Date(), translator)} · {where}
            </h3>
            {facts.length > 0 && <p>{facts.join(' · ')}</p>}
            {(episode.actions?.length ?? 0) > 0 && (
              <p className="hint">
                {t('web-journal.episode.did', {
                  actions: (episode.actions ?? []).map((action) => labels.action[action]).join(', '),
                })}
              </p>
            )}
            {pending && <p className="badge">{t('web-journal.episode.pending')}</p>}
            <div className="button-row">
              <Link
                to={`/journal/${episode.id}`}
                className="button button-secondary"
                aria-label={t('web-journal.episode.edit-label', {
                  when: formatWhen(episode.startedAt, new Date(), translator),
                })}
              >
                {t('web-journal.episode.edit')}
              </Link>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onDelete(episode.id)}
                aria-label={t('web-journal.episode.delete-label', {
                  when: formatWhen(episode.startedAt, new Date(), translator),
                })}
              >
                {t('web-journal.episode.delete')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
