import { useState } from 'react';
import { PainScale } from '../../components/PainScale';

/** Pain before the session: the questionnaire's rating when there is one (changeable), else the 0–10 scale. */
export function PainBefore({
  value,
  fromAnswers,
  onChange,
}: {
  value: number | null;
  fromAnswers: boolean;
  onChange: (value: number) => void;
}) {
  const [isChanging, setChanging] = useState(!fromAnswers);
  if (isChanging || value === null) {
    return (
      <PainScale
        legend="How strong is the pain before you start?"
        name="pain-before"
        value={value ?? undefined}
        onChange={onChange}
      />
    );
  }
  return (
    <p className="pain-before">
      Pain before: <strong>{value} / 10</strong>, from your answers.{' '}
      <button type="button" className="button button-secondary" onClick={() => setChanging(true)}>
        Change
      </button>
    </p>
  );
}
