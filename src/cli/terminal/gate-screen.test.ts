import { describe, expect, it } from 'vitest';
import { assessSituation } from '../../core/assess/assess-situation';
import { type AssignedPlan, gateAssignedPlan } from '../../core/plan/assigned-plan';
import type { Situation } from '../../core/situation';
import { renderGate } from './gate-screen';
import { createStyle } from './style';

const PLAN: AssignedPlan = {
  region: 'calf',
  steps: [
    { technique: 'stretch', pressure: 'moderate', holdSeconds: 20 },
    { technique: 'trigger-point', pressure: 'firm', holdSeconds: 15 },
    { technique: 'heat', pressure: 'none' },
  ],
  sessionsPerWeek: 3,
};
const screen = (situation: Situation) => {
  const assessment = assessSituation(situation);
  return renderGate(gateAssignedPlan(PLAN, assessment), assessment, createStyle(false)).join('\n');
};

describe('renderGate: the gate in plain words, with the deciding rules and their sources', () => {
  it('full: the plan as written, no care banner for self-care', () => {
    const text = screen({ region: 'calf', intensity: 4 });
    expect(text).toContain('YOUR PLAN IS READY (full)');
    expect(text).not.toContain('Left out today');
    expect(text).not.toMatch(/Emergency|See a doctor/);
  });

  it('reduced: names what was left out today', () => {
    const text = screen({ region: 'calf', intensity: 9 });
    expect(text).toContain('YOUR PLAN, MADE GENTLER TODAY (reduced)');
    expect(text).toContain('Left out today: Trigger point');
    expect(text).toMatch(/\[very-painful\]\n {2}\(Article: /);
  });

  it('blocked: the care level says what to do instead, every deciding rule with its id and source', () => {
    const text = screen({ region: 'calf', signs: ['swelling', 'warmth'] });
    expect(text).toContain('NOT TODAY: THE PLAN WAITS (blocked)');
    expect(text).toContain('See a doctor within 24 hours: Get seen by a doctor today');
    expect(text).toMatch(/\[possible-clot\]\n {2}\(NHS: Deep vein thrombosis/);
    expect(text).toContain('not a diagnosis');
  });
});
