import * as p from '@clack/prompts';
import type { Translator } from '../../core/i18n/translator';
import type { CarePlace } from '../../core/messages/care-words';
import type { Situation } from '../../core/situation';
import type { Region } from '../../core/vocabulary';
import { renderRelief } from '../terminal/relief-screen';
import type { Style } from '../terminal/style';
import { rememberAnswers, runQuestionnaire } from './questionnaire';
import { readMemory, writeMemory } from './settings';

/**
 * The situation as `knead check` asks it: the red-flag screen first, the relief stretch as soon as the red flags
 * are clear (a cramp happening now), only the questions that can still change the verdict, and age and history
 * remembered between runs. With `region` (a therapist's plan) the body-map question is skipped.
 */
export async function askSituation(options: {
  style: Style;
  age?: number | undefined;
  region?: Region;
  /** The run's language (cli + the assessment's namespaces); today's English when left out. */
  translator?: Translator;
  place?: CarePlace;
}): Promise<Situation> {
  // Loaded here: the questionnaire pulls in the engine.
  const { toAssessable } = await import('../../core/questionnaire/answers');
  const remembered = await readMemory();
  const showRelief = (relief: Parameters<typeof renderRelief>[0]) =>
    process.stdout.write(`${renderRelief(relief, options.style, options.translator).join('\n')}\n`);
  const memory = options.age === undefined ? remembered : { ...remembered, age: options.age };
  const state = await runQuestionnaire(memory, showRelief, options.translator, options.place, options.region);
  // Not remembering only means asking again next time: never lose the verdict over it.
  await writeMemory(rememberAnswers(state)).catch(() =>
    p.log.warn(options.translator?.t('cli.check.not-remembered') ?? 'Could not remember your answers.'),
  );
  const situation = toAssessable(state.answers, state.memory);
  if (!situation) throw new Error('the questionnaire ended without a region');
  return situation;
}
