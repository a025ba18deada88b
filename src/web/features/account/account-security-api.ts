import type { Translator } from '../../../core/i18n/translator';
import { ApiError, requestApi } from '../../lib/api-client';

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}

export type TokenScope = 'read' | 'journal:write';

export interface TokenInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  scopes: TokenScope[];
  expiresAt: string | null;
}

/** A problem as one readable line: the field messages when there are some, else the detail. */
export function describeFailure(failure: unknown, { t }: Translator): string {
  if (!(failure instanceof ApiError)) return t('web-account.failure');
  return failure.fields.map((field) => `${field.path}: ${field.message}`).join('; ') || failure.message;
}

export const accountApi = {
  changePassword: (currentPassword: string, newPassword: string) =>
    requestApi<void>('POST', '/auth/password', { currentPassword, newPassword }),
  listSessions: () => requestApi<SessionInfo[]>('GET', '/auth/sessions'),
  endSession: (id: string) => requestApi<void>('DELETE', `/auth/sessions/${id}`),
  endOtherSessions: () => requestApi<{ ended: number }>('DELETE', '/auth/sessions'),
  startTwoFactor: () => requestApi<{ secret: string; uri: string }>('POST', '/auth/2fa/setup'),
  confirmTwoFactor: (code: string) => requestApi<{ recoveryCodes: string[] }>('POST', '/auth/2fa/confirm', { code }),
  disableTwoFactor: (password: string, code: string) =>
    requestApi<void>('POST', '/auth/2fa/disable', { password, code }),
  listTokens: () => requestApi<TokenInfo[]>('GET', '/tokens'),
  createToken: (name: string, scopes: TokenScope[], expiresInDays: number) =>
    requestApi<TokenInfo & { token: string }>('POST', '/tokens', { name, scopes, expiresInDays }),
  revokeToken: (id: string) => requestApi<void>('DELETE', `/tokens/${id}`),
};

/** "2 Dec 2026, 16:40" in the page's language. */
export const formatWhen = (iso: string | null, translator: Translator) =>
  iso ? translator.date(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : translator.t('web-account.never');
