import { CONTEXT_LABELS, SIGN_LABELS } from '../../../core/messages/labels';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { type Draft, toggleItem } from './draft';
import { listContextChoices, listSignChoices } from './steps';

interface StepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
}

/** Step 4: what was going on when it started. */
export function ContextStep({ draft, update }: StepProps) {
  return (
    <CheckboxGroup
      legend="Tick all that apply"
      name="context"
      options={listContextChoices()}
      labelOf={(context) => CONTEXT_LABELS[context]}
      selected={draft.context}
      onToggle={(context, on) => update({ context: toggleItem(draft.context, context, on) })}
    />
  );
}

/** Step 5: what the person notices at the spot. */
export function SignsStep({ draft, update }: StepProps) {
  return (
    <CheckboxGroup
      legend="Tick all that apply"
      name="signs"
      options={listSignChoices(draft.region)}
      labelOf={(sign) => SIGN_LABELS[sign].question}
      selected={draft.signs}
      onToggle={(sign, on) => update({ signs: toggleItem(draft.signs, sign, on) })}
    />
  );
}
