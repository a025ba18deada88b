import { KNOWLEDGE_BASE, knowledgeBaseIn } from '../../../core/knowledge/index';
import { searchKnowledge, searchKnowledgeIn } from '../../../core/search/search';
import type { ZodApp } from '../../types';
import { ProblemSchema } from '../journal/schema';
import { knowledgeLanguage, knowledgeTranslator, setLanguageHeaders } from './language';
import { KnowledgeQuerySchema, SearchQuerySchema, SearchResultSchema } from './schema';

// The knowledge base never changes while the process runs: serialise it once per language and country.
const KNOWLEDGE_JSON = JSON.stringify(KNOWLEDGE_BASE);
const localisedJson = new Map<string, string>();

/** GET /knowledge and GET /knowledge/search (public), in the language of `?lang=` or `Accept-Language`. */
export function registerKnowledgeRoutes(app: ZodApp): void {
  app.get('/knowledge', {
    schema: {
      tags: ['knowledge'],
      summary: 'The whole knowledge base, every entry with its source',
      querystring: KnowledgeQuerySchema,
    },
    handler: async (request, reply) => {
      const language = knowledgeLanguage(request, request.query);
      reply.type('application/json; charset=utf-8').header('cache-control', 'public, max-age=3600');
      if (language.isDefault) return reply.send(KNOWLEDGE_JSON);
      const key = `${language.locale} ${language.country}`;
      let json = localisedJson.get(key);
      if (json === undefined) {
        const t = await knowledgeTranslator(language.locale);
        json = JSON.stringify(knowledgeBaseIn(t, { country: language.country }));
        localisedJson.set(key, json);
      }
      setLanguageHeaders(reply, language.locale);
      return reply.send(json);
    },
  });
  app.get('/knowledge/search', {
    schema: {
      tags: ['knowledge'],
      summary: 'Search the knowledge base ("how long should a cramp last?", "¿cuánto dura un calambre?")',
      querystring: SearchQuerySchema,
      response: { 200: SearchResultSchema, 400: ProblemSchema },
    },
    handler: async (request, reply) => {
      const language = knowledgeLanguage(request, request.query);
      const options = { limit: request.query.limit };
      if (language.isDefault) return searchKnowledge(request.query.q, options);
      setLanguageHeaders(reply, language.locale);
      return searchKnowledgeIn(await knowledgeTranslator(language.locale), request.query.q, options);
    },
  });
}
