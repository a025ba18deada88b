import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessSituation } from '../../../core/assess/assess-situation';
import type { Assessment } from '../../../core/assessment';
import { TECHNIQUE_LABELS } from '../../../core/messages/labels';
import { type AssignedPlan, gateAssignedPlan } from '../../../core/plan/assigned-plan';
import type { Situation } from '../../../core/situation';
import { preloadNamespaces } from '../../lib/i18n';
import { describeAdherence } from '../../routes/ClinicianDashboardPage';
import type { TherapistPlan } from './care-team-api';
import { GateResult } from './GateResult';
import { PlanEditor } from './PlanEditor';

// The shell's messages load per locale (lib/i18n.tsx); a server render needs them here first.
beforeAll(() => preloadNamespaces('en-GB', ['web']));

const ASSIGNED: AssignedPlan = {
  region: 'calf',
  steps: [
    { technique: 'stretch', pressure: 'light', holdSeconds: 20 },
    { technique: 'petrissage', pressure: 'firm' },
  ],
  sessionsPerWeek: 4,
};

function therapistPlan(assessment: Assessment): TherapistPlan {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    clientId: 'client',
    clinicianId: 'clinician',
    plan: ASSIGNED,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    title: 'Your therapist’s plan',
    clinicianEmail: 'dr.lee@example.org',
    gate: gateAssignedPlan(ASSIGNED, assessment),
  };
}

/** The server-rendered HTML without React's text separators, so sentences read as one string. */
const html = (element: Parameters<typeof renderToString>[0]) => renderToString(element).replaceAll('<!-- -->', '');

const render = (situation: Situation, assessment: Assessment) =>
  html(<GateResult plan={therapistPlan(assessment)} situation={situation} assessment={assessment} onRun={() => {}} />);

describe('GateResult', () => {
  it('tells the client what a gentle-only check left out, and still lets the reduced plan run', () => {
    const situation: Situation = { region: 'calf', intensity: 4 };
    const assessed = assessSituation(situation);
    const gentle: Assessment = { ...assessed, massage: 'gentle' };
    const page = render(situation, gentle);
    expect(page).toContain('<h1 id="gate-heading">Your plan, made gentler today</h1>');
    expect(page).not.toContain('care-banner care-');
    expect(page).toContain(`Left out today: ${TECHNIQUE_LABELS.petrissage}.`);
    expect(page).toContain('steps that are not gentle are left out');
    expect(page).toContain('Continue to the session');
  });

  it('blocks the plan on a red flag, says why with the rule’s source, and points to the verdict instead', () => {
    const situation: Situation = { region: 'calf', signs: ['chest-pain'] };
    const assessment = assessSituation(situation);
    const page = render(situation, assessment);
    expect(page).toContain('Not today: the plan waits');
    // The care the red flag calls for leads the page, with the call button, above the plan's own message.
    expect(page.indexOf('Call emergency services')).toBeGreaterThan(-1);
    expect(page.indexOf('Call emergency services')).toBeLessThan(page.indexOf('Not today: the plan waits'));
    expect(page).toContain('needs medical care first');
    expect(page).not.toContain('Continue to the session');
    expect(page).toContain('/verdict?s=');
    const deciding = therapistPlan(assessment).gate.rules[0];
    expect(deciding).toBeDefined();
    expect(page).toContain(`Source: ${assessment.reasons.find((r) => r.id === deciding?.id)?.source}`);
  });
});

describe('PlanEditor', () => {
  it('offers only the pressures, holds and repetitions the article allows for each step', () => {
    const page = html(<PlanEditor initial={ASSIGNED} submitLabel="Assign the plan" onSave={async () => undefined} />);
    const pressures = (step: number) => {
      const select = page.split(`Pressure (step ${step})`)[1]?.split('</select>')[0] ?? '';
      return [...select.matchAll(/<option value="([a-z]+)"/g)].map((m) => m[1]);
    };
    expect(pressures(1)).toEqual(['none', 'light', 'moderate']);
    expect(pressures(2)).toEqual(['none', 'light', 'moderate', 'firm']);
    expect(page).toContain('Hold in seconds (step 1, 15–30)');
    expect(page).toContain('min="15" max="30"');
    // Petrissage has no hold in the article, so step 2 offers none.
    expect(page).not.toContain('Hold in seconds (step 2');
  });
});

describe('describeAdherence', () => {
  it('puts sessions run against sessions asked in words, or says there is no plan', () => {
    expect(describeAdherence(null)).toBe('No plan assigned');
    expect(describeAdherence({ done: 2, expected: 4, ratio: 0.5 })).toBe('2 of 4 sessions (50%)');
  });
});
