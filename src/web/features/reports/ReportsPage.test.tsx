import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toDay } from './csv-upload';
import { ReportsPage } from './ReportsPage';

describe('ReportsPage', () => {
  it('offers the PDF and printable report for the last 90 days, every export and the CSV import', () => {
    const html = renderToString(<ReportsPage />);
    const to = toDay(new Date());
    expect(html).toContain(`/api/v1/report.pdf?from=`);
    expect(html).toContain(`to=${to}`);
    expect(html).toContain('/api/v1/report.html?');
    for (const format of ['csv', 'fhir', 'json']) expect(html).toContain(`/api/v1/export?format=${format}`);
    expect(html).toContain('Import episodes from CSV');
    // Without an account (local mode) the page suggests the PDF instead of share links.
    expect(html).toContain('download the PDF');
  });
});

describe('buildScheduleIcsUrl', () => {
  it('puts the situation and time zone in the query the API reads', async () => {
    const { buildScheduleIcsUrl } = await import('./ScheduleDownloadLink');
    const url = new URL(buildScheduleIcsUrl({ region: 'calf', intensity: 3 }, 'Europe/Paris'), 'http://x');
    expect(url.pathname).toBe('/api/v1/schedule.ics');
    expect(JSON.parse(url.searchParams.get('situation') ?? '')).toEqual({ region: 'calf', intensity: 3 });
    expect(url.searchParams.get('timeZone')).toBe('Europe/Paris');
  });
});
