import type { KnowledgeItem } from './types';

/** How to prevent recurring spasms (the article's prevention advice, across its sections). */
export const PREVENTION_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'prevent-hydration',
    title: 'Stay hydrated',
    text: 'Maintain proper hydration levels. Stay properly hydrated, especially during physical activity or in hot weather, and replenish electrolytes after heavy sweating.',
    source: 'article:why-feels-good',
  },
  {
    id: 'prevent-posture',
    title: 'Practise good posture',
    text: 'To truly prevent recurring spasms, address the underlying causes: maintain proper hydration, practise good posture, and strengthen weak muscles through exercise and stretching.',
    source: 'article:why-feels-good',
  },
  {
    id: 'prevent-strengthen',
    title: 'Strengthen weak muscles',
    text: 'Strengthening weak muscles through exercise and stretching, with proper conditioning, makes them less prone to fatigue and spasms.',
    source: 'article:why-feels-good',
  },
  {
    id: 'prevent-warmup',
    title: 'Warm up and stretch before activity',
    text: 'Proper warm-up routines and stretching exercises help prepare the muscles for activity and reduce the risk of spasms. Avoid strenuous activity without adequately warming up or stretching.',
    source: 'article:causes',
  },
  {
    id: 'prevent-rest',
    title: 'Allow rest and recovery',
    text: 'Muscles used repeatedly without proper breaks or rest days become fatigued and prone to spasms. Allow sufficient rest and recovery between intense sessions or repetitive work.',
    source: 'article:aggravators',
  },
  {
    id: 'prevent-regular-massage',
    title: 'Regular massage',
    text: 'Regular massages can help keep muscles supple and improve overall flexibility, reducing the risk of spasms.',
    source: 'article:why-feels-good',
  },
  {
    id: 'prevent-diet',
    title: 'Eat a balanced diet',
    text: 'A balanced diet that includes foods rich in magnesium, calcium and potassium is vital for preventing muscle soreness and spasms.',
    source: 'article:aggravators',
  },
  {
    id: 'prevent-stress',
    title: 'Manage stress',
    text: 'Find effective ways to manage stress, such as relaxation techniques or calming activities, to reduce muscle tension and spasms.',
    source: 'article:aggravators',
  },
  {
    id: 'prevent-avoid-triggers',
    title: 'Identify and avoid your triggers',
    text: 'Identifying and avoiding the activities and habits that worsen muscle spasms — with proper hydration, warm-up and stretching routines, sufficient rest and a balanced diet — can significantly reduce their occurrence and severity.',
    source: 'article:aggravators',
  },
];

/** Stretching: how to stretch a spasming muscle safely. */
export const STRETCHING_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'stretch-hold',
    title: 'Hold each stretch 15 to 30 seconds',
    text: 'Stretch the muscle in a slow and controlled manner, being careful not to push beyond the point of discomfort. Hold each stretch for 15 to 30 seconds, and repeat a few times. Stretching helps lengthen the muscle fibers and improve flexibility.',
    source: 'article:techniques',
  },
  {
    id: 'stretch-no-pain',
    title: 'Stretch within comfort, never into pain',
    text: 'Slowly and gently stretch the muscle in a way that feels comfortable, but avoid any movements that cause pain or discomfort.',
    source: 'article:should-massage',
  },
  {
    id: 'stretch-during-cramp',
    title: 'Stretching eases a cramp',
    text: 'Stretching and massaging the muscle may ease the pain during a cramp. For a calf cramp, pull your toes up toward your shin with your leg straight.',
    source: 'nhs:leg-cramps',
  },
  {
    id: 'stretch-cramp-faster',
    title: 'Gentle stretching helps a cramp pass faster',
    text: 'Gentle stretching and massaging the affected muscle can help alleviate the cramp faster.',
    source: 'article:duration',
  },
  {
    id: 'stretch-before-exercise',
    title: 'Stretch before exercise',
    text: 'Insufficient stretching before exercise or physical activity can increase the likelihood of muscle spasms; stretching exercises help prepare the muscles for activity.',
    source: 'article:causes',
  },
];
