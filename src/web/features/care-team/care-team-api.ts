import type { Assessment, Plan } from '../../../core/assessment';
import type { CareAuditEntry, StoredAssignedPlan, CareLink as StoredLink } from '../../../core/care-team-repository';
import { isLocale } from '../../../core/i18n/locales';
import type { DashboardClient } from '../../../core/insights/dashboard';
import type { Insights } from '../../../core/insights/types';
import type { AssignedPlan } from '../../../core/plan/assigned-plan';
import type { Situation } from '../../../core/situation';
import { requestApi } from '../../lib/api-client';
import type { EpisodeRecord, Page } from '../journal/journal-api';

/** The care-team API's answers as the web app reads them (src/server/routes/care-team/schema.ts). */
export interface CareLink extends StoredLink {
  /** The clinician for a client, the client for a clinician. */
  otherEmail: string | null;
}

export interface Invite {
  code: string;
  expiresAt: string;
  joinPath: string;
}

export type { DashboardClient };

export interface Dashboard {
  today: string;
  trendWeeks: number;
  clients: DashboardClient[];
}

export interface AuditEntry extends CareAuditEntry {
  clinicianEmail: string | null;
}

export type StoredPlan = StoredAssignedPlan;

export interface PlanGate {
  status: 'full' | 'reduced' | 'blocked' | 'needs-check';
  reason: string;
  rules: { id: string; source: string }[];
  plan: Plan | null;
  dropped?: string[];
}

export interface TherapistPlan extends StoredPlan {
  title: string;
  clinicianEmail: string | null;
  gate: PlanGate;
}

const clientPath = (clientId: string) => `/care-team/clients/${encodeURIComponent(clientId)}`;

export const careTeamApi = {
  becomeClinician: () => requestApi<{ clinician: true }>('POST', '/me/clinician'),
  createInvite: () => requestApi<Invite>('POST', '/care-team/invites', {}),
  redeemInvite: (code: string) => requestApi<CareLink>('POST', '/care-team/links', { code }),
  revokeLink: (id: string) => requestApi<void>('DELETE', `/care-team/links/${encodeURIComponent(id)}`),
  listLinks: () => requestApi<{ asClient: CareLink[]; asClinician: CareLink[] }>('GET', '/care-team/links'),
  listAudit: () => requestApi<AuditEntry[]>('GET', '/care-team/audit'),
  dashboard: () => requestApi<Dashboard>('GET', '/care-team/dashboard'),
  clientInsights: (clientId: string) => requestApi<Insights>('GET', `${clientPath(clientId)}/insights`),
  clientEpisodes: (clientId: string) =>
    requestApi<Page<EpisodeRecord>>('GET', `${clientPath(clientId)}/episodes?limit=20`),
  clientReportPath: (clientId: string) => `/api/v1${clientPath(clientId)}/report.html`,
  listAssignedPlans: (clientId: string) => requestApi<StoredPlan[]>('GET', `${clientPath(clientId)}/plans`),
  assignPlan: (clientId: string, plan: AssignedPlan) =>
    requestApi<StoredPlan>('POST', `${clientPath(clientId)}/plans`, plan),
  updatePlan: (clientId: string, planId: string, plan: AssignedPlan) =>
    requestApi<StoredPlan>('PUT', `${clientPath(clientId)}/plans/${encodeURIComponent(planId)}`, plan),
  /** `language`: the page's (`?lang=&country=`), so the plan's steps and the gate's reason come in its words. */
  myPlans: (language = '') => requestApi<TherapistPlan[]>('GET', `/me/therapist-plans${language}`),
  checkMyPlan: (planId: string, situation: Situation, language = '') =>
    requestApi<TherapistPlan & { assessment: Assessment }>(
      'POST',
      `/me/therapist-plans/${encodeURIComponent(planId)}/check${language}`,
      { situation },
    ),
};

/** `?lang=&country=` for the page's language and care place; none in the pseudo-locale (a layout test). */
export function languageQuery(locale: string, country: string): string {
  return isLocale(locale) ? `?lang=${locale}&country=${encodeURIComponent(country)}` : '';
}
