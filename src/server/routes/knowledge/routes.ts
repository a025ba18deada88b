import { KNOWLEDGE_BASE } from '../../../core/knowledge/index';
import { searchKnowledge } from '../../../core/search/search';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { SearchQuerySchema, SearchResultSchema } from './schema';

// The knowledge base never changes while the process runs: serialise it once.
const KNOWLEDGE_JSON = JSON.stringify(KNOWLEDGE_BASE);

/** GET /knowledge and GET /knowledge/search (public). */
export function registerKnowledgeRoutes(app: ZodApp): void {
  app.get('/knowledge', {
    schema: { tags: ['knowledge'], summary: 'The whole knowledge base, every entry with its source' },
    handler: async (_request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(KNOWLEDGE_JSON),
  });
  app.get('/knowledge/search', {
    schema: {
      tags: ['knowledge'],
      summary: 'Search the knowledge base ("how long should a cramp last?")',
      querystring: SearchQuerySchema,
      response: { 200: SearchResultSchema, 400: ProblemSchema },
    },
    handler: (request) => searchKnowledge(request.query.q, { limit: request.query.limit }),
  });
}
