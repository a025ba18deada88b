import type { KnowledgeItem } from './types';

/** "Can a Massage Really Help a Pinched Nerve?" */
export const PINCHED_NERVE_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'pinched-nerve-relief',
    title: 'Massage can give temporary relief',
    text: 'A pinched nerve occurs when excessive pressure is applied to a nerve by surrounding tissues, causing pain. Massage may not directly address the root cause, but it can offer temporary relief by loosening tight muscles and improving blood circulation.',
    source: 'article:pinched-nerve',
  },
  {
    id: 'pinched-nerve-evaluation',
    title: 'Frequent or persistent spasms need an evaluation',
    text: 'Address the underlying factors: if you experience frequent or persistent muscle spasms, seek medical evaluation to identify any underlying conditions or imbalances contributing to them.',
    source: 'article:pinched-nerve',
  },
  {
    id: 'pinched-nerve-gentle',
    title: 'Keep it gentle over an irritated nerve',
    text: 'With pain that shoots or spreads along an arm or leg, tingling or numbness, use only light pressure and never press on the painful path of the nerve. Weakness or numbness needs a doctor within 24 hours.',
    source: 'clinical:massage-precautions',
  },
];

/** "How to Do a Massage for Shoulder Pain?" */
export const SHOULDER_PAIN_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'shoulder-pain-cause',
    title: 'Shoulder pain often comes from neck and shoulder spasms',
    text: 'Shoulder pain is often caused by muscle spasms in the neck and shoulder area. Targeting the muscles involved in the spasm helps alleviate tension and promote relaxation, for chronic pain or occasional discomfort.',
    source: 'article:shoulder-pain',
  },
  {
    id: 'shoulder-pain-how',
    title: 'How to massage the shoulder',
    text: 'Sit upright with the arm supported. Reach across with the opposite hand and work with circular motions on the muscle on top of the shoulder, between the neck and the point of the shoulder, and around the shoulder blade; then do a gentle cross-body stretch.',
    source: 'article:shoulder-pain',
  },
  {
    id: 'shoulder-pain-when-to-stop',
    title: 'When to get help',
    text: 'If the muscle spasm persists or worsens despite your efforts to alleviate it, or if it is accompanied by other concerning symptoms, seek medical advice.',
    source: 'article:shoulder-pain',
  },
];

/** "Can Getting a Massage After a Workout Affect Muscle Growth?" */
export const AFTER_WORKOUT_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'after-workout-growth',
    title: 'Effect on muscle growth is debated',
    text: 'Massages are known to provide relaxation and alleviate muscle spasms, but their effects on muscle growth after a workout are still a topic of debate.',
    source: 'article:after-workout',
  },
  {
    id: 'after-workout-holistic',
    title: 'A holistic approach to recovery',
    text: 'Self-care techniques other than massage, such as rest, stretching, heat or cold therapy, and adequate hydration, also help manage and recover from muscle soreness. A holistic approach that combines different strategies may be more effective.',
    source: 'article:after-workout',
  },
  {
    id: 'after-workout-timing',
    title: 'When to massage after exercise',
    text: 'If soreness is a result of intense exercise, massaging the muscles shortly after the activity and the following day can be beneficial for recovery, improving blood flow and reducing muscle tension.',
    source: 'article:frequency',
  },
];
