import type { KnowledgeItem } from './types';

/** Fluids and minerals (sodium, potassium, calcium, magnesium). */
export const NUTRITION_HYDRATION_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'hydration-drink',
    title: 'Drink enough fluids',
    text: 'Our muscles contain a significant amount of water; when we do not consume enough fluids they become dehydrated and more prone to spasms. Dehydration, especially during physical activities, is a common cause of muscle cramps.',
    source: 'article:aggravators',
  },
  {
    id: 'hydration-rehydrate',
    title: 'Rehydrate and replenish electrolytes',
    text: 'Rehydrating the body and replenishing electrolytes is crucial to alleviate and prevent muscle spasms and cramps caused by dehydration.',
    source: 'article:causes',
  },
  {
    id: 'nutrition-electrolytes',
    title: 'Sodium, potassium, calcium and magnesium',
    text: 'When the body lacks fluids and essential electrolytes such as sodium, potassium, calcium and magnesium, the muscles can contract and cause spasms. Low potassium or magnesium levels in particular are associated with muscle cramps.',
    source: 'article:causes',
  },
  {
    id: 'nutrition-minerals',
    title: 'Minerals for muscle function',
    text: 'Magnesium, calcium and potassium play a crucial role in muscle contractions and in maintaining electrolyte balance. A diet lacking in them can disrupt muscle function and increase the likelihood of spasms.',
    source: 'article:aggravators',
  },
  {
    id: 'nutrition-balanced-diet',
    title: 'A balanced diet',
    text: 'A balanced diet consisting of essential minerals can address nutrient deficiencies and reduce the frequency of muscle cramps. Include foods rich in potassium, magnesium and calcium.',
    source: 'article:causes',
  },
  {
    id: 'hydration-fluid-loss',
    title: 'After vomiting or diarrhoea',
    text: 'Cramps after losing fluids through vomiting or diarrhoea, or after taking diuretics, need a doctor right away.',
    source: 'merck:muscle-cramps',
  },
];

/** Medicines that can cause cramps, and what to do about them. */
export const MEDICATION_ITEMS: readonly KnowledgeItem[] = [
  {
    id: 'medication-side-effect',
    title: 'Diuretics, statins and blood pressure medicines',
    text: 'Certain medications, such as diuretics, statins, and medications used to treat high blood pressure, can increase the risk of muscle spasms as a side effect.',
    source: 'article:causes',
  },
  {
    id: 'medication-talk-to-prescriber',
    title: 'Talk to your prescriber; never stop a medicine on your own',
    text: 'If you suspect that your medication is contributing to your muscle spasms, consult your healthcare provider for alternative options. Never stop or change a prescribed medicine on your own.',
    source: 'article:aggravators',
  },
  {
    id: 'medication-new',
    title: 'Cramps that began with a new medicine',
    text: 'See a doctor within 1–2 days if cramps began after starting a new medicine.',
    source: 'merck:muscle-cramps',
  },
  {
    id: 'medication-blood-thinners',
    title: 'Blood thinners: gentle massage only',
    text: 'If you take blood thinners (anticoagulants) or bruise easily, use light pressure only: firm or deep massage can cause bruising or bleeding.',
    source: 'clinical:massage-precautions',
  },
];
