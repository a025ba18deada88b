import type { FastifyReply, FastifyRequest } from 'fastify';
import { SOURCE_LOCALE } from '../../../core/i18n/locales';
import { rewordEscalationAlert } from '../../../core/insights/alert-words';
import type { Insights } from '../../../core/insights/index';
import { requestLanguage, translatorFor } from '../../request-language';

/**
 * Insights in the reader's language (Accept-Language; Content-Language names it): the escalation alerts worded from
 * their facts. A request that asks for no language gets today's en-GB answer with no Content-Language.
 */
export async function insightsInReadersLanguage(
  insights: Insights,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Insights> {
  const language = requestLanguage(request);
  if (language.isDefault) return insights;
  reply.header('content-language', language.locale).header('vary', 'accept-language');
  if (language.locale === SOURCE_LOCALE || insights.alerts.length === 0) return insights;
  const t = await translatorFor(language.locale);
  return { ...insights, alerts: insights.alerts.map((alert) => rewordEscalationAlert(alert, t)) };
}
