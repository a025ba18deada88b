import { z } from 'zod';
import { KnowledgeLanguageQuery } from './language';

export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  ...KnowledgeLanguageQuery,
});

export const KnowledgeQuerySchema = z.strictObject(KnowledgeLanguageQuery);

export const SearchResultSchema = z.array(
  z.object({ topic: z.string(), title: z.string(), score: z.number(), snippet: z.string() }),
);
