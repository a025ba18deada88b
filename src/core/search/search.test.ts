import { describe, expect, it } from 'vitest';
import { TOPICS as TOPIC_IDS } from '../vocabulary';
import { buildKnowledgeIndex, searchKnowledge } from './search';

describe('searchKnowledge', () => {
  it('returns nothing for an empty, blank or stop-word-only query', () => {
    expect(searchKnowledge('')).toEqual([]);
    expect(searchKnowledge('   \n')).toEqual([]);
    expect(searchKnowledge('the and of')).toEqual([]);
  });

  it('answers the design example with the duration topic first', () => {
    const [first] = searchKnowledge('how long should a cramp last?');
    expect(first?.topic).toBe('duration');
    expect(first?.title).toBe('How long a spasm should last');
    expect(first?.snippet).toMatch(/several minutes/);
  });

  it('finds answers through synonyms the knowledge never uses', () => {
    expect(searchKnowledge('charley horse in my leg, what causes it')[0]?.topic).toBe('causes');
    expect(searchKnowledge('should I call my GP')[0]?.topic).toBe('warning-signs');
    expect(searchKnowledge('are my meds to blame')[0]?.topic).toBe('medications');
  });

  it('tolerates a typo in a long word', () => {
    expect(searchKnowledge('dehidration cramps').map((r) => r.topic)).toEqual(
      expect.arrayContaining(['nutrition-hydration']),
    );
  });

  it('ranks best first with valid topics, at most `limit` results, and snippets of about 200 characters', () => {
    const results = searchKnowledge('massage cramp pain heat stretch doctor', { limit: 7 });
    expect(results).toHaveLength(7);
    for (const result of results) {
      expect(TOPIC_IDS).toContain(result.topic);
      expect(result.snippet.length).toBeGreaterThan(0);
      expect(result.snippet.length).toBeLessThanOrEqual(200);
    }
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(searchKnowledge('cramp', { limit: 0 })).toEqual([]);
  });

  it('gives JSON-ready results', () => {
    const results = searchKnowledge('ice');
    expect(JSON.parse(JSON.stringify(results))).toStrictEqual(results);
  });

  it('handles very long input without failing', () => {
    expect(() => searchKnowledge('cramp '.repeat(10_000))).not.toThrow();
  });
});

describe('buildKnowledgeIndex', () => {
  it('indexes one document per topic and the terms of every item', () => {
    const index = buildKnowledgeIndex();
    expect(index.topics.documentCount).toBe(TOPIC_IDS.length);
    expect([...index.items.values()].flat().length).toBeGreaterThan(100);
  });
});
