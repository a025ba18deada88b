import type { Assessment } from '../assessment';

/** Phrases that advise massaging (test support: the "one voice" invariant of docs/safety/rules.md). */
const RECOMMENDS_MASSAGE =
  /(stretching and (light )?massag\w*|massag\w* (can|may|helps?|will|eases?)\b|\b(gentle|light|try|start)\s+(\w+\s)?massag\w*|(?<!(not|never|n't|you|to|stop) )\bmassage (it|the muscle|gently)\b)/i;

/** Whether a text advises massaging. @example recommendsMassage('Do not massage it.') // false */
export function recommendsMassage(text: string): boolean {
  return RECOMMENDS_MASSAGE.test(text);
}

/** Every statement an assessment shows the person: reasons, the expected course, when to worry, what to avoid. */
export function statementsOf(assessment: Assessment): string[] {
  return [
    ...assessment.reasons.map((r) => r.text),
    assessment.expectedDuration.text,
    ...assessment.worryIf.map((w) => w.text),
    ...assessment.avoid.map((a) => a.text),
  ];
}
