import { describe, expect, it } from 'vitest';
import { SOURCES } from '../sources';
import { CARE_LEVELS, EPISODE_TYPES, TOPICS as TOPIC_IDS } from '../vocabulary';
import { AGGRAVATORS, CAUSES, DURATION_PATTERNS, findTopic, KNOWLEDGE_BASE, TOPICS, WARNING_SIGNS } from './index';
import type { SituationMatcher } from './types';

function isEmptyMatcher(matcher: SituationMatcher): boolean {
  return Object.values(matcher).every((ids) => ids === undefined || ids.length === 0);
}

/** Every object in the knowledge base that carries a `source`. */
function collectSourced(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const element of value) collectSourced(element, found);
  else if (value && typeof value === 'object') {
    if ('source' in value) found.push(value as Record<string, unknown>);
    for (const field of Object.values(value)) collectSourced(field, found);
  }
  return found;
}

describe('knowledge topics', () => {
  it('has exactly one topic per DESIGN.md topic id', () => {
    expect(TOPICS.map((topic) => topic.id).sort()).toEqual([...TOPIC_IDS].sort());
  });

  it.each(TOPICS.map((topic) => [topic.id, topic] as const))(
    '%s has a title, summary, keywords and items',
    (_, topic) => {
      expect(topic.title.length).toBeGreaterThan(3);
      expect(topic.summary.length).toBeGreaterThan(40);
      expect(topic.keywords.length).toBeGreaterThan(3);
      expect(topic.items.length).toBeGreaterThan(1);
      for (const item of topic.items) {
        expect(item.title.trim()).not.toBe('');
        expect(item.text.length).toBeGreaterThan(20);
        expect(Object.keys(SOURCES)).toContain(item.source);
      }
    },
  );

  it('gives every item a unique id', () => {
    const ids = TOPICS.flatMap((topic) => topic.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds a topic by id and refuses an unknown one', () => {
    expect(findTopic('heat-cold').items.some((item) => /15-20 minutes/.test(item.text))).toBe(true);
    expect(() => findTopic('nope' as never)).toThrow(/nope/);
  });
});

describe('KNOWLEDGE_BASE', () => {
  it('is plain JSON: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(KNOWLEDGE_BASE))).toStrictEqual(KNOWLEDGE_BASE);
  });

  it('resolves every source id to its citation text', () => {
    const sourced = collectSourced(KNOWLEDGE_BASE);
    expect(sourced.length).toBeGreaterThan(150);
    for (const entry of sourced) {
      expect(entry.citation).toBe(SOURCES[entry.source as keyof typeof SOURCES]);
    }
  });

  it('holds every section DESIGN.md asks `knead knowledge --json` to print', () => {
    expect(KNOWLEDGE_BASE.causes).toHaveLength(9);
    expect(KNOWLEDGE_BASE.aggravators).toHaveLength(8);
    expect(KNOWLEDGE_BASE.durationPatterns).toHaveLength(5);
    expect(KNOWLEDGE_BASE.techniques.length).toBeGreaterThanOrEqual(6);
    expect(KNOWLEDGE_BASE.regions).toHaveLength(18);
    expect(KNOWLEDGE_BASE.frequencyGuidelines).toHaveLength(4);
    expect(KNOWLEDGE_BASE.benefits.length).toBeGreaterThanOrEqual(7);
    expect(KNOWLEDGE_BASE.warningSigns.length).toBeGreaterThanOrEqual(15);
    expect(KNOWLEDGE_BASE.sources.map((s) => s.id).sort()).toEqual(Object.keys(SOURCES).sort());
  });
});

describe('causes', () => {
  it('lists the 8 causes of the article plus nutrient deficiency, each with matchers that can fire', () => {
    expect(CAUSES.map((cause) => cause.id)).toContain('cause-nutrient-deficiency');
    for (const cause of CAUSES) {
      expect(cause.weight).toBeGreaterThan(0);
      expect(cause.indicators.length).toBeGreaterThan(0);
      for (const indicator of cause.indicators) {
        expect(isEmptyMatcher(indicator.when), cause.id).toBe(false);
        expect(indicator.why.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('aggravators', () => {
  it('applies each aggravator always or through a matcher that can fire', () => {
    for (const aggravator of AGGRAVATORS) {
      const hasMatcher = aggravator.when !== undefined && !isEmptyMatcher(aggravator.when);
      expect(aggravator.always === true || hasMatcher, aggravator.id).toBe(true);
      expect(aggravator.advice.length).toBeGreaterThan(10);
    }
  });
});

describe('duration patterns', () => {
  it('covers every episode type exactly once, each with cited warnings', () => {
    const general = DURATION_PATTERNS.filter((pattern) => pattern.presentation === undefined);
    expect(general.map((pattern) => pattern.episodeType).sort()).toEqual([...EPISODE_TYPES].sort());
    expect(DURATION_PATTERNS.filter((pattern) => pattern.presentation === 'tightness')).toHaveLength(1);
    for (const pattern of DURATION_PATTERNS) {
      expect(pattern.worryIf.length).toBeGreaterThan(0);
      for (const worry of pattern.worryIf) expect(Object.keys(SOURCES)).toContain(worry.source);
    }
  });
});

describe('warning signs', () => {
  // The engine cross-check (warning-signs-engine.test.ts) pins each sign's care level to the rules.
  it('never names self-care as a warning', () => {
    for (const sign of WARNING_SIGNS) expect(sign.care, sign.id).not.toBe('self_care');
  });

  it('is ordered most urgent first', () => {
    const ranks = WARNING_SIGNS.map((sign) => CARE_LEVELS.indexOf(sign.care));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
