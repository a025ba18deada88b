import { CONTEXT_LABELS, SIGN_LABELS } from '../../../core/messages/labels';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { type Draft, toggleItem } from './draft';
import { listRedFlagContexts, listRedFlagSigns } from './steps';

/** Step 2: the warning signs, asked first and in plain words. */
export function RedFlagsStep({ draft, update }: { draft: Draft; update: (patch: Partial<Draft>) => void }) {
  return (
    <>
      <p>Tick anything that is true. If none are, just continue.</p>
      <CheckboxGroup
        legend="Right now, do you have…"
        name="red-flag-signs"
        options={listRedFlagSigns(draft.region)}
        labelOf={(sign) => SIGN_LABELS[sign].question}
        selected={draft.signs}
        onToggle={(sign, on) => update({ signs: toggleItem(draft.signs, sign, on) })}
      />
      <CheckboxGroup
        legend="Recently…"
        name="red-flag-contexts"
        options={listRedFlagContexts()}
        labelOf={(context) => CONTEXT_LABELS[context]}
        selected={draft.context}
        onToggle={(context, on) => update({ context: toggleItem(draft.context, context, on) })}
      />
    </>
  );
}
