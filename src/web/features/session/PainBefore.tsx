import { useState } from 'react';
import { PainScale } from '../../components/PainScale';
import { useT } from '../../lib/i18n';
import { SESSION } from '../../lib/namespaces/session';

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
  const { t } = useT(SESSION);
  if (isChanging || value === null) {
    return (
      <PainScale
        legend={t('web-session.session.pain-before')}
        name="pain-before"
        value={value ?? undefined}
        onChange={onChange}
      />
    );
  }
  return (
    <p className="pain-before">
      {t('web-session.session.pain-before-label')} <strong>{value} / 10</strong>,{' '}
      {t('web-session.session.from-answers')}{' '}
      <button type="button" className="button button-secondary" onClick={() => setChanging(true)}>
        {t('web-session.session.change')}
      </button>
    </p>
  );
}
