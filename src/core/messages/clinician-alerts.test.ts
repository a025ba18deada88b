import { describe, expect, it } from 'vitest';
import { findEscalationAlerts } from '../insights/alerts';
import type { InsightsEpisode } from '../insights/records';
import { findJournalAlertFindings } from '../insights/summarise-journal';
import { describeAlertForClinician } from './clinician-alerts';

function episode(day: string, extra: Partial<InsightsEpisode> = {}): InsightsEpisode {
  return { startedAt: `${day}T03:00:00Z`, region: 'calf', context: [], actions: [], ...extra } as InsightsEpisode;
}

const journal = {
  episodes: [
    episode('2026-11-02', { durationMinutes: 4 }),
    episode('2026-11-05', { durationMinutes: 14 }),
    episode('2026-11-12', { durationMinutes: 22.5 }),
    episode('2026-11-20', { actions: ['stretch'], painBefore: 4, painAfter: 6 }),
    episode('2026-11-21', { region: 'neck', durationMinutes: 90 }),
  ],
  checkins: [],
  sessions: [],
};
const range = { from: '2026-01-01', to: '2026-11-30' };

describe('describeAlertForClinician', () => {
  const findings = findJournalAlertFindings(journal, range);
  const texts = findings.map((finding) => describeAlertForClinician(finding));

  it('words each finding in the third person, with its counts', () => {
    expect(findings.map((finding) => finding.id)).toEqual(['worse-after-massage', 'long-episodes', 'more-frequent']);
    expect(texts[0]?.text).toBe('Pain got worse with massage in 1 of 1 massaged episode.');
    expect(texts[1]?.text).toBe(
      '2 of 4 leg cramp episodes lasted longer than 10 minutes (longest 22.5 min, latest on 2026-11-12).',
    );
    expect(texts[2]?.text).toBe(
      'Episodes are more frequent: 4 in the last 28 days of the period against 1 in the 28 days before.',
    );
    for (const { text, guidance } of texts) {
      expect(`${text} ${guidance}`).not.toMatch(/\b(you|your|them)\b/i);
      expect(`${text} ${guidance}`).not.toMatch(/this journal/i);
    }
  });

  it('leaves the words the app shows the person as they were', () => {
    const dated = journal.episodes.map((e) => ({ episode: e, day: e.startedAt.slice(0, 10), dayNumber: 0 }));
    const alerts = findEscalationAlerts(dated, [], 0);
    expect(alerts.find((alert) => alert.id === 'long-episodes')).toMatchObject({
      text: 'Some of your leg cramps lasted longer than 10 minutes.',
      evidence: '2 leg episodes longer than 10 minutes, the latest on 2026-11-12.',
    });
  });
});
