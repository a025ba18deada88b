import { z } from 'zod';
import { PlanSchema } from '../../../core/assessment';
import { EscalationAlertSchema } from '../../../core/insights/index';
import { IdSchema } from '../../../core/journal';
import { AssignedPlanSchema } from '../../../core/plan/assigned-plan';

export const ClientParamsSchema = z.strictObject({ clientId: IdSchema });
export const PlanParamsSchema = z.strictObject({ clientId: IdSchema, planId: IdSchema });

export const InviteBodySchema = z.strictObject({ expiresInDays: z.number().optional() }).optional();
export const InviteSchema = z.object({ code: z.string(), expiresAt: z.string(), joinPath: z.string() });
export const RedeemBodySchema = z.strictObject({ code: z.string() });

export const LinkSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clinicianId: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  otherEmail: z.string().nullable().describe('the other party: the clinician for a client, the client for a clinician'),
});
export const LinksSchema = z.object({ asClient: z.array(LinkSchema), asClinician: z.array(LinkSchema) });

export const DashboardSchema = z.object({
  today: z.string(),
  trendWeeks: z.number(),
  clients: z.array(
    z.object({
      clientId: z.string(),
      email: z.string().nullable(),
      lastEpisode: z.object({ startedAt: z.string(), region: z.string(), intensity: z.number().optional() }).nullable(),
      weeklyEpisodes: z.array(z.number()).describe('episodes per week, oldest first; the last is the 7 days to today'),
      alerts: z.array(EscalationAlertSchema),
      adherence: z
        .object({ done: z.number(), expected: z.number(), ratio: z.number() })
        .nullable()
        .describe('sessions run from your plans in the last 4 weeks against what the plans ask; null: no plan'),
    }),
  ),
});

export const AuditSchema = z.array(
  z.object({
    id: z.string(),
    clinicianId: z.string(),
    clinicianEmail: z.string().nullable(),
    resource: z.string(),
    at: z.string(),
  }),
);

export const StoredPlanSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clinicianId: z.string(),
  plan: AssignedPlanSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const RuleSchema = z.object({ id: z.string(), source: z.string() });
export const GateSchema = z.object({
  status: z.enum(['full', 'reduced', 'blocked', 'needs-check']),
  reason: z.string(),
  rules: z.array(RuleSchema).describe('the assessment rules that decided, with their sources'),
  plan: PlanSchema.nullable().describe('the plan to run (null when blocked or a check is needed)'),
  dropped: z.array(z.string()).optional(),
});
export const TherapistPlanSchema = StoredPlanSchema.extend({
  title: z.string(),
  clinicianEmail: z.string().nullable(),
  gate: GateSchema,
});
export const CheckBodySchema = z.strictObject({ situation: z.unknown() });
