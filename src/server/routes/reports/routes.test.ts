import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpisodeFixture } from '../../../core/interop/journal-fixtures';
import { buildTestServer } from '../../../test-support/server-fixture';

const episode = buildEpisodeFixture({ startedAt: '2026-03-01T02:10:00+01:00' });

describe('report, export, import and calendar routes (local mode)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer('local');
    const created = await app.inject({ method: 'POST', url: '/api/v1/episodes', payload: episode });
    expect(created.statusCode).toBe(201);
  });

  it('serves the report as a PDF and as printable HTML with a CSP that allows only its style', async () => {
    const pdf = await app.inject({ url: '/api/v1/report.pdf?from=2026-02-01&to=2026-03-31' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const html = await app.inject({ url: '/api/v1/report.html?from=2026-02-01&to=2026-03-31' });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Episodes (1)');
    expect(html.headers['content-security-policy']).toMatch(/style-src 'sha256-/);
  });

  it('answers a bad range with problem+json naming the field', async () => {
    const response = await app.inject({ url: '/api/v1/report.pdf?from=2026-04-01&to=2026-03-01' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors[0].path).toBe('from');
    expect((await app.inject({ url: '/api/v1/report.pdf?from=yesterday' })).statusCode).toBe(400);
  });

  it('exports CSV and FHIR through GET /export', async () => {
    const csv = await app.inject({ url: '/api/v1/export?format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows: Record<string, string>[] = parse(csv.body, { columns: true });
    expect(rows.map((row) => row.id)).toEqual([episode.id]);
    const fhir = await app.inject({ url: '/api/v1/export?format=fhir' });
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    expect(fhir.json()).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  });

  it('previews a CSV import without writing, and rejects a malformed file without changing anything', async () => {
    const good = '01950000-0000-7000-8000-0000000000b1,2026-03-05T08:00:00Z,foot';
    const text = `id,startedAt,region\n${good}\nnot-a-uuid,2026-03-06T08:00:00Z,elbow\n`;
    const preview = await app.inject({
      method: 'POST',
      url: '/api/v1/import/csv?dryRun=true',
      headers: { 'content-type': 'text/csv' },
      payload: text,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().valid).toBe(1);
    expect(
      preview
        .json()
        .errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`)
        .sort(),
    ).toEqual(['3:id', '3:region']);
    const rejected = await app.inject({
      method: 'POST',
      url: '/api/v1/import/csv',
      headers: { 'content-type': 'text/csv' },
      payload: text,
    });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().errors[0].path).toMatch(/^line 3: /);
    const list = await app.inject({ url: '/api/v1/episodes' });
    expect(list.json().items).toHaveLength(1);
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/v1/import/csv',
      headers: { 'content-type': 'text/csv' },
      payload: `id,startedAt,region\n${good}\n`,
    });
    expect(accepted.json()).toEqual({ imported: { episodes: 1, checkins: 0, sessions: 0, existing: 0 } });
  });

  it('builds the schedule calendar from a situation in the query or the body', async () => {
    const situation = JSON.stringify({ region: 'calf', intensity: 3 });
    const byQuery = await app.inject({
      url: `/api/v1/schedule.ics?situation=${encodeURIComponent(situation)}&timeZone=Europe/Paris&start=2026-03-01`,
    });
    expect(byQuery.statusCode).toBe(200);
    expect(byQuery.headers['content-type']).toContain('text/calendar');
    const root = new ICAL.Component(ICAL.parse(byQuery.body));
    expect(root.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    const byBody = await app.inject({
      method: 'POST',
      url: '/api/v1/schedule.ics',
      payload: { situation: { region: 'neck' } },
    });
    expect(byBody.statusCode).toBe(200);
    const bad = await app.inject({ url: '/api/v1/schedule.ics?region=elbow' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('region');
    const emergency = await app.inject({
      method: 'POST',
      url: '/api/v1/schedule.ics',
      payload: { situation: { region: 'calf', signs: ['chest-pain'] } },
    });
    expect(emergency.statusCode).toBe(422);
  });

  it('has no share links in local mode', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/shares', payload: {} })).statusCode).toBe(404);
  });
});
