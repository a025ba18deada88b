import { useEffect, useRef } from 'react';
import { assessSituation } from '../../core/assess/assess-situation';
import type { History } from '../../core/situation';
import { ContextStep, SignsStep } from '../features/assess/ContextSignsSteps';
import { DurationStep } from '../features/assess/DurationStep';
import {
  DRAFT_KEY,
  type Draft,
  EMPTY_DRAFT,
  encodeSituation,
  HISTORY_KEY,
  toSituation,
} from '../features/assess/draft';
import { HistoryStep } from '../features/assess/HistoryStep';
import { RedFlagsStep } from '../features/assess/RedFlagsStep';
import { isVerdictSettled, nextStep, parseStep, STEP_TITLES, STEPS, type StepId } from '../features/assess/steps';
import { WhereStep } from '../features/assess/WhereStep';
import { navigate, useLocation } from '../lib/router';
import { useStoredState, writeStored } from '../lib/stored-state';

/** The questionnaire: one screen per step, each step its own history entry so Back/Forward keep answers. */
export default function AssessPage() {
  const { query } = useLocation();
  const step = parseStep(query.get('step'));
  const [draft, setDraft] = useStoredState<Draft>(DRAFT_KEY, EMPTY_DRAFT);
  const [history, setHistory] = useStoredState<History | null>(HISTORY_KEY, null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fresh = query.get('fresh') === '1';

  useEffect(() => {
    // A new assessment starts clean, with the stopwatch running from now.
    if (fresh) {
      writeStored<Draft>(DRAFT_KEY, { ...EMPTY_DRAFT, openedAt: Date.now() });
      navigate('/assess?step=where', { replace: true });
    }
  }, [fresh]);

  useEffect(() => {
    if (step !== 'where' && !draft.region) navigate('/assess?step=where', { replace: true });
  }, [step, draft.region]);

  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const index = STEPS.indexOf(step);

  function goToVerdict(): void {
    const situation = toSituation(draft, history ?? {}, Date.now());
    if (situation) navigate(`/verdict?${encodeSituation(situation)}`);
  }

  function goForward(): void {
    if (step === 'history' && history === null) setHistory({});
    const situation = toSituation(draft, history ?? {}, Date.now());
    const following = nextStep(step);
    if (!situation) return;
    if (following === null || isVerdictSettled(step, assessSituation(situation), draft.signs)) {
      goToVerdict();
      return;
    }
    navigate(`/assess?step=${following}`);
  }

  const canContinue = step !== 'where' || draft.region !== undefined;
  return (
    <form
      className="assess"
      onSubmit={(event) => {
        event.preventDefault();
        if (canContinue) goForward();
      }}
    >
      <p className="step-count">
        Question {index + 1} of {STEPS.length}
      </p>
      <h1 ref={headingRef}>{STEP_TITLES[step]}</h1>
      <StepBody step={step} draft={draft} update={update} history={history} setHistory={setHistory} />
      {index > 1 && (
        <p>
          <button type="button" className="link-button" onClick={goToVerdict}>
            Skip the rest and see my verdict
          </button>
        </p>
      )}
      <div className="sticky-actions">
        {index > 0 && (
          <button type="button" className="button button-secondary" onClick={() => window.history.back()}>
            Back
          </button>
        )}
        <button type="submit" className="button sticky-primary" disabled={!canContinue}>
          {step === 'history' ? 'See my verdict' : 'Continue'}
        </button>
      </div>
    </form>
  );
}

interface StepBodyProps {
  step: StepId;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  history: History | null;
  setHistory: (history: History) => void;
}

function StepBody({ step, draft, update, history, setHistory }: StepBodyProps) {
  switch (step) {
    case 'where':
      return <WhereStep draft={draft} update={update} />;
    case 'red-flags':
      return <RedFlagsStep draft={draft} update={update} />;
    case 'duration':
      return <DurationStep draft={draft} update={update} />;
    case 'context':
      return <ContextStep draft={draft} update={update} />;
    case 'signs':
      return <SignsStep draft={draft} update={update} />;
    case 'history':
      return <HistoryStep history={history ?? {}} onChange={setHistory} remembered={history !== null} />;
  }
}
