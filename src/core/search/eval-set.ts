import type { TopicId } from '../vocabulary';

/** A question as a person would type it, and the topics that answer it (any one counts as right). */
export interface EvalQuestion {
  question: string;
  expected: readonly TopicId[];
}

/**
 * The search evaluation set: realistic questions, phrased the way people type them (typos, no
 * punctuation, everyday words), with the topics that answer them. Used by the accuracy test and bench.
 */
export const EVAL_SET: readonly EvalQuestion[] = [
  { question: 'how long should a cramp last?', expected: ['duration'] },
  { question: 'is it normal for a spasm to last 20 minutes', expected: ['duration', 'warning-signs'] },
  { question: 'how many minutes does a charley horse usually go on for', expected: ['duration'] },
  { question: 'can I put ice on it', expected: ['heat-cold'] },
  { question: 'heat or cold for a pulled muscle spasm', expected: ['heat-cold'] },
  { question: 'should i use a heating pad on my back spasm', expected: ['heat-cold'] },
  { question: 'how long do I leave the ice pack on', expected: ['heat-cold'] },
  { question: 'is a hot bath good for cramps', expected: ['heat-cold'] },
  { question: 'my calf knots up at night', expected: ['causes', 'stretching', 'how-to-massage'] },
  { question: 'why do I keep getting leg cramps', expected: ['causes'] },
  { question: 'what causes muscle spasms', expected: ['causes'] },
  { question: 'can dehydration cause cramps', expected: ['causes', 'nutrition-hydration'] },
  { question: 'should I see a doctor', expected: ['warning-signs'] },
  { question: 'when is a cramp an emergency', expected: ['warning-signs'] },
  { question: 'my leg is swollen red and warm and cramping', expected: ['warning-signs'] },
  { question: 'cramps and dark pee after a marathon', expected: ['warning-signs'] },
  { question: 'tingling around my mouth and my hands are cramping', expected: ['warning-signs', 'duration'] },
  { question: 'when should I go to the GP about cramps', expected: ['warning-signs'] },
  { question: 'do my blood pressure pills cause cramps', expected: ['medications', 'causes'] },
  { question: 'can statins give you muscle cramps', expected: ['medications', 'causes'] },
  { question: 'should i stop taking my water tablets', expected: ['medications'] },
  { question: 'side effects of medication muscle spasm', expected: ['medications', 'causes'] },
  { question: 'should you massage a muscle spasm', expected: ['should-massage'] },
  { question: 'is it safe to rub a cramp', expected: ['should-massage'] },
  { question: 'when should I not massage a sore muscle', expected: ['should-massage'] },
  { question: 'how do I massage a knot out', expected: ['how-to-massage', 'techniques'] },
  { question: 'step by step self massage for a spasm', expected: ['how-to-massage'] },
  { question: 'how much pressure should I use', expected: ['how-to-massage', 'techniques'] },
  { question: 'what is trigger point release', expected: ['techniques'] },
  { question: 'what massage techniques work for cramps', expected: ['techniques'] },
  { question: 'how long to hold pressure on a trigger point', expected: ['techniques'] },
  { question: 'what is effleurage', expected: ['techniques'] },
  { question: 'how often should I massage a sore muscle', expected: ['frequency'] },
  { question: 'how many times a day can i massage my calf', expected: ['frequency'] },
  { question: 'is massaging every day too much', expected: ['frequency'] },
  { question: 'how long should each massage session be', expected: ['frequency'] },
  { question: 'what makes muscle spasms worse', expected: ['aggravators'] },
  { question: 'does stress make cramps worse', expected: ['aggravators', 'when-massage-helps'] },
  { question: 'can hot weather make spasms worse', expected: ['aggravators'] },
  { question: 'how do I stop getting cramps', expected: ['prevention'] },
  { question: 'how can I prevent muscle spasms', expected: ['prevention'] },
  { question: 'does posture matter for back spasms', expected: ['prevention'] },
  { question: 'how long should I hold a stretch', expected: ['stretching'] },
  { question: 'best stretch for a hamstring cramp', expected: ['stretching'] },
  { question: 'what should I eat to avoid cramps', expected: ['nutrition-hydration', 'prevention'] },
  { question: 'does magnesium help with cramps', expected: ['nutrition-hydration', 'causes'] },
  { question: 'how much water should I drink for cramps', expected: ['nutrition-hydration'] },
  { question: 'are bananas good for leg cramps potassium', expected: ['nutrition-hydration'] },
  { question: 'benefits of massage for spasms', expected: ['benefits'] },
  { question: 'why does rubbing a sore muscle feel so good', expected: ['benefits'] },
  { question: 'does massage break up scar tissue', expected: ['benefits'] },
  { question: 'can massage help a pinched nerve', expected: ['pinched-nerve'] },
  { question: 'sciatica shooting pain down my leg massage', expected: ['pinched-nerve'] },
  { question: 'how to massage shoulder pain', expected: ['shoulder-pain'] },
  { question: 'stiff neck and shoulder spasm massage', expected: ['shoulder-pain'] },
  { question: 'will a massage after the gym affect my gains', expected: ['massage-after-workout'] },
  { question: 'massage after workout muscle growth', expected: ['massage-after-workout'] },
  { question: 'does massage help with fibromyalgia', expected: ['when-massage-helps'] },
  { question: 'can massage help MS spasms', expected: ['when-massage-helps'] },
  { question: 'is massage good for sports cramps', expected: ['when-massage-helps', 'massage-after-workout'] },
];

/**
 * Questions written after the index was tuned on EVAL_SET and never tuned against: an honest check
 * that the ranking generalises rather than fits the questions above.
 */
export const HELD_OUT_SET: readonly EvalQuestion[] = [
  { question: 'foot cramp wont go away after half an hour', expected: ['duration', 'warning-signs'] },
  { question: 'is cold or warm better for a spasm in my neck', expected: ['heat-cold'] },
  { question: 'cramps since I started a new tablet', expected: ['medications', 'warning-signs'] },
  { question: 'what are the signs a cramp is serious', expected: ['warning-signs'] },
  { question: 'can I massage a cramp if I pulled the muscle', expected: ['should-massage', 'when-massage-helps'] },
  { question: 'kneading vs friction which is better', expected: ['techniques'] },
  { question: 'why do my legs cramp when i walk', expected: ['causes', 'warning-signs'] },
  { question: 'sports drink electrolytes for cramps', expected: ['nutrition-hydration', 'causes'] },
  { question: 'warm up before running to avoid cramps', expected: ['prevention', 'causes'] },
  { question: 'massage my back twice a day ok?', expected: ['frequency'] },
  { question: 'does a massage release endorphins', expected: ['benefits'] },
  { question: 'trapped nerve in neck can I massage it', expected: ['pinched-nerve'] },
  { question: 'muscle twitching from anxiety', expected: ['aggravators', 'when-massage-helps', 'causes'] },
  {
    question: 'back spasm after lifting weights should I rub it',
    expected: ['should-massage', 'when-massage-helps', 'how-to-massage'],
  },
  { question: 'do I need to see a physician for tetany', expected: ['warning-signs', 'duration'] },
];
