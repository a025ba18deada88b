import { type FormEvent, useState } from 'react';
import { ACTIONS, type EpisodeInput } from '../../../core/journal';
import {
  ACTION_LABELS,
  CONTEXT_LABELS,
  REGION_LABELS,
  RESPONSE_LABELS,
  SIDE_LABELS,
  SIGN_LABELS,
} from '../../../core/messages/labels';
import { CONTEXTS, REGIONS, RESPONSES, SIDES, SIGNS } from '../../../core/vocabulary';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { PainScale } from '../../components/PainScale';
import { RadioGroup } from '../../components/RadioGroup';
import { toggleItem } from '../assess/draft';
import { toLocalInput } from './local-time';

interface EpisodeFormProps {
  initial: EpisodeInput;
  onSubmit: (episode: EpisodeInput) => void;
  busy: boolean;
}

/** Add or edit one journal episode (every field of the episode record). */
export function EpisodeForm({ initial, onSubmit, busy }: EpisodeFormProps) {
  const [episode, setEpisode] = useState<EpisodeInput>(initial);
  const update = (patch: Partial<EpisodeInput>) => setEpisode({ ...episode, ...patch });
  const context = episode.context ?? [];
  const signs = episode.signs ?? [];
  const actions = episode.actions ?? [];
  function submit(event: FormEvent): void {
    event.preventDefault();
    onSubmit(episode);
  }
  function setNumber(key: 'durationMinutes', raw: string): void {
    const value = Number.parseFloat(raw);
    const { [key]: _drop, ...rest } = episode;
    setEpisode(Number.isFinite(value) && value >= 0 ? { ...rest, [key]: value } : rest);
  }
  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor="started-at">When did it start?</label>
        <input
          id="started-at"
          type="datetime-local"
          required
          value={toLocalInput(episode.startedAt)}
          onChange={(event) => event.target.value && update({ startedAt: new Date(event.target.value).toISOString() })}
        />
      </div>
      <div className="field">
        <label htmlFor="region">Where?</label>
        <select
          id="region"
          value={episode.region}
          onChange={(event) => update({ region: event.target.value as EpisodeInput['region'] })}
        >
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {REGION_LABELS[region]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="side">Side</label>
        <select
          id="side"
          value={episode.side ?? ''}
          onChange={(event) => {
            const { side: _drop, ...rest } = episode;
            setEpisode(
              event.target.value ? { ...rest, side: event.target.value as NonNullable<EpisodeInput['side']> } : rest,
            );
          }}
        >
          <option value="">Not recorded</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {SIDE_LABELS[side]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="duration">How long did it last? (minutes)</label>
        <input
          id="duration"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={episode.durationMinutes ?? ''}
          onChange={(event) => setNumber('durationMinutes', event.target.value)}
        />
      </div>
      <PainScale
        legend="How strong was it?"
        name="intensity"
        value={episode.intensity}
        onChange={(intensity) => update({ intensity })}
      />
      <details className="card">
        <summary>What was going on, and what you noticed</summary>
        <CheckboxGroup
          legend="What was going on"
          name="context"
          options={CONTEXTS}
          labelOf={(id) => CONTEXT_LABELS[id]}
          selected={context}
          onToggle={(id, on) => update({ context: toggleItem(context, id, on) })}
        />
        <CheckboxGroup
          legend="What you noticed"
          name="signs"
          options={SIGNS}
          labelOf={(id) => SIGN_LABELS[id].label}
          selected={signs}
          onToggle={(id, on) => update({ signs: toggleItem(signs, id, on) })}
        />
      </details>
      <CheckboxGroup
        legend="What did you do?"
        name="actions"
        options={ACTIONS}
        labelOf={(id) => ACTION_LABELS[id]}
        selected={actions}
        onToggle={(id, on) => update({ actions: toggleItem(actions, id, on) })}
      />
      <PainScale
        legend="Pain before massage"
        name="pain-before"
        value={episode.painBefore}
        onChange={(painBefore) => update({ painBefore })}
      />
      <PainScale
        legend="Pain after massage"
        name="pain-after"
        value={episode.painAfter}
        onChange={(painAfter) => update({ painAfter })}
      />
      <RadioGroup
        legend="How did it respond?"
        name="response"
        options={RESPONSES.map((value) => ({ value, label: RESPONSE_LABELS[value] }))}
        value={episode.response}
        onChange={(response) => update({ response })}
      />
      <div className="field">
        <label htmlFor="notes">Notes</label>
        <textarea
          id="notes"
          rows={3}
          maxLength={4000}
          value={episode.notes ?? ''}
          onChange={(event) => update({ notes: event.target.value })}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        Save entry
      </button>
    </form>
  );
}
