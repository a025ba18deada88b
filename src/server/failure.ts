import { causeChain } from '../store/data-errors';

/** What a log line may say about an unexpected error: classes and codes only, never a message, query or parameter. */
export interface FailureSummary {
  /** Constructor names along the cause chain, outermost first (e.g. DrizzleQueryError < DatabaseError). */
  type: string;
  /** The first code in the chain: a SQLSTATE (23505), a Node errno (ECONNREFUSED) or a Fastify code. */
  code?: string;
}

/** Codes are short identifiers; anything else (a driver that puts text in `code`) is left out. */
const SAFE_CODE = /^[A-Za-z0-9_]{1,40}$/;

export function summariseFailure(error: unknown): FailureSummary {
  const chain = causeChain(error);
  const type = chain.map((link) => link.constructor?.name || 'Object').join(' < ') || typeof error;
  const code = chain
    .map((link) => (link as { code?: unknown }).code)
    .find((value): value is string => typeof value === 'string' && SAFE_CODE.test(value));
  return code ? { type, code } : { type };
}
