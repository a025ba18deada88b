import { PainScale } from '../../components/PainScale';
import { RadioGroup } from '../../components/RadioGroup';
import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { ASSESS } from '../../lib/namespaces/assess';
import type { Draft } from './draft';
import { Stopwatch } from './Stopwatch';

/** Minutes before opening Knead, and how long a finished cramp lasted: each labelled in the catalog by its value. */
const EARLIER = [0, 2, 5, 10, 30, 60] as const;
const LASTED = [0.5, 1.5, 6, 30, 90] as const;

/** Step 3: is it happening now (with a stopwatch), how long it lasted, and how strong. */
export function DurationStep({ draft, update }: { draft: Draft; update: (patch: Partial<Draft>) => void }) {
  const { t } = useT(ASSESS);
  const { labels } = useCoreWords();
  const since = Object.entries(labels['tightness-duration']).map(([minutes, label]) => ({
    value: Number(minutes),
    label,
  }));
  const pain = (
    <PainScale
      legend={t('web-assess.duration.pain')}
      name="intensity"
      value={draft.intensity}
      onChange={(intensity) => update({ intensity })}
    />
  );
  if (draft.presentation === 'tightness')
    return (
      <>
        <RadioGroup
          legend={t('web-assess.duration.since')}
          name="since"
          options={since}
          value={draft.tightMinutes}
          onChange={(tightMinutes) => update({ tightMinutes })}
        />
        {pain}
      </>
    );
  return (
    <>
      <RadioGroup
        legend={t('web-assess.duration.ongoing')}
        name="ongoing"
        options={[
          { value: 'yes', label: t('web-assess.duration.yes') },
          { value: 'no', label: t('web-assess.duration.no') },
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
            legend={t('web-assess.duration.earlier')}
            name="earlier"
            options={EARLIER.map((value) => ({ value, label: t(`web-assess.duration.earlier.${value}`) }))}
            value={draft.earlierMinutes ?? 0}
            onChange={(earlierMinutes) => update({ earlierMinutes })}
          />
        </>
      )}
      {draft.ongoing === false && (
        <RadioGroup
          legend={t('web-assess.duration.lasted')}
          name="lasted"
          options={LASTED.map((value) => ({ value, label: t(`web-assess.duration.lasted.${value}`) }))}
          value={draft.lastedMinutes}
          onChange={(lastedMinutes) => update({ lastedMinutes })}
        />
      )}
      {pain}
    </>
  );
}
