import { describe, expect, it } from 'vitest';
import { buildEpisodeFixture } from '../../core/interop/journal-fixtures';
import type { Episode } from '../../core/journal';
import { renderReportHtml } from './render-html';
import { buildReportModel } from './report-model';

const EPISODES = 200_000;
const START = Date.UTC(2020, 0, 1);

function buildLargeJournal(): Episode[] {
  const episodes: Episode[] = [];
  for (let i = 0; i < EPISODES; i++) {
    episodes.push(
      buildEpisodeFixture({
        id: `01950000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        startedAt: new Date(START + i * 7_200_000).toISOString(),
        durationMinutes: 1 + (i % 30),
        intensity: 1 + (i % 10),
      }),
    );
  }
  return episodes;
}

describe('clinician report at journal scale', () => {
  // The report once answered 500 from ~123k episodes: the intensity trend spread every rated day into Math.max.
  it('builds and renders a report over 200,000 episodes', () => {
    const model = buildReportModel({
      episodes: buildLargeJournal(),
      checkins: [],
      sessions: [],
      from: '2020-01-01',
      to: '2065-12-31',
      generatedAt: '2066-01-01T00:00:00Z',
      maxTableRows: 10,
    });
    expect(model.summary.episodes).toBe(EPISODES);
    expect(model.summary.medianIntensity).toBe(5.5);
    const html = renderReportHtml(model);
    expect(html).toContain('<svg');
  }, 60_000);
});
