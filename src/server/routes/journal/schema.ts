import { z } from 'zod';
import { DaySchema, IdSchema, InstantSchema } from '../../../core/journal';

/** A range bound: an ISO date-time with offset, or a whole day (YYYY-MM-DD). */
export const BoundSchema = z.union([InstantSchema, DaySchema]);

export const ListQuerySchema = z.strictObject({
  from: BoundSchema.optional(),
  to: BoundSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(500).optional(),
});

export const IdParamsSchema = z.strictObject({ id: IdSchema });

export const Stamps = { createdAt: InstantSchema, updatedAt: InstantSchema };

/** `{ items, nextCursor }`, newest first. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details (application/problem+json)');

/** 204 responses carry no body. */
export const NoContent = z.null().describe('No Content');
