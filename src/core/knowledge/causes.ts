import type { Cause } from './types';

/**
 * The article's possible contributing factors ("Understanding Muscle Spasms Cause"): the 8 listed
 * causes plus nutrient deficiency. Each declares the situations that point to it; `weight` ranks them.
 */
export const CAUSES: readonly Cause[] = [
  {
    id: 'cause-dehydration',
    title: 'Dehydration',
    text: 'One of the most common causes of muscle spasms is dehydration. When the body lacks an adequate amount of fluids and electrolytes, such as sodium, potassium and magnesium, it can disrupt the normal functioning of muscles and lead to spasms. Rehydrating the body and replenishing electrolytes is crucial to alleviate and prevent cramps caused by dehydration.',
    source: 'article:causes',
    weight: 9,
    indicators: [
      {
        when: { contexts: ['dehydration', 'heat', 'fluid-loss'] },
        why: 'You mentioned not drinking enough, heat or losing fluids: dehydration is one of the most common causes of spasms. Drink fluids and replace electrolytes.',
      },
      {
        when: { contexts: ['exercise'] },
        why: 'Spasms during physical activity are often linked to losing fluids through sweat. Rehydrate and replace electrolytes.',
      },
    ],
  },
  {
    id: 'cause-fatigue-overuse',
    title: 'Muscle fatigue and overuse',
    text: 'Muscles that are tired or overworked are more prone to spasms. This often occurs during intense exercise or physical activity when the muscles are not properly conditioned or have been overused without adequate rest. Allow sufficient rest and recovery between efforts.',
    source: 'article:causes',
    weight: 8,
    indicators: [
      {
        when: { contexts: ['exercise', 'overuse'] },
        why: 'You mentioned exercise or repetitive use: tired or overworked muscles are more prone to spasms. Rest the muscle and allow time to recover.',
      },
      {
        when: { contexts: ['prolonged-posture'] },
        why: 'Holding one position for a long time tires the muscles that keep you there. Change position and move regularly.',
      },
    ],
  },
  {
    id: 'cause-electrolyte-imbalance',
    title: 'Electrolyte imbalance',
    text: 'Electrolytes such as potassium, sodium, calcium and magnesium play a crucial role in muscle function. An imbalance, particularly low levels of potassium or magnesium, can trigger muscle spasms. Replenishing electrolytes helps relieve and prevent them.',
    source: 'article:causes',
    weight: 7,
    indicators: [
      {
        when: { contexts: ['fluid-loss'] },
        why: 'Vomiting or diarrhoea washes out salts such as potassium and magnesium, and low levels can trigger spasms. Rehydration drinks replace them.',
      },
      {
        when: { medications: ['diuretic'] },
        why: 'Water tablets (diuretics) make you lose salts such as potassium and magnesium in your urine, which can trigger spasms.',
      },
      {
        when: { signs: ['tingling-around-mouth', 'hand-foot-spasm'] },
        why: 'Tingling around the mouth or hands and feet cramping into a claw can mean a low blood calcium level, which needs medical attention.',
      },
    ],
  },
  {
    id: 'cause-poor-circulation',
    title: 'Poor circulation',
    text: 'Inadequate blood flow to the muscles can cause them to spasm. Conditions that can contribute to poor circulation include peripheral artery disease, atherosclerosis and certain nerve disorders.',
    source: 'article:causes',
    weight: 6,
    indicators: [
      {
        when: { conditions: ['peripheral-artery-disease'] },
        why: 'Peripheral artery disease reduces blood flow to the leg muscles, which can make them spasm.',
      },
      {
        when: { contexts: ['walking'] },
        why: 'Cramps that come on when you walk and ease when you stop can be a sign of poor blood flow to the legs; a doctor can check your circulation.',
      },
      {
        when: { contexts: ['cold'] },
        why: 'Cold narrows the blood vessels and reduces blood flow to the muscles.',
      },
    ],
  },
  {
    id: 'cause-nerve-compression',
    title: 'Nerve compression or irritation',
    text: 'Nerves that are compressed or irritated due to conditions like herniated discs, spinal stenosis or pinched nerves can lead to muscle spasms. The nerve irritation disrupts the normal signals between the nerves and muscles, resulting in spasms.',
    source: 'article:causes',
    weight: 6,
    indicators: [
      {
        when: { conditions: ['herniated-disc', 'spinal-stenosis'] },
        why: 'A slipped disc or spinal stenosis can press on a nerve and disrupt the signals to the muscles.',
      },
      {
        when: { signs: ['radiating-pain', 'tingling', 'numbness'] },
        why: 'Pain that spreads, tingling or numbness suggest a nerve may be pressed or irritated (a "pinched nerve").',
      },
    ],
  },
  {
    id: 'cause-medications',
    title: 'Medications',
    text: 'Certain medications, such as diuretics, statins and medications used to treat high blood pressure, can increase the risk of muscle spasms as a side effect. If you suspect your medicine is contributing, consult your healthcare provider; do not stop it on your own.',
    source: 'article:causes',
    weight: 7,
    indicators: [
      {
        when: { medications: ['diuretic', 'statin', 'blood-pressure'] },
        why: 'Diuretics, statins and blood pressure medicines can cause spasms as a side effect. Ask your prescriber about it, and do not stop a medicine on your own.',
      },
    ],
  },
  {
    id: 'cause-medical-conditions',
    title: 'Medical conditions',
    text: 'Some underlying medical conditions can contribute to muscle spasms, for example muscle disorders like dystonia or muscular dystrophy, thyroid disorders, kidney disease, liver disease and diabetes. Treating and managing the underlying condition is important.',
    source: 'article:causes',
    weight: 5,
    indicators: [
      {
        when: { conditions: ['diabetes', 'thyroid', 'kidney', 'liver'] },
        why: 'Diabetes, thyroid, kidney and liver conditions can contribute to spasms; keeping the condition well managed helps.',
      },
      {
        when: { conditions: ['dystonia', 'muscular-dystrophy', 'multiple-sclerosis', 'fibromyalgia'] },
        why: 'Muscle and nerve conditions such as dystonia, muscular dystrophy, multiple sclerosis or fibromyalgia often cause spasms; your care team can help adjust treatment.',
      },
      {
        when: { conditions: ['nerve-disorder'] },
        why: 'Disorders affecting the nerves can contribute to spasms and to poor circulation.',
      },
    ],
  },
  {
    id: 'cause-inadequate-warmup',
    title: 'Inadequate stretching or warm-up',
    text: 'Insufficient stretching before exercise or physical activity can increase the likelihood of muscle spasms. Proper warm-up routines and stretching exercises help prepare the muscles for activity and reduce the risk of spasms.',
    source: 'article:causes',
    weight: 6,
    indicators: [
      {
        when: { contexts: ['no-warmup'] },
        why: 'You did not warm up or stretch first: a proper warm-up and stretching prepare the muscles and reduce the risk of spasms.',
      },
      {
        when: { contexts: ['sudden-movement'] },
        why: 'A sudden movement puts a quick strain on a muscle that may not be warmed up.',
      },
    ],
  },
  {
    id: 'cause-nutrient-deficiency',
    title: 'Nutrient deficiency',
    text: 'Minerals like magnesium and calcium play a crucial role in muscle function and relaxation, so a shortage of these nutrients can disrupt normal muscle activity and result in spasms. A balanced diet consisting of essential minerals can address nutrient deficiencies and reduce the frequency of muscle cramps.',
    source: 'article:causes',
    weight: 5,
    indicators: [
      {
        when: { contexts: ['poor-diet'] },
        why: 'You mentioned not eating well: a shortage of minerals like magnesium and calcium can disrupt muscle activity. A balanced diet helps.',
      },
    ],
  },
];
