import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../core/assessment';
import { runKnead } from '../run-cli';

describe('knead assess --json', () => {
  it('prints a valid Assessment for a valid Situation, exit 0', () => {
    const { status, stdout, stderr } = runKnead(
      ['assess', '--json'],
      '{"region":"calf","ongoing":true,"durationMinutes":3}',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const assessment = AssessmentSchema.parse(JSON.parse(stdout));
    expect(assessment.care).toBe('self_care');
    expect(assessment.plan?.steps.length).toBeGreaterThan(3);
  });

  it.each([
    ['missing region', '{}', [/^region: required; one of neck, .*jaw$/]],
    ['unknown id', '{"region":"elbow"}', [/^region: "elbow" is not allowed; one of neck, /]],
    ['unknown key', '{"region":"calf","mood":"bad"}', [/^mood: unknown field; allowed fields: region, side, /]],
    [
      'out of range',
      '{"region":"calf","intensity":11,"durationMinutes":-1}',
      [/^durationMinutes: must be at least 0 \(got -1\)$/, /^intensity: must be at most 10 \(got 11\)$/],
    ],
    ['wrong type', '{"region":"calf","signs":"fever"}', [/^signs: expected an array, got "fever"$/]],
    ['not JSON', '{region: calf}', [/^input: not valid JSON \(/]],
    ['not an object', '[1,2]', [/^input: expected an object, got a list$/]],
    ['empty input', '', [/^input: empty; expected a JSON object/]],
  ] as const)('%s: exit 2, one line per problem naming the field, nothing on stdout', (_name, input, expected) => {
    const { status, stdout, stderr } = runKnead(['assess', '--json'], input);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(expected.length);
    for (const [i, pattern] of expected.entries()) expect(lines[i]).toMatch(pattern);
    expect(stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('reads --input FILE and reports an unreadable file plainly', () => {
    const missing = runKnead(['assess', '--json', '--input', '/nonexistent/situation.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('--input: cannot read /nonexistent/situation.json (ENOENT)');
  });

  it('prints a readable verdict within 80 columns without --json', () => {
    const { status, stdout } = runKnead(['assess'], '{"region":"calf","signs":["chest-pain"]}');
    expect(status).toBe(0);
    expect(stdout).toMatch(/CALL AN AMBULANCE NOW/);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
