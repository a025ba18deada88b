import { useState } from 'react';
import { REGION_GUIDES } from '../../../core/knowledge/regions';
import { findTechniqueGuide } from '../../../core/knowledge/techniques';
import { PRESSURE_LABELS, REGION_LABELS, TECHNIQUE_LABELS } from '../../../core/messages/labels';
import {
  type AssignedPlan,
  AssignedPlanSchema,
  type AssignedStep,
  MAX_PLAN_STEPS,
  MAX_SESSIONS_PER_WEEK,
  maxPressureOf,
} from '../../../core/plan/assigned-plan';
import type { Region, Technique } from '../../../core/vocabulary';
import { PRESSURES, REGIONS } from '../../../core/vocabulary-lists';
import { ApiError } from '../../lib/api-client';

/** A step with the technique's own defaults (its usual pressure; hold and repetitions left to the article). */
function defaultStep(technique: Technique): AssignedStep {
  return { technique, pressure: findTechniqueGuide(technique).pressure };
}

export function newPlan(region: Region): AssignedPlan {
  const first = REGION_GUIDES[region].suitable[0] ?? 'breathing';
  return { region, steps: [defaultStep(first)], sessionsPerWeek: 3 };
}

/** The pressures the article allows for a technique (up to its firmest under any permission). */
function pressuresFor(technique: Technique) {
  const cap = PRESSURES.indexOf(maxPressureOf(findTechniqueGuide(technique)));
  return PRESSURES.filter((_, index) => index <= cap);
}

const optionalNumber = (value: string) => (value === '' ? undefined : Number(value));

/** Field errors by path ("steps.0.pressure"), from the shared schema or from the server's problem+json. */
type FieldErrors = Record<string, string>;

