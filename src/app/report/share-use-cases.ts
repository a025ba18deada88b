/** Read-only clinician share links: unguessable token (256 bits), stored as a SHA-256 hash, expiring, revocable, logged. */

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AnyLocale } from '../../core/i18n/locales';
import { DaySchema } from '../../core/journal';
import type { ShareAccess, ShareLink, Store } from '../../core/repositories';
import { AppError, notFound, parseOrThrow } from '../errors';
import type { ReportUseCases } from './report-use-cases';
import { resolveRange } from './report-use-cases';

export const DEFAULT_SHARE_DAYS = 14;
export const MAX_SHARE_DAYS = 90;

export const CreateShareSchema = z.strictObject({
  from: DaySchema.optional(),
  to: DaySchema.optional(),
  label: z.string().trim().min(1).max(120).optional(),
  expiresInDays: z.number().int().min(1).max(MAX_SHARE_DAYS).default(DEFAULT_SHARE_DAYS),
});
export type CreateShareInput = z.input<typeof CreateShareSchema>;

export interface CreatedShare extends ShareLink {
  /** Shown once; only its hash is stored. */
  token: string;
  /** Paths of the shared report, relative to the API root. */
  pdfPath: string;
  htmlPath: string;
}

export interface ShareWithAccess extends ShareLink {
  accesses: ShareAccess[];
}

export interface ShareUseCases {
  createShare(userId: string, input: unknown): Promise<CreatedShare>;
  listShares(userId: string): Promise<ShareWithAccess[]>;
  revokeShare(userId: string, id: string): Promise<void>;
  /** Resolves a public token to its report; unknown, expired and revoked links all answer the same 404. */
  /** `locale`: the reader's language (the share route's Accept-Language); en-GB when not given. */
  openShared(token: string, format: 'pdf' | 'html', locale?: AnyLocale): Promise<Buffer | string>;
}

/** SHA-256 of the token, hex: what the database keeps. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createShareUseCases(
  store: Store,
  reports: ReportUseCases,
  now: () => Date = () => new Date(),
): ShareUseCases {
  return {
    async createShare(userId, input) {
      const parsed = parseOrThrow(CreateShareSchema, input ?? {}, 'share');
      const range = resolveRange({ from: parsed.from, to: parsed.to }, now());
      const token = randomBytes(32).toString('base64url');
      const link = await store.shares.create({
        id: randomUUID(),
        userId,
        tokenHash: hashShareToken(token),
        fromDate: range.from,
        toDate: range.to,
        label: parsed.label ?? null,
        expiresAt: new Date(now().getTime() + parsed.expiresInDays * 86_400_000),
      });
      return { ...link, token, pdfPath: `/shared/${token}/report.pdf`, htmlPath: `/shared/${token}/report.html` };
    },
    async listShares(userId) {
      const links = await store.shares.list(userId);
      return Promise.all(
        links.map(async (link) => ({ ...link, accesses: await store.shares.listAccess(userId, link.id) })),
      );
    },
    async revokeShare(userId, id) {
      if (!(await store.shares.revoke(userId, id))) throw notFound('share link');
    },
    async openShared(token, format, locale) {
      // Cheap shape check first: real tokens are 43 base64url characters.
      const link = /^[A-Za-z0-9_-]{43}$/.test(token)
        ? await store.shares.findActiveByTokenHash(hashShareToken(token), now())
        : null;
      if (!link)
        throw new AppError('share-not-found', 404, 'this share link does not exist, has expired or was revoked');
      await store.shares.logAccess(link.userId, link.id, `report.${format}`);
      const range = { from: link.fromDate, to: link.toDate };
      return format === 'pdf'
        ? reports.reportPdf(link.userId, range, locale)
        : reports.reportHtml(link.userId, range, locale);
    },
  };
}
