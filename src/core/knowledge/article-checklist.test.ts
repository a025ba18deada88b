import { describe, expect, it } from 'vitest';
import { SOURCES } from '../sources';
import { KNOWLEDGE_BASE } from './index';

/**
 * The article's actionable statements, each as a short key fact quoted from it and the id of the
 * knowledge entry that carries it: proof that everything the article says can be reached in Knead.
 */
const ARTICLE_CHECKLIST: readonly { fact: string; entry: string }[] = [
  // Should you massage? (intro and "Should You Massage a Muscle Spasm?")
  { fact: 'not all muscle spasms are created equal', entry: 'should-massage-caution' },
  { fact: 'understand the root cause of the spasm before deciding', entry: 'should-massage-caution' },
  {
    fact: 'could potentially worsen the condition if the underlying cause is not addressed',
    entry: 'should-massage-caution',
  },
  { fact: 'A gentle massage can help relax the muscle and improve blood circulation', entry: 'should-massage-gentle' },
  { fact: 'licensed massage therapist', entry: 'should-massage-ask-professional' },
  { fact: 'massaging a muscle spasm can often be beneficial', entry: 'should-massage-yes' },
  { fact: 'acute injury', entry: 'should-massage-contraindications' },
  { fact: 'inflamed or extremely tender', entry: 'should-massage-contraindications' },
  { fact: 'avoid aggressive massage and seek medical advice', entry: 'should-massage-contraindications' },
  { fact: 'persists or worsens despite massage and self-care measures', entry: 'should-massage-persists' },
  // The 5 tips
  { fact: 'firm but gentle pressure', entry: 'tip-gentle-pressure' },
  { fact: 'Begin with light pressure and gradually increase it as tolerated', entry: 'tip-circular-motions' },
  { fact: 'avoid any movements that cause pain or discomfort', entry: 'tip-stretch' },
  { fact: 'cold therapy can reduce inflammation and numb the area', entry: 'tip-heat-cold' },
  { fact: 'deep breathing or progressive muscle relaxation', entry: 'tip-relaxation' },
  // The 7 steps
  { fact: 'tight, tender, or knotted', entry: 'how-to-find' },
  { fact: 'fingertips, knuckles, or the palm of your hand', entry: 'how-to-gentle-pressure' },
  { fact: 'not so intense that it causes pain', entry: 'how-to-gentle-pressure' },
  { fact: 'work your way outward from the center of the spasm', entry: 'how-to-circular' },
  { fact: 'If the spasm feels too sensitive or painful, reduce the pressure', entry: 'how-to-adjust' },
  { fact: 'flex or extend the joint', entry: 'how-to-stretch' },
  { fact: 'warm towel, heating pad, or ice pack wrapped in a cloth', entry: 'how-to-heat-cold' },
  { fact: 'apply it to the area for around 15-20 minutes', entry: 'how-to-heat-cold' },
  {
    fact: 'If the pain intensifies or the spasm worsens during the massage, discontinue the massage and seek medical advice',
    entry: 'stop-rule',
  },
  // Techniques (Plan engineer's technique guides)
  { fact: 'long, sweeping strokes with light to moderate pressure', entry: 'technique-effleurage' },
  { fact: 'kneading and squeezing the muscle tissue', entry: 'technique-petrissage' },
  { fact: 'circular or transverse movements with firm pressure', entry: 'technique-friction' },
  { fact: 'Hold the pressure for 10 to 30 seconds', entry: 'technique-trigger-point' },
  { fact: 'You can repeat this multiple times', entry: 'technique-trigger-point' },
  { fact: 'Hold each stretch for 15 to 30 seconds, and repeat a few times', entry: 'stretch-hold' },
  { fact: 'persists or is particularly stubborn', entry: 'technique-deep-tissue' },
  { fact: 'avoid excessive pressure', entry: 'technique-deep-tissue' },
  { fact: 'qualified massage therapist', entry: 'techniques-regular-sessions' },
  // Heat and cold
  { fact: 'Heat can help relax the muscle and increase blood flow', entry: 'heat-relaxes' },
  { fact: 'warm bath', entry: 'heat-relaxes' },
  { fact: 'reduce inflammation and numb the area', entry: 'cold-reduces-inflammation' },
  // Causes
  { fact: 'sodium, potassium and magnesium', entry: 'cause-dehydration' },
  { fact: 'Rehydrating the body and replenishing electrolytes', entry: 'cause-dehydration' },
  { fact: 'overused without adequate rest', entry: 'cause-fatigue-overuse' },
  { fact: 'low levels of potassium or magnesium', entry: 'cause-electrolyte-imbalance' },
  { fact: 'peripheral artery disease, atherosclerosis', entry: 'cause-poor-circulation' },
  { fact: 'herniated discs, spinal stenosis or pinched nerves', entry: 'cause-nerve-compression' },
  { fact: 'diuretics, statins and medications used to treat high blood pressure', entry: 'cause-medications' },
  {
    fact: 'dystonia or muscular dystrophy, thyroid disorders, kidney disease, liver disease and diabetes',
    entry: 'cause-medical-conditions',
  },
  { fact: 'Proper warm-up routines and stretching exercises', entry: 'cause-inadequate-warmup' },
  { fact: 'magnesium and calcium', entry: 'cause-nutrient-deficiency' },
  { fact: 'A balanced diet consisting of essential minerals', entry: 'cause-nutrient-deficiency' },
  // Aggravators
  { fact: 'especially during physical activity or in hot weather', entry: 'aggravator-dehydration' },
  { fact: 'without proper conditioning and rest', entry: 'aggravator-overexertion' },
  { fact: 'foods rich in potassium, magnesium and calcium', entry: 'aggravator-poor-nutrition' },
  { fact: 'cold temperatures can constrict blood vessels', entry: 'aggravator-extreme-temperatures' },
  { fact: 'consult your healthcare provider for alternative options', entry: 'aggravator-medications' },
  { fact: 'relaxation techniques or engaging in calming activities', entry: 'aggravator-stress' },
  { fact: 'Treating and managing these underlying conditions', entry: 'aggravator-underlying-conditions' },
  // Duration
  { fact: 'a few seconds to a couple of minutes', entry: 'duration-brief' },
  { fact: 'may last for several minutes', entry: 'duration-cramp' },
  {
    fact: 'Gentle stretching and massaging the affected muscle can help alleviate the cramp faster',
    entry: 'duration-cramp',
  },
  { fact: 'Chronic spasms may require medical evaluation', entry: 'duration-prolonged' },
  { fact: 'low levels of calcium in the blood', entry: 'duration-tetany' },
  { fact: 'minutes to hours and may affect multiple muscle groups', entry: 'duration-tetany' },
  { fact: 'Immediate medical attention is necessary', entry: 'duration-tetany' },
  { fact: 'persistent or recurring muscle spasms may warrant medical attention', entry: 'duration-when-to-seek-help' },
  // When massage helps
  { fact: 'sudden overexertion, muscle strain, or injury', entry: 'helps-acute' },
  { fact: 'comprehensive treatment approach', entry: 'helps-chronic' },
  { fact: 'caused by stress and tension', entry: 'helps-stress-tension' },
  { fact: 'Regular sports massages', entry: 'helps-sports' },
  { fact: 'valuable part of rehabilitation', entry: 'helps-rehabilitation' },
  { fact: 'fibromyalgia or multiple sclerosis', entry: 'helps-fibromyalgia-ms' },
  { fact: 'Regular massage sessions can alleviate stress-related muscle spasms', entry: 'helps-stress-induced' },
  // Benefits and why it feels good
  { fact: 'relax muscle fibers', entry: 'benefit-relaxation' },
  { fact: 'enhancing oxygen and nutrient delivery', entry: 'benefit-circulation' },
  { fact: 'release of endorphins', entry: 'benefit-pain-relief' },
  { fact: 'restore the normal range of motion', entry: 'benefit-flexibility' },
  { fact: 'activating the parasympathetic nervous system', entry: 'benefit-stress' },
  { fact: 'Regular massage sessions can help prevent future muscle spasms', entry: 'benefit-prevention' },
  { fact: 'reduces anxiety', entry: 'benefit-wellbeing' },
  { fact: 'adhesions and scar tissue', entry: 'benefit-adhesions' },
  { fact: 'releases endorphins and reduces muscle tension', entry: 'why-massage-feels-good' },
  // Frequency (Plan engineer's guidelines)
  { fact: 'once or twice a day', entry: 'frequency-mild' },
  { fact: '10 to 15 minutes', entry: 'frequency-mild' },
  { fact: 'several times a day', entry: 'frequency-moderate-severe' },
  { fact: 'reduce how often or how long', entry: 'frequency-moderate-severe' },
  { fact: 'shortly after the activity and again the following day', entry: 'frequency-after-exercise' },
  { fact: 'weekly or every two weeks', entry: 'frequency-chronic' },
  { fact: 'persists or worsens despite regular massage', entry: 'frequency-monitoring' },
  // Pinched nerve, shoulder, after a workout
  {
    fact: 'temporary relief by loosening tight muscles and improving blood circulation',
    entry: 'pinched-nerve-relief',
  },
  { fact: 'frequent or persistent muscle spasms, seek medical evaluation', entry: 'pinched-nerve-evaluation' },
  { fact: 'muscle spasms in the neck and shoulder area', entry: 'shoulder-pain-cause' },
  { fact: 'accompanied by other concerning symptoms', entry: 'shoulder-pain-when-to-stop' },
  { fact: 'still a topic of debate', entry: 'after-workout-growth' },
  { fact: 'rest, stretching, heat or cold therapy, and adequate hydration', entry: 'after-workout-holistic' },
  // Prevention, nutrition, medicines
  { fact: 'practise good posture', entry: 'prevent-posture' },
  { fact: 'strengthen weak muscles', entry: 'prevent-posture' },
  { fact: 'keep muscles supple', entry: 'prevent-regular-massage' },
  { fact: 'sufficient rest and recovery', entry: 'prevent-rest' },
  { fact: 'sodium, potassium, calcium and magnesium', entry: 'nutrition-electrolytes' },
  { fact: 'Never stop or change a prescribed medicine on your own', entry: 'medication-talk-to-prescriber' },
  // Clinical sources (DESIGN.md)
  { fact: 'longer than 10 minutes', entry: 'warning-longer-than-10-minutes' },
  { fact: 'disturb your sleep', entry: 'warning-disturbs-sleep' },
  { fact: 'toxin (for example lead)', entry: 'warning-toxin' },
  { fact: 'within 1–2 days', entry: 'warning-walking' },
];

