import { TOPIC_LABELS } from '../messages/labels';
import type { TopicId } from '../vocabulary';
import { AGGRAVATORS } from './aggravators';
import { BENEFITS, HOW_MASSAGE_HELPS, WHY_MASSAGE_FEELS_GOOD } from './benefits';
import { CAUSES } from './causes';
import { DURATION_PATTERNS } from './duration';
import { DURATION_NOTES } from './duration-notes';
import { HEAT_COLD_ITEMS } from './heat-cold';
import { HOW_TO_STEPS, MASSAGE_TIPS, TECHNIQUE_NOTES } from './how-to';
import { AFTER_WORKOUT_ITEMS, PINCHED_NERVE_ITEMS, SHOULDER_PAIN_ITEMS } from './more-topics';
import { MEDICATION_ITEMS, NUTRITION_HYDRATION_ITEMS } from './nutrition';
import { PREVENTION_ITEMS, STRETCHING_ITEMS } from './prevention';
import { SHOULD_MASSAGE_ITEMS, STOP_RULE } from './should-massage';
import { TECHNIQUE_GUIDES } from './techniques';
import { FREQUENCY_ITEMS, REGION_HANDS_ON_ITEMS, REGION_STRETCH_ITEMS, toKnowledgeItem } from './topic-items';
import type { Topic } from './types';
import { WARNING_SIGNS } from './warning-signs';
import { WHEN_MASSAGE_HELPS } from './when-massage-helps';

