import { describe, expect, it } from 'vitest';
import { buildAssessmentFixture, buildEpisodeFixture } from '../../core/interop/journal-fixtures';
import { escapeHtml, renderReportHtml } from './render-html';
import { buildReportModel } from './report-model';

describe('renderReportHtml', () => {
  const model = buildReportModel({
    episodes: [
      buildEpisodeFixture({
        notes: '<script>alert(1)</script>',
        context: ['night'],
        assessment: buildAssessmentFixture(),
      }),
    ],
    checkins: [],
    sessions: [],
    from: '2026-02-01',
    to: '2026-03-31',
    generatedAt: '2026-04-01T08:00:00Z',
  });
  const html = renderReportHtml(model);

  it('is a self-contained page with every report section and a print stylesheet', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const heading of [
      'Summary',
      'Trends',
      'Alerts raised',
      'Safety assessments',
      'Response to massage and self-care, by technique',
      'Possible triggers',
      'Episodes (1)',
    ]) {
      expect(html).toContain(`<h2>${heading}`);
    }
    expect(html).toContain('@media print');
    expect(html).toContain('<svg');
    expect(html).toContain('Source: Mayo Clinic');
    expect(html).toContain(model.disclaimer);
    expect(html).not.toContain('<script>');
  });

  it('says where the charts start when the period began long before the first episode, and names no patient', () => {
    expect(html).toContain(
      'The first episode of the period was on 2026-03-01, none from 2026-02-01 until then: the charts start at its week (2026-02-23).',
    );
    expect(html).not.toContain('Patient:');
  });

  it('escapes text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
