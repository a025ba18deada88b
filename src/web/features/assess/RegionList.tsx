import { REGION_LABELS } from '../../../core/messages/labels';
import { REGIONS, type Region } from '../../../core/vocabulary';

/** The plain-list alternative to the body map (radio buttons, one per region). */
export function RegionList({ region, onSelect }: { region: Region | undefined; onSelect: (region: Region) => void }) {
  return (
    <fieldset className="chip-group">
      <legend>Body region</legend>
      {REGIONS.map((id) => (
        <label key={id} className="choice">
          <input type="radio" name="region" value={id} checked={region === id} onChange={() => onSelect(id)} />
          {REGION_LABELS[id]}
        </label>
      ))}
    </fieldset>
  );
}
