/** Home-care plans a clinician assigns, and "Your therapist's plan" as the client runs it (decision 0023). */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { assessSituation } from '../core/assess/assess-situation';
import { assessmentWordingIn } from '../core/assess/assessment-wording-in';
import type { Assessment } from '../core/assessment';
import type { StoredAssignedPlan } from '../core/care-team-repository';
import type { Translator } from '../core/i18n/translator';
import type { CarePlace } from '../core/messages/care-words';
import { AssignedPlanSchema, type GatedPlan, gateAssignedPlan, gateWordingIn } from '../core/plan/assigned-plan';
import type { Store } from '../core/repositories';
import { SituationSchema } from '../core/situation';
import type { CareTeamUseCases } from './care-team';
import { AppError, parseOrThrow } from './errors';

/** How recent an episode's assessment must be to gate a plan without a new check. */
export const CURRENT_ASSESSMENT_HOURS = 12;
/** Newest episodes searched for a current assessment of the plan's region. */
const RECENT_EPISODES = 20;

export const CheckPlanSchema = z.strictObject({ situation: z.unknown() });

export type PlanGate = GatedPlan | { status: 'needs-check'; reason: string; rules: []; plan: null };

export interface TherapistPlan extends StoredAssignedPlan {
  title: string;
  clinicianEmail: string | null;
  gate: PlanGate;
}

/** The reader's language (a translator with every namespace loaded) and the country whose care words to use. */
export interface PlanLanguage {
  t: Translator;
  place: CarePlace;
}

export interface AssignedPlanUseCases {
  assignPlan(clinicianId: string, clientId: string, input: unknown): Promise<StoredAssignedPlan>;
  updatePlan(clinicianId: string, clientId: string, planId: string, input: unknown): Promise<StoredAssignedPlan>;
  listAssignedPlans(clinicianId: string, clientId: string): Promise<StoredAssignedPlan[]>;
  /**
   * The client's plans from clinicians still linked, each gated with their current assessment (or needs-check).
   * With a language, the gate's words and the runnable steps are in it (the stored assessment is as it was kept).
   */
  listMyPlans(clientId: string, language?: PlanLanguage): Promise<TherapistPlan[]>;
  /** Runs the red-flag screen and assessment on the situation, and gates the plan with it (in `language`). */
  checkMyPlan(
    clientId: string,
    planId: string,
    input: unknown,
    language?: PlanLanguage,
  ): Promise<TherapistPlan & { assessment: Assessment }>;
}

const TITLE = 'Your therapist’s plan';
const NEEDS_CHECK: PlanGate = {
  status: 'needs-check',
  reason: 'Answer the safety questions first: every run of the plan starts with your red-flag check.',
  rules: [],
  plan: null,
};
const planNotFound = () => new AppError('plan-not-found', 404, 'no plan with this id');

export function createAssignedPlanUseCases(
  store: Store,
  careTeam: CareTeamUseCases,
  now: () => Date = () => new Date(),
): AssignedPlanUseCases {
  const care = store.careTeam;
  const livePlans = async (clientId: string) => {
    const links = (await care.listClientLinks(clientId)).filter((l) => l.revokedAt === null);
    const linked = new Set(links.map((l) => l.clinicianId));
    return (await care.listPlans(clientId)).filter((p) => linked.has(p.clinicianId));
  };
  const currentAssessment = async (clientId: string, region: string): Promise<Assessment | null> => {
    const since = now().getTime() - CURRENT_ASSESSMENT_HOURS * 3_600_000;
    const { items } = await store.journal.episodes.list(clientId, { limit: RECENT_EPISODES });
    const recent = items.find((e) => e.region === region && e.assessment && Date.parse(e.startedAt) >= since);
    return recent?.assessment ?? null;
  };
  const wordsOf = (language: PlanLanguage) => {
    const wording = assessmentWordingIn(language.t, language.place);
    return { assessment: wording, gate: { plan: wording.plan, gate: gateWordingIn(language.t) } };
  };
  const needsCheck = (language?: PlanLanguage): PlanGate =>
    language ? { ...NEEDS_CHECK, reason: language.t.t('plan.gate.needs-check') } : NEEDS_CHECK;
  const present = async (
    plan: StoredAssignedPlan,
    gate: PlanGate,
    language?: PlanLanguage,
  ): Promise<TherapistPlan> => ({
    ...plan,
    title: language ? language.t.t('plan.gate.title') : TITLE,
    clinicianEmail: (await store.accounts.findUser(plan.clinicianId))?.email ?? null,
    gate,
  });

  return {
    async assignPlan(clinicianId, clientId, input) {
      await careTeam.requireLink(clinicianId, clientId);
      const plan = parseOrThrow(AssignedPlanSchema, input, 'plan');
      const saved = await care.savePlan({ id: randomUUID(), clientId, clinicianId, plan }, now());
      if (!saved) throw new Error('a new plan id collided');
      return saved;
    },
    async updatePlan(clinicianId, clientId, planId, input) {
      await careTeam.requireLink(clinicianId, clientId);
      const existing = await care.getPlan(clientId, planId);
      if (!existing || existing.clinicianId !== clinicianId) throw planNotFound();
      const plan = parseOrThrow(AssignedPlanSchema, input, 'plan');
      const saved = await care.savePlan({ id: planId, clientId, clinicianId, plan }, now());
      if (!saved) throw planNotFound();
      return saved;
    },
    async listAssignedPlans(clinicianId, clientId) {
      await careTeam.requireLink(clinicianId, clientId);
      return (await care.listPlans(clientId)).filter((p) => p.clinicianId === clinicianId);
    },
    async listMyPlans(clientId, language) {
      const plans = await livePlans(clientId);
      const words = language ? wordsOf(language).gate : undefined;
      return Promise.all(
        plans.map(async (plan) => {
          const assessment = await currentAssessment(clientId, plan.plan.region);
          const gate = assessment ? gateAssignedPlan(plan.plan, assessment, words) : needsCheck(language);
          return present(plan, gate, language);
        }),
      );
    },
    async checkMyPlan(clientId, planId, input, language) {
      const plan = (await livePlans(clientId)).find((p) => p.id === planId);
      if (!plan) throw planNotFound();
      const { situation: raw } = parseOrThrow(CheckPlanSchema, input, 'check');
      const situation = parseOrThrow(
        CheckPlanSchema.extend({ situation: SituationSchema }),
        { situation: raw },
        'situation',
      ).situation;
      if (situation.region !== plan.plan.region) {
        throw new AppError('validation-failed', 400, 'the check is for another region', [
          { path: 'situation.region', message: `must be ${plan.plan.region}, the plan's region` },
        ]);
      }
      const words = language ? wordsOf(language) : undefined;
      const assessment = assessSituation(situation, words?.assessment);
      return { ...(await present(plan, gateAssignedPlan(plan.plan, assessment, words?.gate), language)), assessment };
    },
  };
}
