import { useState } from 'react';
import { REGION_GUIDES } from '../../../core/knowledge/regions';
import { findTechniqueGuide } from '../../../core/knowledge/techniques';
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
import { CARE_TEAM } from '../../lib/namespaces/care-team';
import { usePageLabels } from '../../lib/page-labels';

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
  const { translator, labels } = usePageLabels(CARE_TEAM);
  const { t } = translator;
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
      setStatus(t('web-care-team.editor.check'));
      return;
    }
    setStatus(t('web-care-team.editor.saving'));
    try {
      await onSave(plan);
      setStatus(t('web-care-team.editor.saved'));
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.path.replace(/^plan\./, ''), f.message])));
      setStatus(t('web-care-team.editor.failed', { reason: (error as Error).message }));
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
      aria-label={t('web-care-team.editor')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        {t('web-care-team.editor.region')}
        <select value={plan.region} onChange={(event) => changeRegion(event.target.value as Region)}>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {labels.region[region]}
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
                <legend>{t('web-care-team.editor.step', { n })}</legend>
                <label className="field">
                  {t('web-care-team.editor.technique', { n })}
                  <select
                    value={step.technique}
                    onChange={(event) => setStep(index, defaultStep(event.target.value as Technique))}
                    {...described(`steps.${index}.technique`)}
                  >
                    {suitable.map((technique) => (
                      <option key={technique} value={technique}>
                        {labels.technique[technique]}
                      </option>
                    ))}
                  </select>
                  {errorOf(`steps.${index}.technique`)}
                </label>
                <label className="field">
                  {t('web-care-team.editor.pressure', { n })}
                  <select
                    value={step.pressure}
                    onChange={(event) => setStep(index, { pressure: event.target.value as AssignedStep['pressure'] })}
                    {...described(`steps.${index}.pressure`)}
                  >
                    {pressuresFor(step.technique).map((pressure) => (
                      <option key={pressure} value={pressure}>
                        {labels.pressure[pressure].label}
                      </option>
                    ))}
                  </select>
                  {errorOf(`steps.${index}.pressure`)}
                </label>
                {guide.hold && (
                  <label className="field">
                    {t('web-care-team.editor.hold', { n, min: guide.hold.minSeconds, max: guide.hold.maxSeconds })}
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
                    {t('web-care-team.editor.repetitions', { n, max: guide.repetitions })}
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
                    {t('web-care-team.editor.up', { n })}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === plan.steps.length - 1}
                    onClick={() => moveStep(index, 1)}
                  >
                    {t('web-care-team.editor.down', { n })}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={plan.steps.length === 1}
                    onClick={() => setPlan({ ...plan, steps: plan.steps.filter((_, i) => i !== index) })}
                  >
                    {t('web-care-team.editor.remove', { n })}
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
        {t('web-care-team.editor.add')}
      </button>
      <label className="field">
        {t('web-care-team.editor.per-week', { max: MAX_SESSIONS_PER_WEEK })}
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
        {t('web-care-team.editor.note')}
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
