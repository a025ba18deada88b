// Questions to a verdict for the common cases of issue 9, in `knead check` (prompts) and the web app (screens).
// Run: npm run bench -- questions      (counts only: instant, no load on the machine)
import { COMMON_CASES } from '../src/core/questionnaire/common-cases';
import { walkQuestionnaire } from '../src/core/questionnaire/walk';
import { countSteps } from '../src/web/features/assess/steps';

/** `knead check` before the questionnaire model asked 13 prompts for every non-emergency case. */
const BEFORE_CLI = 13;

console.log('| case | knead check prompts (was 13) | web screens |');
console.log('|---|---|---|');
for (const { name, person, memory } of COMMON_CASES) {
  const { asked } = walkQuestionnaire(person, memory);
  console.log(`| ${name} | ${asked.length} | ${countSteps(asked)} |`);
  if (!name.startsWith('emergency') && asked.length >= BEFORE_CLI) process.exitCode = 1;
}
