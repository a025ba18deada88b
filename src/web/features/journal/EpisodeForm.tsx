import { type FormEvent, useState } from 'react';
import { ACTIONS, type EpisodeInput } from '../../../core/journal';
import { CONTEXTS, REGIONS, RESPONSES, SIDES, SIGNS } from '../../../core/vocabulary-lists';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { PainScale } from '../../components/PainScale';
import { RadioGroup } from '../../components/RadioGroup';
import { JOURNAL } from '../../lib/namespaces/journal';
import { usePageLabels } from '../../lib/page-labels';
import { toggleItem } from '../assess/draft';
import { toLocalInput } from './local-time';
import { type EpisodeDraft, type FieldErrors, toDraft, validateEpisode } from './validate-episode';

interface EpisodeFormProps {
  initial: EpisodeInput;
  onSubmit: (episode: EpisodeInput) => void;
  busy: boolean;
}

/** The input each checked field is typed in, so the first problem can take the focus. */
const FIELD_INPUTS: Partial<Record<string, string>> = {
  startedAt: 'started-at',
  region: 'region',
  side: 'side',
  durationMinutes: 'duration',
  notes: 'notes',
};

/** The problem under a field, tied to its input by id (aria-describedby). */
function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <span id={id} className="error-text">
      {message ?? ''}
    </span>
  );
}

/**
 * Add or edit one journal episode (every field of the episode record). It checks with the API's own schema
 * before saving and names each field that is wrong next to it: nothing typed is silently dropped.
 */
export function EpisodeForm({ initial, onSubmit, busy }: EpisodeFormProps) {
  const { translator, labels } = usePageLabels(JOURNAL);
  const { t } = translator;
  const check = (draft: EpisodeDraft) => validateEpisode(draft, labels['episode-field']);
  const [episode, setEpisode] = useState<EpisodeDraft>(() => toDraft(initial));
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const edit = (next: EpisodeDraft) => {
    setEpisode(next);
    // Once problems are shown, they follow the edits (a fixed field loses its message at once).
    if (errors) {
      const checked = check(next);
      setErrors(checked.success ? null : checked.errors);
    }
  };
  const update = (patch: Partial<EpisodeDraft>) => edit({ ...episode, ...patch });
  const context = episode.context ?? [];
  const signs = episode.signs ?? [];
  const actions = episode.actions ?? [];
  function submit(event: FormEvent): void {
    event.preventDefault();
    const checked = check(episode);
    if (checked.success) {
      setErrors(null);
      onSubmit(checked.episode);
      return;
    }
    setErrors(checked.errors);
    const first = Object.keys(checked.errors)
      .map((field) => FIELD_INPUTS[field])
      .find(Boolean);
    if (first) document.getElementById(first)?.focus();
  }
  const invalid = (field: string) => (errors?.[field] ? true : undefined);
  return (
    // noValidate: the schema's messages, named per field, replace the browser's unnamed bubbles.
    <form onSubmit={submit} noValidate>
      {errors && (
        <div className="card" role="alert">
          <p>{t('web-journal.form.fix', { count: Object.keys(errors).length })}</p>
          <ul>
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor="started-at">{t('web-journal.form.started')}</label>
        <input
          id="started-at"
          type="datetime-local"
          required
          max={toLocalInput(new Date().toISOString())}
          value={toLocalInput(episode.startedAt)}
          aria-invalid={invalid('startedAt')}
          aria-describedby="started-at-error"
          onChange={(event) => event.target.value && update({ startedAt: new Date(event.target.value).toISOString() })}
        />
        <FieldError id="started-at-error" message={errors?.startedAt} />
      </div>
      <div className="field">
        <label htmlFor="region">{t('web-journal.form.region')}</label>
        <select
          id="region"
          value={episode.region}
          onChange={(event) => update({ region: event.target.value as EpisodeInput['region'] })}
        >
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {labels.region[region]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="side">{t('web-journal.form.side')}</label>
        <select
          id="side"
          value={episode.side ?? ''}
          onChange={(event) => {
            const { side: _drop, ...rest } = episode;
            edit(
              event.target.value ? { ...rest, side: event.target.value as NonNullable<EpisodeInput['side']> } : rest,
            );
          }}
        >
          <option value="">{t('web-journal.form.not-recorded')}</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {labels.side[side]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="duration">{t('web-journal.form.duration')}</label>
        <input
          id="duration"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={episode.durationText}
          aria-invalid={invalid('durationMinutes')}
          aria-describedby="duration-error"
          onChange={(event) => update({ durationText: event.target.value })}
        />
        <FieldError id="duration-error" message={errors?.durationMinutes} />
      </div>
      <PainScale
        legend={t('web-journal.form.intensity')}
        name="intensity"
        value={episode.intensity}
        onChange={(intensity) => update({ intensity })}
      />
      <details className="card">
        <summary>{t('web-journal.form.more')}</summary>
        <CheckboxGroup
          legend={t('web-journal.form.context')}
          name="context"
          options={CONTEXTS}
          labelOf={(id) => labels.context[id]}
          selected={context}
          onToggle={(id, on) => update({ context: toggleItem(context, id, on) })}
        />
        <CheckboxGroup
          legend={t('web-journal.form.signs')}
          name="signs"
          options={SIGNS}
          labelOf={(id) => labels.sign[id].label}
          selected={signs}
          onToggle={(id, on) => update({ signs: toggleItem(signs, id, on) })}
        />
      </details>
      <CheckboxGroup
        legend={t('web-journal.form.actions')}
        name="actions"
        options={ACTIONS}
        labelOf={(id) => labels.action[id]}
        selected={actions}
        onToggle={(id, on) => update({ actions: toggleItem(actions, id, on) })}
      />
      <PainScale
        legend={t('web-journal.form.pain-before')}
        name="pain-before"
        value={episode.painBefore}
        onChange={(painBefore) => update({ painBefore })}
      />
      <PainScale
        legend={t('web-journal.form.pain-after')}
        name="pain-after"
        value={episode.painAfter}
        onChange={(painAfter) => update({ painAfter })}
      />
      <RadioGroup
        legend={t('web-journal.form.response')}
        name="response"
        options={RESPONSES.map((value) => ({ value, label: labels.response[value] }))}
        value={episode.response}
        onChange={(response) => update({ response })}
      />
      <div className="field">
        <label htmlFor="notes">{t('web-journal.form.notes')}</label>
        <textarea
          id="notes"
          rows={3}
          maxLength={4000}
          value={episode.notes ?? ''}
          aria-invalid={invalid('notes')}
          aria-describedby="notes-error"
          onChange={(event) => update({ notes: event.target.value })}
        />
        <FieldError id="notes-error" message={errors?.notes} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('web-journal.form.save')}
      </button>
    </form>
  );
}
