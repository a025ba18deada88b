import '../styles/care-team.css';
import { useEffect, useState } from 'react';
import type { Assessment } from '../../core/assessment';
import type { History, Situation } from '../../core/situation';
import { PainScale } from '../components/PainScale';
import { AGE_KEY, type Draft, EMPTY_DRAFT, HISTORY_KEY, toSituation } from '../features/assess/draft';
import { ManyQuestions } from '../features/assess/QuestionGroups';
import { listStepQuestions } from '../features/assess/steps';
import { careTeamApi, languageQuery, type TherapistPlan } from '../features/care-team/care-team-api';
import { GateResult } from '../features/care-team/GateResult';
import { PlanSteps } from '../features/care-team/PlanSteps';
import type { ApiError } from '../lib/api-client';
import { useCoreWords } from '../lib/core-words';
import { useLocale } from '../lib/i18n';
import { CARE_TEAM } from '../lib/namespaces/care-team';
import { usePageLabels } from '../lib/page-labels';
import { Link } from '../lib/router';
import { useCarePlace } from '../lib/settings';
import { loadStored } from '../lib/stored-state';
import { SessionRun } from './SessionPage';

type Phase =
  | { name: 'list' }
  | { name: 'check'; plan: TherapistPlan }
  | { name: 'gated'; plan: TherapistPlan; situation: Situation; assessment: Assessment }
  | { name: 'run'; plan: TherapistPlan; situation: Situation; assessment: Assessment };

/**
 * "Your therapist's plan": the plans a linked clinician assigned. Every run starts with the red-flag screen and
 * the assessment of how it is now (the server gates the plan with it: full, reduced or blocked, and says why);
 * the gated plan then runs in the ordinary session player, and the saved session names the plan.
 */
export default function TherapistPlanPage() {
  const { translator, labels } = usePageLabels(CARE_TEAM);
  const { t } = translator;
  const title = t('web-care-team.therapist-plan');
  const [plans, setPlans] = useState<TherapistPlan[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'list' });
  const language = usePlanLanguage();
  useEffect(() => {
    careTeamApi
      .myPlans(language)
      .then(setPlans)
      .catch((failure: unknown) => setError(failure as ApiError));
  }, [language]);

  if (phase.name === 'check') {
    return (
      <PlanCheck
        plan={phase.plan}
        onChecked={(checked, situation) =>
          setPhase({ name: 'gated', plan: checked, situation, assessment: checked.assessment })
        }
        onCancel={() => setPhase({ name: 'list' })}
      />
    );
  }
  if (phase.name === 'gated') return <GateResult {...phase} onRun={() => setPhase({ ...phase, name: 'run' })} />;
  if (phase.name === 'run' && phase.plan.gate.plan) {
    return (
      <SessionRun
        plan={phase.plan.gate.plan}
        situation={phase.situation}
        assessment={phase.assessment}
        assignedPlanId={phase.plan.id}
        title={title}
      />
    );
  }
  if (error) {
    return (
      <>
        <h1>{title}</h1>
        <p role="alert">
          {error.status === 401 ? <Link to="/signin">{t('web-care-team.therapist-plan.sign-in')}</Link> : error.message}
        </p>
      </>
    );
  }
  if (plans === null) {
    return (
      <>
        <h1>{title}</h1>
        <p aria-live="polite">{t('web.shell.loading')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{title}</h1>
      {plans.length === 0 ? (
        <p>
          {t('web-care-team.therapist-plan.none')}
          <Link to="/care-team">{t('web-care-team.therapist-plan.none-link')}</Link>
          {t('web-care-team.therapist-plan.none-after')}
        </p>
      ) : (
        <ul className="list-plain">
          {plans.map((plan) => (
            <li key={plan.id} className="card">
              <h2>
                {labels.region[plan.plan.region]}
                {plan.clinicianEmail && (
                  <span className="hint">{t('web-care-team.therapist-plan.from', { who: plan.clinicianEmail })}</span>
                )}
              </h2>
              <PlanSteps plan={plan.plan} noteLabel={t('web-care-team.therapist-plan.note')} />
              <p className="hint">{t('web-care-team.therapist-plan.check')}</p>
              <button type="button" className="button" onClick={() => setPhase({ name: 'check', plan })}>
                {t('web-care-team.therapist-plan.start')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/care-team" className="button button-secondary">
          {t('web-care-team.therapist-plan.care-team')}
        </Link>
      </p>
    </>
  );
}

interface PlanCheckProps {
  plan: TherapistPlan;
  onChecked: (checked: TherapistPlan & { assessment: Assessment }, situation: Situation) => void;
  onCancel: () => void;
}

/** The questionnaire's red-flag screen for the plan's region, and how strong the pain is now. */
/** The page's language and care place as the plan routes' query: the steps and the gate's reason in its words. */
function usePlanLanguage(): string {
  const locale = useLocale();
  const { place } = useCarePlace();
  return languageQuery(locale, place.country);
}

function PlanCheck({ plan, onChecked, onCancel }: PlanCheckProps) {
  const { t } = usePageLabels(CARE_TEAM).translator;
  const language = usePlanLanguage();
  const words = useCoreWords();
  const [draft, setDraft] = useState<Draft>({ ...EMPTY_DRAFT, region: plan.plan.region });
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  // What this device remembers from the questionnaire (conditions, medicines, age) counts in the check too.
  const [remembered] = useState(() => ({
    history: loadStored<History | null>(HISTORY_KEY, null) ?? {},
    age: loadStored<number | null>(AGE_KEY, null),
  }));
  const situation = toSituation(draft, remembered.history, Date.now(), remembered.age) ?? { region: plan.plan.region };
  // The questionnaire's own red-flag questions, in the page's language.
  const questions = listStepQuestions('red-flags', { answers: situation, answered: [], memory: {} }).map((question) =>
    words.question(question),
  );
  async function check(): Promise<void> {
    setBusy(true);
    setFailure('');
    try {
      onChecked(await careTeamApi.checkMyPlan(plan.id, situation, language), situation);
    } catch (error) {
      setFailure((error as Error).message);
      setBusy(false);
    }
  }
  return (
    <form
      className="assess"
      onSubmit={(event) => {
        event.preventDefault();
        void check();
      }}
    >
      <p className="step-count">{t('web-care-team.check.step', { title: t('web-care-team.therapist-plan') })}</p>
      <h1>{t('web-care-team.check.heading')}</h1>
      <p>{t('web-care-team.check.hint')}</p>
      <ManyQuestions
        draft={draft}
        update={(patch) => setDraft({ ...draft, ...patch })}
        history={{}}
        setHistory={() => undefined}
        questions={questions}
      />
      <PainScale
        legend={t('web-care-team.check.pain')}
        name="plan-pain"
        value={draft.intensity}
        onChange={(intensity) => setDraft({ ...draft, intensity })}
      />
      {failure && (
        <p role="alert" className="error-text">
          {t('web-care-team.check.failed', { reason: failure })}
        </p>
      )}
      <div className="sticky-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('web-care-team.check.back')}
        </button>
        <button type="submit" className="button sticky-primary" disabled={busy}>
          {t('web-care-team.check.continue')}
        </button>
      </div>
    </form>
  );
}
