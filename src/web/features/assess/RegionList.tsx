import type { Region } from '../../../core/vocabulary';
import { REGIONS } from '../../../core/vocabulary-lists';
import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { ASSESS } from '../../lib/namespaces/assess';

/** The plain-list alternative to the body map (radio buttons, one per region). */
export function RegionList({ region, onSelect }: { region: Region | undefined; onSelect: (region: Region) => void }) {
  const { t } = useT(ASSESS);
  const { labels } = useCoreWords();
  return (
    <fieldset className="chip-group">
      <legend>{t('web-assess.where.region-legend')}</legend>
      {REGIONS.map((id) => (
        <label key={id} className="choice">
          <input type="radio" name="region" value={id} checked={region === id} onChange={() => onSelect(id)} />
          {labels.region[id]}
        </label>
      ))}
    </fieldset>
  );
}
