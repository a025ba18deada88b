import type { Question } from '../../../core/questionnaire/questions';
import type { History } from '../../../core/situation';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { type Draft, toggleItem } from './draft';

export interface ScreenProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  history: History;
  setHistory: (history: History) => void;
  questions: readonly Question[];
}

type ListField = 'signs' | 'context' | 'conditions' | 'medications';

/** Where a choice id (`signs:fever`, `conditions:cancer-history`) is kept: the draft or the remembered history. */
function splitChoice(id: string): [ListField, string] {
  const [field, value = ''] = id.split(':');
  return [field as ListField, value];
}

function listOf(field: ListField, draft: Draft, history: History): readonly string[] {
  if (field === 'signs' || field === 'context') return draft[field];
  return history[field] ?? [];
}

/** The core questionnaire's tick-any questions for this screen, as large checkbox rows. */
export function ManyQuestions({ draft, update, history, setHistory, questions }: ScreenProps) {
  const toggle = (id: string, on: boolean) => {
    const [field, value] = splitChoice(id);
    const list = toggleItem(listOf(field, draft, history), value, on);
    if (field === 'signs' || field === 'context') update({ [field]: list });
    else setHistory({ ...history, [field]: list });
  };
  return (
    <>
      {questions.map((question) =>
        question.kind !== 'many' ? null : (
          <CheckboxGroup
            key={question.id}
            legend={question.text}
            name={question.id}
            options={question.choices.map((c) => c.id)}
            labelOf={(id) => question.choices.find((c) => c.id === id)?.label ?? id}
            selected={question.choices
              .map((c) => c.id)
              .filter((id) => {
                const [field, value] = splitChoice(id);
                return listOf(field, draft, history).includes(value);
              })}
            onToggle={toggle}
          />
        ),
      )}
    </>
  );
}
