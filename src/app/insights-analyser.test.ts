import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { packJournal } from '../core/insights/index';
import { journalArbitraries } from '../core/insights/journal-arbitraries.test-support';
import { analysePacked, createWorkerAnalyser } from './insights-analyser';

const { episode, checkin } = journalArbitraries({ days: 40, offsets: ['Z', '+05:30', '-08:00'] });

describe('the worker analyser', () => {
  const worker = createWorkerAnalyser({ minChars: 0 }); // every journal goes to the worker
  afterAll(() => worker.close());

  it('answers what the in-process analysis answers, for any journal and range', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(episode, { maxLength: 60 }),
        fc.array(checkin, { maxLength: 30 }),
        fc.record(
          { from: fc.constantFrom('2025-01-03', '2025-01-20'), to: fc.constant('2025-02-05') },
          { requiredKeys: [] },
        ),
        async (episodes, checkins, range) => {
          const packed = packJournal({ episodes, checkins, sessions: [] }, 7);
          expect(await worker.analyse(packed, range)).toEqual(analysePacked(packed, range));
        },
      ),
      { numRuns: 20, seed: 29 },
    );
  }, 60_000);

  it('rejects with the analysis error and keeps answering the next request', async () => {
    const bad = { dayPages: ['not;a;packed;day'], checkinPages: [], sessionPages: [] };
    await expect(worker.analyse(bad, {})).rejects.toThrow(
      /insights analysis failed: a packed day has 17 fields, this one 4/,
    );
    const empty = { dayPages: [], checkinPages: [], sessionPages: [] };
    expect((await worker.analyse(empty, {})).totals.episodes).toBe(0);
  }, 30_000);

  it('keeps a small journal in-process: no worker for it', async () => {
    const local = createWorkerAnalyser({ minChars: 1_000_000 });
    const packed = {
      dayPages: ['2025-01-02;1;12:1;4:1;calf:1;0,1,0,0;;stretch:6:2:1;1;0;1;1;12;1;0;;'],
      checkinPages: [],
      sessionPages: [],
    };
    expect((await local.analyse(packed, {})).totals.episodes).toBe(1);
    await local.close();
  });
});
