/**
 * Authentication events for the security log. They carry a user id or a hash of the email, never a password,
 * a token, a code or health data.
 */
export type AuthEvent =
  | { event: 'sign-up'; userId?: string; emailHash: string }
  | { event: 'sign-in'; userId: string; twoFactor: boolean }
  | { event: 'sign-in-failed'; emailHash: string; reason: 'password' | 'two-factor'; failures: number }
  | { event: 'sign-in-locked'; emailHash: string }
  | { event: 'lockout'; emailHash: string; until: string }
  | { event: 'sign-out'; userId?: string }
  | { event: 'password-changed'; userId: string; otherSessionsEnded: number }
  | { event: 'password-change-failed'; userId: string }
  | { event: 'sessions-revoked'; userId: string; count: number }
  | { event: 'token-created'; userId: string; tokenId: string; scopes: string[]; expiresAt: string | null }
  | { event: 'token-revoked'; userId: string; tokenId: string }
  | { event: 'two-factor-enabled' | 'two-factor-disabled' | 'recovery-code-used'; userId: string };

/** What a use case needs from the request: the device's user agent, and where to report events. */
export interface AuthContext {
  userAgent?: string | null | undefined;
  audit?: ((event: AuthEvent) => void) | undefined;
}
