import type { InsightsEpisode, InsightsSession } from './insights/records';
import type { AssignedPlan } from './plan/assigned-plan';

/** A link between a client and a clinician; `revokedAt` set by the client ends every shared read at once. */
export interface CareLink {
  id: string;
  clientId: string;
  clinicianId: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface CareInvite {
  id: string;
  clinicianId: string;
  createdAt: string;
  expiresAt: string;
}

/** A plan a clinician assigned to a client, kept with the client. */
export interface StoredAssignedPlan {
  id: string;
  clientId: string;
  clinicianId: string;
  plan: AssignedPlan;
  createdAt: string;
  updatedAt: string;
}

/** One clinician read of a client's data. */
export interface CareAuditEntry {
  id: string;
  clinicianId: string;
  resource: string;
  at: string;
}

/** What the dashboard needs of one linked client, read for every client at once. */
export interface DashboardClientData {
  clientId: string;
  email: string | null;
  /** The plans this clinician assigned to the client. */
  plans: StoredAssignedPlan[];
  /** The client's latest episode ever (not only in the window). */
  lastEpisode: { startedAt: string; region: InsightsEpisode['region']; intensity?: number } | null;
  /** Episodes and sessions since the window's start, oldest first. */
  episodes: InsightsEpisode[];
  sessions: InsightsSession[];
  /** Sessions run from each assigned plan since `adherenceSince`. */
  planSessions: { planId: string; count: number }[];
}

/** A linked client with nothing to show yet. @example emptyDashboardData(id).episodes // [] */
export function emptyDashboardData(clientId: string): DashboardClientData {
  return { clientId, email: null, plans: [], lastEpisode: null, episodes: [], sessions: [], planSessions: [] };
}

export type RedeemResult =
  | { status: 'linked'; link: CareLink }
  | { status: 'already-linked'; link: CareLink }
  /** Unknown, expired or used: one answer, so a code's state is not leaked. */
  | { status: 'invalid' }
  | { status: 'own-invite' };

/** The care-team workspace's rows (decision 0023). Every method names the user whose shard it reads. */
export interface CareTeamRepository {
  setClinician(userId: string, at: Date): Promise<void>;
  isClinician(userId: string): Promise<boolean>;
  createInvite(invite: { id: string; clinicianId: string; codeHash: string; expiresAt: Date }): Promise<CareInvite>;
  /** Uses the invite once and writes the link (the client's row and the clinician's mirror) in one transaction. */
  redeemInvite(codeHash: string, clientId: string, linkId: string, now: Date): Promise<RedeemResult>;
  listClientLinks(clientId: string): Promise<CareLink[]>;
  listClinicianLinks(clinicianId: string): Promise<CareLink[]>;
  /** The client's live link to this clinician, read from the client's row (the authoritative one). */
  findActiveLink(clientId: string, clinicianId: string): Promise<CareLink | null>;
  /**
   * The clients with a live link to this clinician: the mirror lists the candidates (the clinician's shard), the
   * clients' own rows decide (their shards, one statement), so a revoke is seen at once.
   */
  listLinkedClientIds(clinicianId: string): Promise<string[]>;
  /** Revokes the client's link (and its mirror); false when the client has no such live link. */
  revokeLink(clientId: string, linkId: string, now: Date): Promise<boolean>;
  /** Creates or replaces a plan; null when the plan id belongs to another clinician. */
  savePlan(plan: Omit<StoredAssignedPlan, 'createdAt' | 'updatedAt'>, now: Date): Promise<StoredAssignedPlan | null>;
  listPlans(clientId: string): Promise<StoredAssignedPlan[]>;
  getPlan(clientId: string, planId: string): Promise<StoredAssignedPlan | null>;
  /** One audit row per entry (a dashboard read logs every client it showed, in one statement). */
  logReads(entries: readonly { clientId: string; clinicianId: string; resource: string }[]): Promise<void>;
  listAudit(clientId: string): Promise<CareAuditEntry[]>;
  /**
   * "Delete all my data": the user's links as a client (and their clinicians' mirrors, so the clinician loses
   * access at once), the plans assigned to them, the log of who read their data, and the invites they made.
   * Clients' own links to this user as a clinician are the clients' rows and stay theirs to revoke.
   */
  deleteAll(userId: string): Promise<void>;
  /** Dashboard data for many clients: episodes and sessions since `since`, plan sessions since `adherenceSince`. */
  readDashboard(
    clientIds: readonly string[],
    clinicianId: string,
    since: Date,
    adherenceSince: Date,
  ): Promise<DashboardClientData[]>;
}
