import type { CitedText } from '../assessment';
import type { Translator } from '../i18n/translator';
import { citeSource } from '../sources';

/** What to do when the pain got worse during a session: the article's monitoring rule. */
export interface WorseAdvice {
  /** The one heading of the screen. */
  heading: string;
  /** What to do now, in one short sentence. */
  instruction: string;
  /** The article's rule behind it, cited. */
  text: string;
  source: string;
  /** When to get medical help, each with its source. */
  whenToGetHelp: readonly CitedText[];
}

/** Shown when the person presses "it's getting worse": stop, and seek medical advice. */
export const WORSE_ADVICE: WorseAdvice = {
  heading: 'Stop the massage now',
  instruction: 'Rest the muscle, and do not massage it again until you have had medical advice.',
  text: 'If the pain intensifies or the spasm worsens during a massage, discontinue the massage and seek medical advice.',
  source: citeSource('article:how-to-massage'),
  whenToGetHelp: [
    {
      text: 'Call an ambulance now for chest pain, difficulty breathing or confusion.',
      source: citeSource('clinical:emergency-signs'),
    },
    {
      text: 'Get medical help now if spasms spread to several muscle groups, or come with tingling around the mouth or hands and feet cramping into a claw shape.',
      source: citeSource('clinical:hypocalcaemia'),
    },
    {
      text: 'Get medical advice today if the cramp has lasted longer than 10 minutes; go to emergency care if it goes on for an hour.',
      source: citeSource('nhs:leg-cramps'),
    },
    {
      text: 'Get urgent help the same day for a swollen, warm, red or darkened leg, new weakness or numbness.',
      source: citeSource('nhs:dvt'),
    },
    {
      text: 'See a doctor if the spasm persists or keeps coming back despite regular self-care.',
      source: citeSource('article:frequency'),
    },
  ],
};

/** WORSE_ADVICE in the translator's language (`plan` namespace loaded); sources stay as they are. */
export function worseAdviceIn(t: Translator): WorseAdvice {
  return {
    heading: t.t('plan.worse.heading'),
    instruction: t.t('plan.worse.instruction'),
    text: t.t('plan.worse.text'),
    source: WORSE_ADVICE.source,
    whenToGetHelp: WORSE_ADVICE.whenToGetHelp.map((item, index) => ({
      text: t.t(`plan.worse.when.${index}`),
      source: item.source,
    })),
  };
}
