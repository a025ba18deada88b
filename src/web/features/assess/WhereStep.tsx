import { useState } from 'react';
import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { ASSESS } from '../../lib/namespaces/assess';
import { BodyMap } from './BodyMap';
import { CENTRAL_REGIONS } from './body-shapes';
import type { Draft } from './draft';
import { RegionList } from './RegionList';

interface StepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
}

/** Step 1: where it is (body map or list). The side is kept when a shape tells it, but never asked: no verdict depends on it. */
export function WhereStep({ draft, update }: StepProps) {
  const [asList, setAsList] = useState(false);
  const { t } = useT(ASSESS);
  const { labels } = useCoreWords();
  function selectRegion(region: NonNullable<Draft['region']>, side: Draft['side']): void {
    const fallbackSide = CENTRAL_REGIONS.includes(region) ? 'center' : draft.side === 'center' ? undefined : draft.side;
    const chosen = side ?? fallbackSide;
    update(chosen ? { region, side: chosen } : { region, side: undefined });
  }
  return (
    <>
      <p>{t('web-assess.where.intro')}</p>
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={asList}
        onClick={() => setAsList(!asList)}
      >
        {t(asList ? 'web-assess.where.show-map' : 'web-assess.where.show-list')}
      </button>
      {asList ? (
        <RegionList region={draft.region} onSelect={(region) => selectRegion(region, undefined)} />
      ) : (
        <BodyMap region={draft.region} onSelect={selectRegion} />
      )}
      <p aria-live="polite" className="selected-region">
        {draft.region
          ? t('web-assess.where.selected', { region: labels.region[draft.region] })
          : t('web-assess.where.none')}
      </p>
    </>
  );
}
