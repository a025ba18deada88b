import { createHash } from 'node:crypto';
import type { FastifyReply, onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../app/errors';
import type { Knead } from '../../../app/knead';
import { REPORT_STYLE } from '../../../app/report/render-html';
import { loadReportTranslator } from '../../../app/report/report-words';
import { negotiateLocale, parseAcceptLanguage } from '../../../core/i18n/locales';
import { DayRangeSchema } from '../../../core/journal';
import type { ZodApp } from '../../types';
import { IMPORT_BODY_LIMIT } from '../backup/routes';
import { ProblemSchema } from '../journal/schema';

const DryRunSchema = z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') });
const ScheduleQuerySchema = z.strictObject({
  situation: z.string().max(10_000).optional().describe('the Situation as JSON'),
  region: z.string().max(40).optional().describe('shortcut for {"region": ...}'),
  start: z.string().max(40).optional(),
  timeZone: z.string().max(64).optional(),
});
const ScheduleBodySchema = z.strictObject({
  situation: z.unknown(),
  start: z.string().max(40).optional(),
  timeZone: z.string().max(64).optional(),
});
const CsvPreviewSchema = z.object({
  valid: z.number(),
  errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
  preview: z.array(z.object({ line: z.number(), episode: z.unknown() })),
});

const ImportedSchema = z.object({
  imported: z.object({ episodes: z.number(), checkins: z.number(), sessions: z.number(), existing: z.number() }),
});

/** The report page's CSP allows exactly its own style block, by hash, and nothing inline else. */
const REPORT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(REPORT_STYLE).digest('base64')}'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; form-action 'none'`;

/** Sends the report as a PDF or printable HTML with the right headers. */
export function sendReport(
  reply: FastifyReply,
  format: 'pdf' | 'html',
  body: Buffer | string,
  name: string,
): FastifyReply {
  if (format === 'pdf') {
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).send(body);
  }
  return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).send(body);
}

function parseSituationQuery(query: z.infer<typeof ScheduleQuerySchema>): unknown {
  if (query.situation) {
    try {
      return JSON.parse(query.situation);
    } catch {
      throw new AppError('validation-failed', 400, 'situation is not JSON', [
        { path: 'situation', message: 'expected a Situation as JSON' },
      ]);
    }
  }
  if (query.region) return { region: query.region };
  throw new AppError('validation-failed', 400, 'a situation is required', [
    { path: 'situation', message: 'give situation (JSON) or region' },
  ]);
}

/** The report's and calendar's language from Accept-Language (decision 0032); en-GB when nothing matches. */
function requestLocale(headers: { 'accept-language'?: string | string[] | undefined }) {
  const header = headers['accept-language'];
  return negotiateLocale(parseAcceptLanguage(Array.isArray(header) ? header.join(',') : header));
}

function sendIcs(reply: FastifyReply, ics: string, lang = 'en-GB'): FastifyReply {
  return reply
    .type('text/calendar; charset=utf-8')
    .header('content-language', lang)
    .header('content-disposition', 'attachment; filename="knead-schedule.ics"')
    .send(ics);
}

/** GET /report.pdf, /report.html, POST /import/csv, GET|POST /schedule.ics. */
export function registerReportRoutes(app: ZodApp, knead: Knead, auth: onRequestAsyncHookHandler): void {
  const { reports } = knead;
  if (!app.hasContentTypeParser('text/csv')) {
    app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
  }
  for (const format of ['pdf', 'html'] as const) {
    app.get(`/report.${format}`, {
      onRequest: auth,
      schema: {
        tags: ['reports'],
        summary: `Clinician report for a date range (${format.toUpperCase()}); default the last 90 days`,
        querystring: DayRangeSchema,
        response: { 400: ProblemSchema, 401: ProblemSchema },
      },
      handler: async (request, reply) => {
        const userId = request.userId as string;
        const locale = requestLocale(request.headers);
        const body =
          format === 'pdf'
            ? await reports.reportPdf(userId, request.query, locale)
            : await reports.reportHtml(userId, request.query, locale);
        reply.header('content-language', locale);
        return sendReport(reply, format, body, `knead-report-${request.query.from ?? ''}-${request.query.to ?? ''}`);
      },
    });
  }
  app.post('/import/csv', {
    onRequest: auth,
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['backup'],
      summary: 'Import episodes from CSV (text/csv). dryRun=true previews; otherwise all or nothing',
      querystring: DryRunSchema,
      body: z.string().describe('RFC 4180 CSV with a header row, as GET /export?format=csv writes it'),
      response: {
        200: z.union([CsvPreviewSchema, ImportedSchema]),
        400: ProblemSchema,
        401: ProblemSchema,
        409: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      if (request.query.dryRun === 'true') return reply.send(CsvPreviewSchema.parse(reports.previewCsv(request.body)));
      return reply.send(await reports.importCsv(request.userId as string, request.body));
    },
  });
  app.get('/schedule.ics', {
    schema: {
      tags: ['reports'],
      summary: "The situation's self-care schedule as an iCalendar file (RFC 5545)",
      querystring: ScheduleQuerySchema,
      response: { 400: ProblemSchema, 422: ProblemSchema },
    },
    handler: async (request, reply) => {
      const { start, timeZone } = request.query;
      const locale = requestLocale(request.headers);
      const translator = await loadReportTranslator(locale);
      const ics = reports.scheduleIcs({ situation: parseSituationQuery(request.query), start, timeZone }, translator);
      return sendIcs(reply, ics, locale);
    },
  });
  app.post('/schedule.ics', {
    schema: {
      tags: ['reports'],
      summary: "The situation's self-care schedule as an iCalendar file (RFC 5545)",
      body: ScheduleBodySchema,
      response: { 400: ProblemSchema, 422: ProblemSchema },
    },
    handler: async (request, reply) => {
      const locale = requestLocale(request.headers);
      return sendIcs(reply, reports.scheduleIcs(request.body, await loadReportTranslator(locale)), locale);
    },
  });
}