/** One topic per DESIGN.md topic id, in the order of the article. Keywords are the words people use. */
export const TOPICS: readonly Topic[] = [
  {
    id: 'should-massage',
    title: TOPIC_LABELS['should-massage'],
    summary:
      'Often yes: massage can relax the muscle and ease the spasm. Avoid aggressive massage after an acute injury or when the area is inflamed or extremely tender, and stop if it gets worse.',
    items: [...SHOULD_MASSAGE_ITEMS, STOP_RULE],
    keywords: ['safe', 'okay', 'rub', 'contraindication', 'when not to massage', 'is it safe', 'good idea', 'bad idea'],
  },
  {
    id: 'causes',
    title: TOPIC_LABELS.causes,
    summary:
      'Dehydration, tired or overused muscles, electrolyte imbalance, poor circulation, nerve compression, some medicines, medical conditions, skipping the warm-up and a lack of minerals can all cause spasms.',
    items: CAUSES.map(toKnowledgeItem),
    keywords: ['cause', 'why', 'reason', 'trigger', 'happen', 'keep getting', 'get', 'what causes', 'origin'],
  },
  {
    id: 'aggravators',
    title: TOPIC_LABELS.aggravators,
    summary:
      'Dehydration, electrolyte imbalance, overexertion, poor nutrition, extreme heat or cold, some medicines, stress and underlying conditions make spasms worse or more frequent.',
    items: AGGRAVATORS.map(toKnowledgeItem),
    keywords: ['worse', 'worsen', 'aggravate', 'exacerbate', 'avoid', 'make worse', 'flare', 'triggers'],
  },
  {
    id: 'duration',
    title: TOPIC_LABELS.duration,
    summary:
      'Most spasms last a few seconds to a couple of minutes; cramps can last several minutes. Longer than 10 minutes, recurring spasms or tetany need medical attention.',
    items: [...DURATION_PATTERNS.map(toKnowledgeItem), ...DURATION_NOTES],
    keywords: ['how long', 'duration', 'last', 'minutes', 'hours', 'seconds', 'normal', 'go away', 'stop'],
  },
  {
    id: 'how-to-massage',
    title: TOPIC_LABELS['how-to-massage'],
    summary:
      'Find the spasm, apply gentle pressure, use circular motions, adjust the pressure, combine with stretching, add heat or cold, and monitor the response: stop if it gets worse.',
    items: [...HOW_TO_STEPS, ...MASSAGE_TIPS, ...REGION_HANDS_ON_ITEMS],
    keywords: ['how', 'steps', 'rub', 'step by step', 'self massage', 'massage myself', 'pressure', 'circles', 'knot'],
  },
  {
    id: 'techniques',
    title: TOPIC_LABELS.techniques,
    summary:
      'Effleurage (long strokes), petrissage (kneading), friction, trigger point release (hold 10 to 30 seconds), stretching (hold 15 to 30 seconds) and, for stubborn spasms, deep tissue massage.',
    items: [...TECHNIQUE_GUIDES.map(toKnowledgeItem), ...TECHNIQUE_NOTES],
    keywords: [
      'technique',
      'method',
      'stroke',
      'kneading',
      'trigger point',
      'deep tissue',
      'effleurage',
      'petrissage',
      'friction',
    ],
  },
  {
    id: 'when-massage-helps',
    title: TOPIC_LABELS['when-massage-helps'],
    summary:
      'Massage helps with acute spasms from overexertion, chronic or recurring spasms, stress and tension, sports, rehabilitation, and conditions such as fibromyalgia and multiple sclerosis.',
    items: [...WHEN_MASSAGE_HELPS, ...HOW_MASSAGE_HELPS],
    keywords: ['when', 'help', 'work', 'effective', 'does it help', 'worth', 'sports', 'athlete', 'chronic'],
  },
  {
    id: 'benefits',
    title: TOPIC_LABELS.benefits,
    summary:
      'Massage relaxes muscles, improves circulation, releases endorphins, increases flexibility, reduces stress, helps prevent future spasms and breaks up adhesions and scar tissue.',
    items: [...BENEFITS, WHY_MASSAGE_FEELS_GOOD],
    keywords: ['benefit', 'advantage', 'good for', 'feel good', 'feels good', 'why', 'endorphin', 'scar tissue'],
  },
  {
    id: 'frequency',
    title: TOPIC_LABELS.frequency,
    summary:
      'Mild soreness: once or twice a day for 10 to 15 minutes. Moderate to severe: several shorter sessions a day. After exercise: right after and the next day. Professional sessions weekly or every two weeks.',
    items: FREQUENCY_ITEMS,
    keywords: [
      'how often',
      'frequency',
      'times a day',
      'daily',
      'every day',
      'per week',
      'schedule',
      'session',
      'too much',
    ],
  },
  {
    id: 'heat-cold',
    title: TOPIC_LABELS['heat-cold'],
    summary:
      'Heat relaxes the muscle and increases blood flow; cold reduces inflammation and numbs. Use a warm towel, heating pad or an ice pack wrapped in a cloth for around 15 to 20 minutes.',
    items: HEAT_COLD_ITEMS,
    keywords: ['heat', 'cold', 'ice', 'warm', 'hot', 'heating pad', 'ice pack', 'bath', 'compress', 'temperature'],
  },
  {
    id: 'stretching',
    title: TOPIC_LABELS.stretching,
    summary:
      'Stretch slowly and gently, never into pain. Hold each stretch for 15 to 30 seconds and repeat a few times. Each body region has its own stretch.',
    items: [...STRETCHING_ITEMS, ...REGION_STRETCH_ITEMS],
    keywords: ['stretch', 'stretches', 'hold', 'lengthen', 'flexibility', 'loosen', 'release'],
  },
  {
    id: 'prevention',
    title: TOPIC_LABELS.prevention,
    summary:
      'Stay hydrated, keep a good posture, strengthen weak muscles, stretch and warm up before activity, rest between efforts, have regular massages and eat a balanced diet.',
    items: PREVENTION_ITEMS,
    keywords: ['prevent', 'prevention', 'stop', 'avoid', 'reduce', 'future', 'again', 'recurring', 'keep happening'],
  },
  {
    id: 'pinched-nerve',
    title: TOPIC_LABELS['pinched-nerve'],
    summary:
      'Massage can give temporary relief from a pinched nerve by loosening tight muscles and improving circulation, but it does not fix the cause; frequent or persistent spasms need a medical evaluation.',
    items: PINCHED_NERVE_ITEMS,
    keywords: ['pinched', 'nerve', 'sciatica', 'shooting', 'radiating', 'trapped nerve', 'tingling', 'compressed'],
  },
  {
    id: 'shoulder-pain',
    title: TOPIC_LABELS['shoulder-pain'],
    summary:
      'Shoulder pain often comes from spasms in the neck and shoulder muscles; massaging them relieves tension. Get help if it persists, worsens or comes with other symptoms.',
    items: SHOULDER_PAIN_ITEMS,
    keywords: ['shoulder', 'neck', 'trapezius', 'shoulder blade', 'upper back', 'stiff neck'],
  },
  {
    id: 'massage-after-workout',
    title: TOPIC_LABELS['massage-after-workout'],
    summary:
      'Massage after a workout aids relaxation and recovery; its effect on muscle growth is debated. Combine it with rest, stretching, heat or cold and hydration.',
    items: AFTER_WORKOUT_ITEMS,
    keywords: ['workout', 'gym', 'training', 'exercise', 'muscle growth', 'gains', 'recovery', 'lifting', 'run'],
  },
  {
    id: 'warning-signs',
    title: TOPIC_LABELS['warning-signs'],
    summary:
      'Get emergency help for chest pain, breathing difficulty, confusion, tetany, dark urine after exertion or a stiff jaw after a wound. See a doctor for cramps that last over 10 minutes, are frequent, or come with swelling, numbness or weakness.',
    items: WARNING_SIGNS.map(toKnowledgeItem),
    keywords: [
      'doctor',
      'emergency',
      'serious',
      'worried',
      'danger',
      'red flag',
      'hospital',
      'urgent',
      'see a doctor',
      'ambulance',
    ],
  },
  {
    id: 'nutrition-hydration',
    title: TOPIC_LABELS['nutrition-hydration'],
    summary:
      'Drink enough fluids and eat a balanced diet with sodium, potassium, calcium and magnesium. Rehydrate and replace electrolytes after heavy sweating, vomiting or diarrhoea.',
    items: NUTRITION_HYDRATION_ITEMS,
    keywords: [
      'water',
      'drink',
      'fluids',
      'hydration',
      'electrolytes',
      'diet',
      'food',
      'eat',
      'magnesium',
      'potassium',
      'banana',
      'salt',
      'supplement',
      'vitamin',
    ],
  },
  {
    id: 'medications',
    title: TOPIC_LABELS.medications,
    summary:
      'Diuretics, statins and blood pressure medicines can cause cramps as a side effect. Talk to your prescriber about alternatives, and never stop a medicine on your own.',
    items: MEDICATION_ITEMS,
    keywords: [
      'medicine',
      'medication',
      'drug',
      'pill',
      'tablet',
      'side effect',
      'prescription',
      'statin',
      'diuretic',
      'blood pressure',
    ],
  },
];

/** The topic with this id. @example findTopic('duration').title // 'How long a spasm should last' */
export function findTopic(id: TopicId): Topic {
  const topic = TOPICS.find((candidate) => candidate.id === id);
  if (!topic) throw new Error(`No knowledge topic ${id}`);
  return topic;
}