interface IndexedEntry {
  source: string;
  text: string;
}

/** Lower case, one kind of dash and quote, single spaces: wording must match, numbers exactly. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[‐-―]/g, '-').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

/** Every entry of the knowledge base with an id and a source, with all its text. */
function indexEntries(value: unknown, index = new Map<string, IndexedEntry>()): Map<string, IndexedEntry> {
  if (Array.isArray(value)) for (const element of value) indexEntries(element, index);
  else if (value && typeof value === 'object') {
    const { id, source } = value as { id?: unknown; source?: unknown };
    if (typeof id === 'string' && typeof source === 'string') {
      const text = normalise(collectStrings(value).join(' '));
      const known = index.get(id);
      index.set(id, { source, text: known ? `${known.text} ${text}` : text });
    }
    for (const field of Object.values(value)) indexEntries(field, index);
  }
  return index;
}

const ENTRIES = indexEntries(KNOWLEDGE_BASE);

/** Why a checklist line is not carried, or null when it is. */
function findProblem(fact: string, entryId: string): string | null {
  const entry = ENTRIES.get(entryId);
  if (!entry) return `no entry ${entryId}`;
  if (!Object.hasOwn(SOURCES, entry.source)) return `${entryId} has no known source`;
  if (!entry.text.includes(normalise(fact))) return `${entryId} does not say "${fact}"`;
  return null;
}

describe('article checklist', () => {
  it('has at least 60 actionable statements', () => {
    expect(ARTICLE_CHECKLIST.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ARTICLE_CHECKLIST.map(({ fact, entry }) => [entry, fact]))('%s carries "%s"', (entry, fact) => {
    expect(findProblem(fact, entry)).toBeNull();
  });

  it('fails on a wrong number, a missing entry or a statement the entry does not carry', () => {
    expect(findProblem('Hold the pressure for 10 to 40 seconds', 'technique-trigger-point')).toMatch(/does not say/);
    expect(findProblem('apply it to the area for around 15-20 minutes', 'no-such-entry')).toMatch(/no entry/);
    expect(findProblem('Immediate medical attention is necessary', 'duration-brief')).toMatch(/does not say/);
  });
});
