import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../core/vocabulary';
import { runKnead } from '../run-cli';

describe('knead search', () => {
  it('--json prints [{ topic, title, score, snippet }] best first', () => {
    const { status, stdout } = runKnead(['search', 'how long should a cramp last?', '--json']);
    expect(status).toBe(0);
    const results = JSON.parse(stdout) as { topic: string; title: string; score: number; snippet: string }[];
    expect(results[0]?.topic).toBe('duration');
    for (const r of results) {
      expect(TOPICS).toContain(r.topic);
      expect(Object.keys(r).sort()).toEqual(['score', 'snippet', 'title', 'topic']);
    }
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('rejects a bad --limit naming the option', () => {
    const { status, stdout, stderr } = runKnead(['search', 'ice', '--limit', 'lots']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('--limit: must be a whole number from 1 to 50 (got "lots")');
  });
});

describe('knead knowledge', () => {
  it('--json prints every topic and section, every item with a readable source', () => {
    const { status, stdout } = runKnead(['knowledge', '--json']);
    expect(status).toBe(0);
    const kb = JSON.parse(stdout) as { topics: { id: string; items: { source: string; citation: string }[] }[] };
    expect(kb.topics.map((t) => t.id).sort()).toEqual([...TOPICS].sort());
    for (const topic of kb.topics) {
      for (const item of topic.items) {
        expect(item.source).toMatch(/^[a-z]+:[a-z0-9-]+$/);
        expect(item.citation).toMatch(/^(Article|NHS|NICE|Mayo|MedlinePlus|Merck|Clinical|Knead)/);
      }
    }
    expect(Object.keys(kb)).toEqual(expect.arrayContaining(['causes', 'aggravators', 'techniques', 'warningSigns']));
  });

  it('rejects an unknown topic and lists the topics', () => {
    const { status, stderr } = runKnead(['knowledge', '--topic', 'gout']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^--topic: unknown topic "gout"; one of causes, aggravators, /);
  });
});
