import type { Aggravator } from './types';

/** The article's 8 factors that make spasms worse ("What Makes Muscle Spasms Worse?"), with what to avoid now. */
export const AGGRAVATORS: readonly Aggravator[] = [
  {
    id: 'aggravator-dehydration',
    title: 'Dehydration',
    text: 'Inadequate fluid intake and dehydration can contribute to muscle spasms. It is important to stay properly hydrated, especially during physical activity or in hot weather.',
    advice: 'Avoid getting dehydrated: drink water regularly, especially during physical activity or in hot weather.',
    always: true,
    source: 'article:aggravators',
  },
  {
    id: 'aggravator-electrolyte-imbalance',
    title: 'Electrolyte imbalances',
    text: 'Electrolytes like potassium, sodium, calcium and magnesium play a vital role in muscle function. Imbalances or deficiencies can increase the likelihood of muscle spasms; low potassium or magnesium levels in particular are associated with muscle cramps.',
    advice:
      'Avoid drinking only plain water after heavy sweating, vomiting or diarrhoea: replace the lost salts too (for example with an oral rehydration drink).',
    when: { contexts: ['fluid-loss', 'heat', 'exercise', 'dehydration'] },
    source: 'article:aggravators',
  },
  {
    id: 'aggravator-overexertion',
    title: 'Intense exercise or overexertion',
    text: 'Engaging in strenuous physical activity or overexerting the muscles without proper conditioning and rest can lead to muscle fatigue and increased susceptibility to spasms.',
    advice:
      'Avoid carrying on with the activity that brought the spasm on: rest the muscle, and build up training gradually, with rest days.',
    when: { contexts: ['exercise', 'overuse', 'no-warmup'] },
    source: 'article:aggravators',
  },
  {
    id: 'aggravator-poor-nutrition',
    title: 'Poor nutrition',
    text: 'Inadequate intake of essential nutrients, including electrolytes and minerals, can contribute to muscle spasms. A balanced diet that includes foods rich in potassium, magnesium and calcium can help prevent deficiencies that may trigger spasms.',
    advice: 'Avoid skipping meals: eat regular balanced meals with foods rich in potassium, magnesium and calcium.',
    when: { contexts: ['poor-diet'] },
    source: 'article:aggravators',
  },
  {
    id: 'aggravator-extreme-temperatures',
    title: 'Extreme temperatures',
    text: 'Exposing the body to extreme temperatures, such as intense heat or cold, can stimulate muscle spasms. Heat can cause dehydration and electrolyte imbalances, while cold temperatures can constrict blood vessels and impair circulation.',
    advice:
      'Avoid staying in the heat or the cold: cool down and drink in the heat, keep warm and covered in the cold.',
    when: { contexts: ['heat', 'cold'] },
    source: 'article:aggravators',
  },
  {
    id: 'aggravator-medications',
    title: 'Certain medications',
    text: 'Some medications, such as diuretics, statins and medications used to lower blood pressure, can increase the risk of muscle spasms as a side effect. If you suspect that your medication is contributing to your muscle spasms, consult your healthcare provider for alternative options.',
    advice:
      'Do not stop your medicine on your own: keep taking it, and ask your prescriber whether it could be causing the spasms.',
    when: { medications: ['diuretic', 'statin', 'blood-pressure'] },
    source: 'article:aggravators',
  },
  {
    id: 'aggravator-stress',
    title: 'Stress and anxiety',
    text: 'Emotional stress and anxiety can lead to muscle tension and increase the likelihood of muscle spasms. Finding effective ways to manage stress, such as relaxation techniques or engaging in calming activities, may help reduce spasms.',
    advice:
      'Avoid staying tense: take a few minutes for slow, deep breathing or another calming activity to let the muscles release.',
    when: { contexts: ['stress'] },
    source: 'article:aggravators',
  },
  {
    id: 'aggravator-underlying-conditions',
    title: 'Underlying medical conditions',
    text: 'Certain medical conditions, such as nerve disorders, muscle disorders, thyroid problems and diabetes, can make muscle spasms worse. Treating and managing these underlying conditions is important to alleviate the frequency and severity of spasms.',
    advice:
      'Do not keep the spasms to yourself: tell your care team they are happening, and keep your condition well managed.',
    when: {
      conditions: [
        'nerve-disorder',
        'dystonia',
        'muscular-dystrophy',
        'multiple-sclerosis',
        'thyroid',
        'diabetes',
        'kidney',
        'liver',
      ],
    },
    source: 'article:aggravators',
  },
];
