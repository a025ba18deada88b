import { useState } from 'react';
import { REGION_LABELS } from '../../../core/messages/labels';
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
  function selectRegion(region: NonNullable<Draft['region']>, side: Draft['side']): void {
    const fallbackSide = CENTRAL_REGIONS.includes(region) ? 'center' : draft.side === 'center' ? undefined : draft.side;
    const chosen = side ?? fallbackSide;
    update(chosen ? { region, side: chosen } : { region, side: undefined });
  }
  return (
    <>
      <p>Tap where it hurts, or choose from a list.</p>
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={asList}
        onClick={() => setAsList(!asList)}
      >
        {asList ? 'Show the body map' : 'Choose from a list instead'}
      </button>
      {asList ? (
        <RegionList region={draft.region} onSelect={(region) => selectRegion(region, undefined)} />
      ) : (
        <BodyMap region={draft.region} onSelect={selectRegion} />
      )}
      <p aria-live="polite" className="selected-region">
        {draft.region ? `Selected: ${REGION_LABELS[draft.region]}` : 'Nothing selected yet.'}
      </p>
    </>
  );
}
