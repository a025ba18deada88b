import {
  ageBelow,
  allOf,
  anyCondition,
  anyContext,
  anyMedication,
  anyOf,
  anySign,
  frequencyIn,
  inRegion,
  intensityAtLeast,
} from './conditions';
import type { Rule } from './rule';

/** Rules that change mostly how gently to massage, each with its caution. */
export const MASSAGE_RULES: readonly Rule[] = [
  {
    id: 'bruising',
    summary: 'bruising',
    when: anySign('bruising'),
    massage: 'gentle',
    text: 'Bruised tissue is easily hurt: keep pressure light and avoid pressing on the bruise.',
    source: 'clinical:massage-precautions',
  },
  {
    id: 'possible-pinched-nerve',
    summary: 'radiating-pain (possible pinched nerve)',
    when: anySign('radiating-pain'),
    massage: 'gentle',
    text: 'Pain that shoots along a limb can come from an irritated or pinched nerve. Loosening the muscles around it may help, but it does not fix the cause: keep any pressure light.',
    source: 'article:pinched-nerve',
  },
  {
    id: 'neck-region',
    summary: 'region neck',
    when: inRegion('neck'),
    massage: 'gentle',
    text: 'The neck holds nerves and blood vessels close to the surface: light pressure only, never on the front of the neck or over the spine.',
    source: 'clinical:massage-precautions',
  },
  {
    id: 'gentle-for-condition',
    summary:
      'fibromyalgia, multiple-sclerosis, bleeding-disorder, peripheral-artery-disease, dystonia, anticoagulant or pregnancy',
    when: anyOf(
      anyCondition('fibromyalgia', 'multiple-sclerosis', 'bleeding-disorder', 'peripheral-artery-disease', 'dystonia'),
      anyMedication('anticoagulant'),
      anyContext('pregnancy'),
    ),
    massage: 'gentle',
    text: 'With fibromyalgia, multiple sclerosis, poor circulation (peripheral artery disease), dystonia such as writer’s cramp, a bleeding disorder, blood thinners or in pregnancy, keep pressure light: firm or deep pressure can harm fragile tissue and vessels.',
    source: 'clinical:massage-precautions',
  },
  {
    id: 'recurring-hand-cramp',
    summary: 'hand or forearm with weekly or daily spasms (possible task-specific dystonia such as writer’s cramp)',
    when: allOf(inRegion('hand', 'forearm'), frequencyIn('weekly', 'daily')),
    care: 'consultation',
    massage: 'gentle',
    text: 'A hand that cramps again and again during one task (such as writing) can be a task-specific dystonia: firm massage does not help it, so keep pressure light and ask a GP about it.',
    source: 'clinical:massage-precautions',
  },
  {
    id: 'very-painful',
    summary: 'intensity 8 or more (start gently)',
    when: intensityAtLeast(8),
    massage: 'gentle',
    text: 'The pain is severe: start with light pressure and increase only as tolerated.',
    source: 'article:how-to-massage',
  },
  {
    id: 'young-child',
    summary: 'age under 12 (coverage: an adult helps, light pressure only)',
    when: ageBelow(12),
    massage: 'gentle',
    text: 'Knead’s advice is written for adults. For a child, an adult should help with gentle stretching and light pressure only, and a GP should see any cramp that is severe, keeps coming back or comes with other symptoms.',
    source: 'clinical:coverage',
  },
];
