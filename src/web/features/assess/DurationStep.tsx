import { TIGHTNESS_DURATION_LABELS } from '../../../core/messages/questionnaire-labels';
import { PainScale } from '../../components/PainScale';
import { RadioGroup } from '../../components/RadioGroup';
import type { Draft } from './draft';
import { Stopwatch } from './Stopwatch';

const EARLIER = [
  { value: 0, label: 'It just started' },
  { value: 2, label: 'About 2 minutes before' },
  { value: 5, label: 'About 5 minutes before' },
  { value: 10, label: 'About 10 minutes before' },
  { value: 30, label: 'About half an hour before' },
  { value: 60, label: 'An hour or more before' },
] as const;

const LASTED = [
  { value: 0.5, label: 'A few seconds' },
  { value: 1.5, label: 'Up to 2 minutes' },
  { value: 6, label: '2 to 10 minutes' },
  { value: 30, label: '10 minutes to an hour' },
  { value: 90, label: 'More than an hour' },
] as const;

const SINCE = Object.entries(TIGHTNESS_DURATION_LABELS).map(([minutes, label]) => ({ value: Number(minutes), label }));

/** Step 3: is it happening now (with a stopwatch), how long it lasted, and how strong. */
export function DurationStep({ draft, update }: { draft: Draft; update: (patch: Partial<Draft>) => void }) {
  const pain = (
    <PainScale
      legend="How strong is the pain (at its worst)?"
      name="intensity"
      value={draft.intensity}
      onChange={(intensity) => update({ intensity })}
    />
  );
  if (draft.presentation === 'tightness')
    return (
      <>
        <RadioGroup
          legend="How long has it been tight or sore?"
          name="since"
          options={SINCE}
          value={draft.tightMinutes}
          onChange={(tightMinutes) => update({ tightMinutes })}
        />
        {pain}
      </>
    );
  return (
    <>
      <RadioGroup
        legend="Is it happening right now?"
        name="ongoing"
        options={[
          { value: 'yes', label: 'Yes, right now' },
          { value: 'no', label: 'No, it is over' },
        ]}
        value={draft.ongoing === undefined ? undefined : draft.ongoing ? 'yes' : 'no'}
        onChange={(value) =>
          update(value === 'yes' ? { ongoing: true, openedAt: draft.openedAt ?? Date.now() } : { ongoing: false })
        }
      />
      {draft.ongoing === true && (
        <>
          <Stopwatch draft={draft} />
          <RadioGroup
            legend="When did it start, compared with opening Knead?"
            name="earlier"
            options={EARLIER}
            value={draft.earlierMinutes ?? 0}
            onChange={(earlierMinutes) => update({ earlierMinutes })}
          />
        </>
      )}
      {draft.ongoing === false && (
        <RadioGroup
          legend="How long did it last?"
          name="lasted"
          options={LASTED}
          value={draft.lastedMinutes}
          onChange={(lastedMinutes) => update({ lastedMinutes })}
        />
      )}
      {pain}
    </>
  );
}
