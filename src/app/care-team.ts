/** The care-team workspace (decision 0023): clinicians, one-time invites, client-held links, audited reads. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CareAuditEntry, CareLink } from '../core/care-team-repository';
import {
  ALERT_WINDOW_DAYS,
  type DashboardClient,
  rankByAttention,
  summariseDashboardClient,
  TREND_WEEKS,
} from '../core/insights/dashboard';
import type { Store } from '../core/repositories';
import { AppError, parseOrThrow } from './errors';

export const DEFAULT_INVITE_DAYS = 7;
export const MAX_INVITE_DAYS = 30;
const DAY_MS = 86_400_000;
/** Crockford base32 without the look-alikes: 20 characters = 100 bits, typed in four groups of five. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const CreateInviteSchema = z.strictObject({
  expiresInDays: z.number().int().min(1).max(MAX_INVITE_DAYS).default(DEFAULT_INVITE_DAYS),
});
export const RedeemInviteSchema = z.strictObject({ code: z.string().trim().min(1).max(64) });

/** Only the hash is stored; dashes, spaces and case do not matter when the code is typed. */
export function hashInviteCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

function generateInviteCode(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % 32]).join('');
  return chars.match(/.{5}/g)?.join('-') ?? chars;
}

/** A link as one side sees it: who the other party is. */
export interface LinkView extends CareLink {
  otherEmail: string | null;
}

export interface CareTeamUseCases {
  becomeClinician(userId: string): Promise<{ clinician: true }>;
  isClinician(userId: string): Promise<boolean>;
  createInvite(clinicianId: string, input: unknown): Promise<{ code: string; expiresAt: string; joinPath: string }>;
  redeemInvite(clientId: string, input: unknown): Promise<LinkView>;
  listLinks(userId: string): Promise<{ asClient: LinkView[]; asClinician: LinkView[] }>;
  revokeLink(clientId: string, linkId: string): Promise<void>;
  dashboard(clinicianId: string): Promise<{ today: string; trendWeeks: number; clients: DashboardClient[] }>;
  /** Throws 404 client-not-found unless the client has a live link to this clinician; logs the read. */
  authorizeRead(clinicianId: string, clientId: string, resource: string): Promise<void>;
  /** 404 client-not-found unless linked; no audit row (writing a plan reads nothing of the client's). */
  requireLink(clinicianId: string, clientId: string): Promise<void>;
  listAudit(clientId: string): Promise<(CareAuditEntry & { clinicianEmail: string | null })[]>;
}

export const clientNotFound = () => new AppError('client-not-found', 404, 'no linked client with this id');

export function createCareTeamUseCases(store: Store, now: () => Date = () => new Date()): CareTeamUseCases {
  const care = store.careTeam;
  const emailOf = async (id: string) => (await store.accounts.findUser(id))?.email ?? null;
  const requireClinician = async (userId: string) => {
    if (!(await care.isClinician(userId))) {
      throw new AppError('not-a-clinician', 403, 'only a clinician account can do this (POST /me/clinician first)');
    }
  };
  const view = async (link: CareLink, side: 'client' | 'clinician'): Promise<LinkView> => ({
    ...link,
    otherEmail: await emailOf(side === 'client' ? link.clinicianId : link.clientId),
  });
  const requireLink = async (clinicianId: string, clientId: string) => {
    if (!z.uuid().safeParse(clientId).success || !(await care.findActiveLink(clientId, clinicianId))) {
      throw clientNotFound();
    }
  };

  return {
    async becomeClinician(userId) {
      await care.setClinician(userId, now());
      return { clinician: true };
    },
    isClinician: (userId) => care.isClinician(userId),
    async createInvite(clinicianId, input) {
      await requireClinician(clinicianId);
      const { expiresInDays } = parseOrThrow(CreateInviteSchema, input ?? {}, 'invite');
      const code = generateInviteCode();
      const invite = await care.createInvite({
        id: randomUUID(),
        clinicianId,
        codeHash: hashInviteCode(code),
        expiresAt: new Date(now().getTime() + expiresInDays * DAY_MS),
      });
      return { code, expiresAt: invite.expiresAt, joinPath: `/care-team/join?code=${code}` };
    },
    async redeemInvite(clientId, input) {
      const { code } = parseOrThrow(RedeemInviteSchema, input, 'invite');
      const result = await care.redeemInvite(hashInviteCode(code), clientId, randomUUID(), now());
      switch (result.status) {
        case 'linked':
          return view(result.link, 'client');
        case 'already-linked':
          throw new AppError('already-linked', 409, 'you are already linked to this clinician');
        case 'own-invite':
          throw new AppError('own-invite', 400, 'this is your own invite: give it to a client', [
            { path: 'code', message: 'must be an invite from another account' },
          ]);
        default:
          throw new AppError('invite-not-found', 404, 'this invite code is unknown, has been used or has expired');
      }
    },
    async listLinks(userId) {
      const [asClient, asClinician] = await Promise.all([
        care.listClientLinks(userId),
        care.listClinicianLinks(userId),
      ]);
      return {
        asClient: await Promise.all(asClient.map((l) => view(l, 'client'))),
        asClinician: await Promise.all(asClinician.map((l) => view(l, 'clinician'))),
      };
    },
    async revokeLink(clientId, linkId) {
      if (!(await care.revokeLink(clientId, linkId, now()))) {
        throw new AppError('link-not-found', 404, 'you have no live link with this id');
      }
    },
    async dashboard(clinicianId) {
      await requireClinician(clinicianId);
      const at = now();
      const ids = await care.listLinkedClientIds(clinicianId);
      const since = new Date(at.getTime() - (ALERT_WINDOW_DAYS + 1) * DAY_MS);
      const adherenceSince = new Date(at.getTime() - TREND_WEEKS * 7 * DAY_MS);
      // The audit rows are written with the read, not after it: a read that fails may still be logged, never the reverse.
      const [rows] = await Promise.all([
        care.readDashboard(ids, clinicianId, since, adherenceSince),
        care.logReads(ids.map((clientId) => ({ clientId, clinicianId, resource: 'dashboard' }))),
      ]);
      const today = at.toISOString().slice(0, 10);
      return {
        today,
        trendWeeks: TREND_WEEKS,
        clients: rankByAttention(rows.map((row) => summariseDashboardClient(row, today))),
      };
    },
    async authorizeRead(clinicianId, clientId, resource) {
      await requireLink(clinicianId, clientId);
      await care.logReads([{ clientId, clinicianId, resource }]);
    },
    requireLink,
    async listAudit(clientId) {
      const entries = await care.listAudit(clientId);
      const emails = new Map<string, string | null>();
      for (const id of new Set(entries.map((e) => e.clinicianId))) emails.set(id, await emailOf(id));
      return entries.map((e) => ({ ...e, clinicianEmail: emails.get(e.clinicianId) ?? null }));
    },
  };
}