function schemaErrors(plan: AssignedPlan): FieldErrors {
  const parsed = AssignedPlanSchema.safeParse(plan);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

interface PlanEditorProps {
  initial: AssignedPlan;
  submitLabel: string;
  onSave: (plan: AssignedPlan) => Promise<void>;
}

/**
 * The clinician's plan editor: a region, then the ordered steps from the techniques that suit it, each with a
 * pressure, hold and repetitions only within the article's safe bounds; a weekly frequency and a note.
 */
export function PlanEditor({ initial, submitLabel, onSave }: PlanEditorProps) {
  const [plan, setPlanState] = useState<AssignedPlan>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  // Once errors are shown, they follow every change, so a fixed field loses its message at once.
  const setPlan = (next: AssignedPlan) => {
    setPlanState(next);
    if (Object.keys(errors).length > 0) setErrors(schemaErrors(next));
  };
  const [status, setStatus] = useState('');
  const suitable = REGION_GUIDES[plan.region].suitable;
  const setStep = (index: number, patch: Partial<AssignedStep>) =>
    setPlan({ ...plan, steps: plan.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) });
  const moveStep = (index: number, by: number) => {
    const steps = [...plan.steps];
    const [moved] = steps.splice(index, 1);
    if (moved) steps.splice(index + by, 0, moved);
    setPlan({ ...plan, steps });
  };
  const changeRegion = (region: Region) => {
    const fits = plan.steps.filter((step) => REGION_GUIDES[region].suitable.includes(step.technique));
    setPlan({ ...plan, region, steps: fits.length > 0 ? fits : newPlan(region).steps });
  };

  async function save(): Promise<void> {
    const found = schemaErrors(plan);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus('Check the highlighted fields.');
      return;
    }
    setStatus('Saving…');
    try {
      await onSave(plan);
      setStatus('Plan saved.');
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.path.replace(/^plan\./, ''), f.message])));
      setStatus(`Could not save: ${(error as Error).message}`);
    }
  }

  const errorOf = (path: string) =>
    errors[path] ? (
      <span className="error-text" id={`plan-error-${path}`}>
        {errors[path]}
      </span>
    ) : null;
  const described = (path: string) => (errors[path] ? { 'aria-describedby': `plan-error-${path}` } : {});
  return (
    <form
      className="plan-editor"
      aria-label="Plan editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        Region
        <select value={plan.region} onChange={(event) => changeRegion(event.target.value as Region)}>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {REGION_LABELS[region]}
            </option>
          ))}
        </select>
      </label>
      <ol className="plan-editor-steps">
        {plan.steps.map((step, index) => {
          const guide = findTechniqueGuide(step.technique);
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps may repeat a technique; the order is the identity.
            <li key={index} className="card">
              <fieldset>
                <legend>Step {n}</legend>
                <label className="field">
                  Technique (step {n})
                  <select
                    value={step.technique}
                    onChange={(event) => setStep(index, defaultStep(event.target.value as Technique))}
                    {...described(`steps.${index}.technique`)}
                  >
                    {suitable.map((technique) => (
                      <option key={technique} value={technique}>
                        {TECHNIQUE_LABELS[technique]}
                      </option>
                    ))}
                  </select>
                  {errorOf(`steps.${index}.technique`)}
                </label>
                <label className="field">
                  Pressure (step {n})
                  <select
                    value={step.pressure}
                    onChange={(event) => setStep(index, { pressure: event.target.value as AssignedStep['pressure'] })}
                    {...described(`steps.${index}.pressure`)}
                  >
                    {pressuresFor(step.technique).map((pressure) => (
                      <option key={pressure} value={pressure}>
                        {PRESSURE_LABELS[pressure].label}
                      </option>
                    ))}
                  </select>
                  {errorOf(`steps.${index}.pressure`)}
                </label>
                {guide.hold && (
                  <label className="field">
                    Hold in seconds (step {n}, {guide.hold.minSeconds}–{guide.hold.maxSeconds})
                    <input
                      type="number"
                      inputMode="numeric"
                      min={guide.hold.minSeconds}
                      max={guide.hold.maxSeconds}
                      value={step.holdSeconds ?? ''}
                      onChange={(event) => setStep(index, { holdSeconds: optionalNumber(event.target.value) })}
                      {...described(`steps.${index}.holdSeconds`)}
                    />
                    {errorOf(`steps.${index}.holdSeconds`)}
                  </label>
                )}
                {guide.repetitions !== undefined && (
                  <label className="field">
                    Repetitions (step {n}, at most {guide.repetitions})
                    <input
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={guide.repetitions}
                      value={step.repetitions ?? ''}
                      onChange={(event) => setStep(index, { repetitions: optionalNumber(event.target.value) })}
                      {...described(`steps.${index}.repetitions`)}
                    />
                    {errorOf(`steps.${index}.repetitions`)}
                  </label>
                )}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === 0}
                    onClick={() => moveStep(index, -1)}
                  >
                    Move step {n} up
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === plan.steps.length - 1}
                    onClick={() => moveStep(index, 1)}
                  >
                    Move step {n} down
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={plan.steps.length === 1}
                    onClick={() => setPlan({ ...plan, steps: plan.steps.filter((_, i) => i !== index) })}
                  >
                    Remove step {n}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-secondary"
        disabled={plan.steps.length >= MAX_PLAN_STEPS}
        onClick={() => setPlan({ ...plan, steps: [...plan.steps, defaultStep(suitable[0] ?? 'breathing')] })}
      >
        Add a step
      </button>
      <label className="field">
        Sessions a week (1–{MAX_SESSIONS_PER_WEEK})
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SESSIONS_PER_WEEK}
          value={plan.sessionsPerWeek}
          onChange={(event) => setPlan({ ...plan, sessionsPerWeek: Number(event.target.value) })}
          {...described('sessionsPerWeek')}
        />
        {errorOf('sessionsPerWeek')}
      </label>
      <label className="field">
        Note for your client
        <textarea
          value={plan.note ?? ''}
          maxLength={500}
          onChange={(event) => setPlan({ ...plan, note: event.target.value })}
        />
      </label>
      <button type="submit" className="button">
        {submitLabel}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
