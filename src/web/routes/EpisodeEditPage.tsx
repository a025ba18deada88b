import { useEffect, useState } from 'react';
import { generateUuid7 } from '../../core/ids';
import type { EpisodeInput } from '../../core/journal';
import { episodeFieldOf } from '../../core/messages/episode-fields';
import { EpisodeForm } from '../features/journal/EpisodeForm';
import { getEpisode, saveEpisode } from '../features/journal/journal-api';
import { ApiError } from '../lib/api-client';
import { readJournalCopy } from '../lib/journal-store';
import { JOURNAL } from '../lib/namespaces/journal';
import { listPendingWrites, rememberedAccount } from '../lib/outbox';
import { usePageLabels } from '../lib/page-labels';
import { navigate, useLocation } from '../lib/router';

function blankEpisode(): EpisodeInput {
  return {
    id: generateUuid7(),
    startedAt: new Date().toISOString(),
    region: 'calf',
    context: [],
    signs: [],
    actions: [],
  };
}

/** A queued (offline) version of the episode, which is newer than the server's. */
function findPendingEpisode(id: string): EpisodeInput | null {
  const writes = listPendingWrites().filter(
    (write) => write.method !== 'DELETE' && (write.body as EpisodeInput | undefined)?.id === id,
  );
  return (writes.at(-1)?.body as EpisodeInput | undefined) ?? null;
}

/** The episode as this device's journal copy last saw it (offline), or null. */
async function findCopiedEpisode(id: string): Promise<EpisodeInput | null> {
  const account = rememberedAccount();
  if (account === null) return null;
  const copy = await readJournalCopy(account);
  return copy?.episodes.find((episode) => episode.id === id) ?? null;
}

/** Strip the server's bookkeeping so the record is valid input for PUT. */
function toInput(record: EpisodeInput & { createdAt?: string; updatedAt?: string }): EpisodeInput {
  const { createdAt: _created, updatedAt: _updated, ...input } = record;
  return input;
}

/** /journal/new and /journal/:id — add or edit an episode. */
export default function EpisodeEditPage() {
  const { path } = useLocation();
  const id = decodeURIComponent(path.slice('/journal/'.length));
  const isNew = id === 'new';
  const [initial, setInitial] = useState<EpisodeInput | null>(() => (isNew ? blankEpisode() : findPendingEpisode(id)));
  const { translator, labels } = usePageLabels(JOURNAL);
  const { t } = translator;
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the messages change only with the language.
  useEffect(() => {
    if (isNew || initial) return;
    getEpisode(id)
      .then((record) => setInitial(toInput(record)))
      .catch(async (failure: unknown) => {
        if (failure instanceof ApiError && failure.status === 404) return setError(t('web-journal.edit.missing'));
        // Offline: the copy this device keeps of the journal still has the entry; the edit waits in the outbox.
        const copied = failure instanceof ApiError && failure.isNetwork ? await findCopiedEpisode(id) : null;
        if (!copied) return setError((failure as Error).message);
        setInitial(toInput(copied));
        setNotice(t('web-journal.edit.offline'));
      });
  }, [id, isNew, initial]);

  async function submit(episode: EpisodeInput): Promise<void> {
    setBusy(true);
    try {
      // Edits are PUTs even for an entry still queued: the outbox replays the create first.
      await saveEpisode(episode, isNew);
      navigate('/journal');
    } catch (failure) {
      const problem = failure instanceof ApiError ? failure : null;
      const fieldLabels: Readonly<Record<string, string>> = labels['episode-field'];
      const named = problem?.fields.map(({ path, message }) => {
        const field = episodeFieldOf(path);
        return `${Object.hasOwn(fieldLabels, field) ? fieldLabels[field] : path}: ${message}`;
      });
      setError(named?.join('; ') || (failure as Error).message);
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{isNew ? t('web-journal.edit.new') : t('web-journal.edit.heading')}</h1>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {notice && <p className="hint">{notice}</p>}
      {initial ? (
        <EpisodeForm initial={initial} onSubmit={(episode) => void submit(episode)} busy={busy} />
      ) : (
        !error && <p>{t('web.shell.loading')}</p>
      )}
    </>
  );
}
