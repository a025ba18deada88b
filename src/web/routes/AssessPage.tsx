import { useEffect, useMemo, useRef } from 'react';
import type { QuestionnaireState } from '../../core/questionnaire/questions';
import { findReliefStep } from '../../core/questionnaire/relief-gate';
import type { History } from '../../core/situation';
import type { Presentation } from '../../core/vocabulary';
import { DurationStep } from '../features/assess/DurationStep';
import {
  AGE_KEY,
  DRAFT_KEY,
  type Draft,
  EMPTY_DRAFT,
  encodeSituation,
  HISTORY_KEY,
  toSituation,
} from '../features/assess/draft';
import { HistoryStep } from '../features/assess/HistoryStep';
import { PresentationStep } from '../features/assess/PresentationStep';
import { ManyQuestions, type ScreenProps } from '../features/assess/QuestionGroups';
import { ReliefStep } from '../features/assess/ReliefStep';
import {
  leaveStep,
  listStepQuestions,
  listSteps,
  listWaysOn,
  parseStep,
  type StepId,
  stepTitle,
} from '../features/assess/steps';
import { WhereStep } from '../features/assess/WhereStep';
import { useCoreWords } from '../lib/core-words';
import { useT } from '../lib/i18n';
import { ASSESS } from '../lib/namespaces/assess';
import { navigate, useLocation } from '../lib/router';
import { loadStored, useStoredState, writeStored } from '../lib/stored-state';

/** The questionnaire: the core model decides the questions; one screen per step, each its own history entry. */
export default function AssessPage() {
  const { query } = useLocation();
  const step = parseStep(query.get('step'));
  const [draft, setDraft] = useStoredState<Draft>(DRAFT_KEY, EMPTY_DRAFT);
  const [history, setHistory] = useStoredState<History | null>(HISTORY_KEY, null);
  const [age, setAge] = useStoredState<number | null>(AGE_KEY, null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const translator = useT(ASSESS);
  const words = useCoreWords();
  const { t } = translator;
  const fresh = query.get('fresh') === '1';
  // "I have a spasm now" on the home page: the person already said it is happening now.
  const now = query.get('now') === '1';

  useEffect(() => {
    // A new assessment starts clean, with the stopwatch running from now and what this device remembers.
    if (fresh) {
      const remembered = loadStored<History | null>(HISTORY_KEY, null);
      const rememberedAge = loadStored<number | null>(AGE_KEY, null);
      const memory = {
        ...(rememberedAge === null ? {} : { age: rememberedAge }),
        ...(remembered === null ? {} : { history: remembered }),
      };
      writeStored<Draft>(DRAFT_KEY, {
        ...EMPTY_DRAFT,
        openedAt: Date.now(),
        memory,
        ...(now ? { ongoing: true } : {}),
      });
      navigate('/assess?step=where', { replace: true });
    }
  }, [fresh, now]);

  useEffect(() => {
    if (step !== 'where' && !draft.region) navigate('/assess?step=where', { replace: true });
  }, [step, draft.region]);

  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const stateOf = (current: Draft): QuestionnaireState => ({
    answers: toSituation(current, history ?? {}, Date.now(), age) ?? {},
    answered: current.answered ?? [],
    memory: current.memory ?? {},
  });
  const state = stateOf(draft);
  const steps = listSteps(state);
  const index = Math.max(0, steps.indexOf(step));
  const waysOn = listWaysOn(step, steps, translator);
  // biome-ignore lint/correctness/useExhaustiveDependencies: state is derived from these; the clock must not recompute it.
  const relief = useMemo(
    () => (step === 'relief' ? findReliefStep(state, words.translator, words.place) : null),
    [step, draft, history, age, words],
  );

  useEffect(() => {
    // Reached by the address or by going back after ticking a red flag: the gate is closed, so no stretch.
    if (step === 'relief' && draft.region && !relief) navigate('/assess?step=red-flags', { replace: true });
  }, [step, draft.region, relief]);

  function goToVerdict(current: Draft = draft): void {
    const situation = toSituation(current, history ?? {}, Date.now(), age);
    if (situation) navigate(`/verdict?${encodeSituation(situation)}`);
  }

  function goForward(current: Draft = draft): void {
    if (step === 'history' && history === null) setHistory({});
    if (!current.region) return;
    const { step: following, answered } = leaveStep(step, stateOf(current));
    // Relief first: the moment the red flags are clear for a cramp happening now, the stretch; the rest waits.
    if (!current.reliefShown && findReliefStep({ ...stateOf(current), answered })) {
      setDraft({ ...current, answered: [...answered], reliefShown: true });
      navigate('/assess?step=relief');
      return;
    }
    setDraft({ ...current, answered: [...answered] });
    if (following === null) goToVerdict(current);
    else navigate(`/assess?step=${following}`);
  }

  const screen: ScreenProps = {
    draft,
    update,
    history: history ?? {},
    setHistory,
    questions: listStepQuestions(step, state).map(words.question),
  };
  const canContinue = step !== 'where' || draft.region !== undefined;
  return (
    <form
      className="assess"
      onSubmit={(event) => {
        event.preventDefault();
        if (canContinue) goForward();
      }}
    >
      {step === 'relief' ? (
        <p className="step-count">{t('web-assess.assess.red-flags-clear')}</p>
      ) : (
        <p className="step-count">{t('web-assess.assess.question-of', { index: index + 1, total: steps.length })}</p>
      )}
      <h1 ref={headingRef}>{stepTitle(step, translator)}</h1>
      {relief ? (
        <ReliefStep relief={relief} />
      ) : (
        <StepBody
          step={step}
          screen={screen}
          age={{ value: age, onChange: setAge }}
          onPresentation={(presentation: Presentation) => goForward({ ...draft, presentation })}
        />
      )}
      {waysOn.offersSkip && (
        <p>
          <button type="button" className="link-button" onClick={() => goToVerdict()}>
            {t('web-assess.assess.skip')}
          </button>
        </p>
      )}
      {step !== 'presentation' && (
        <div className="sticky-actions">
          {(index > 0 || step === 'relief') && (
            <button type="button" className="button button-secondary" onClick={() => window.history.back()}>
              {t('web.back')}
            </button>
          )}
          <button type="submit" className="button sticky-primary" disabled={!canContinue}>
            {waysOn.primary}
          </button>
        </div>
      )}
    </form>
  );
}

interface StepBodyProps {
  step: StepId;
  screen: ScreenProps;
  age: { value: number | null; onChange: (age: number | null) => void };
  onPresentation: (presentation: Presentation) => void;
}

function StepBody({ step, screen, age, onPresentation }: StepBodyProps) {
  const { t } = useT(ASSESS);
  const asked = (id: string) => screen.questions.some((q) => q.id === id);
  switch (step) {
    case 'where':
      return <WhereStep draft={screen.draft} update={screen.update} />;
    case 'presentation':
      return <PresentationStep onChoose={onPresentation} />;
    case 'duration':
      return <DurationStep draft={screen.draft} update={screen.update} />;
    case 'history':
      return (
        <>
          <HistoryStep
            history={screen.history}
            onChange={screen.setHistory}
            remembered={screen.draft.memory?.history !== undefined}
            age={asked('age') ? age : undefined}
            askHistory={asked('frequency')}
          />
          <ManyQuestions {...screen} questions={screen.questions.filter((q) => q.id.startsWith('follow-up-'))} />
        </>
      );
    default:
      return (
        <>
          {step === 'red-flags' && <p>{t('web-assess.assess.red-flags-intro')}</p>}
          <ManyQuestions {...screen} />
        </>
      );
  }
}
