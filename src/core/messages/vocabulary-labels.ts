import type { SCHEDULE_GUIDELINES } from '../assessment';
import type { Action, EXERCISE_INTENSITIES } from '../journal';
import type { Condition, Context, Frequency, Medication, Region, Response, Side, TopicId } from '../vocabulary';

/** Body regions as short clinical names, for reports, FHIR display text and calendar titles ("Left calf"). */
export const REGION_SHORT_LABELS: Record<Region, string> = {
  neck: 'Neck',
  shoulder: 'Shoulder',
  'upper-back': 'Upper back',
  'lower-back': 'Lower back',
  chest: 'Chest',
  abdomen: 'Abdomen',
  'upper-arm': 'Upper arm',
  forearm: 'Forearm',
  hand: 'Hand',
  hip: 'Hip',
  glute: 'Buttock',
  'thigh-front': 'Front of thigh',
  'thigh-back': 'Back of thigh',
  groin: 'Groin',
  calf: 'Calf',
  shin: 'Shin',
  foot: 'Foot',
  jaw: 'Jaw',
};

/** Body regions in plain words, with a hint where it is not obvious. */
export const REGION_LABELS: Record<Region, string> = {
  neck: 'Neck',
  shoulder: 'Shoulder',
  'upper-back': 'Upper back (between the shoulder blades)',
  'lower-back': 'Lower back',
  chest: 'Chest',
  abdomen: 'Belly (abdomen)',
  'upper-arm': 'Upper arm',
  forearm: 'Forearm (between elbow and wrist)',
  hand: 'Hand or fingers',
  hip: 'Hip',
  glute: 'Buttock (glute)',
  'thigh-front': 'Front of the thigh (quadriceps)',
  'thigh-back': 'Back of the thigh (hamstring)',
  groin: 'Groin (inner thigh)',
  calf: 'Calf (back of lower leg)',
  shin: 'Shin (front of lower leg)',
  foot: 'Foot or toes',
  jaw: 'Jaw',
};

export const SIDE_LABELS: Record<Side, string> = {
  left: 'Left side',
  right: 'Right side',
  both: 'Both sides',
  center: 'In the middle',
};

/** What was going on when the spasm started, phrased as the person would say it. */
export const CONTEXT_LABELS: Record<Context, string> = {
  exercise: 'During or after exercise or sport',
  overuse: 'After a lot of repetitive use (work, training)',
  'sudden-movement': 'After a sudden movement',
  injury: 'After a fall, knock, strain or other injury',
  rest: 'While resting or sitting still',
  night: 'At night or in bed',
  walking: 'It comes on when I walk and eases when I stop',
  heat: 'In hot weather or a hot place',
  cold: 'In the cold',
  'prolonged-posture': 'After staying in one position for a long time',
  stress: 'When stressed or anxious',
  'no-warmup': 'I did not warm up or stretch before activity',
  dehydration: 'I have not been drinking enough',
  'fluid-loss': 'I have been vomiting or had diarrhoea',
  'poor-diet': 'I have not been eating well',
  'toxin-exposure': 'I may have been exposed to a poison or chemical (for example lead)',
  wound: 'I recently had a cut, puncture or animal bite',
  pregnancy: 'I am pregnant',
  'new-medicine': 'I started a new medicine, or changed a dose, in the last few weeks',
  'major-trauma': 'It started after a serious accident (a car crash, a fall from a height or a hard blow)',
};

export const CONDITION_LABELS: Record<Condition, string> = {
  diabetes: 'Diabetes',
  thyroid: 'A thyroid problem',
  kidney: 'Kidney disease',
  liver: 'Liver disease',
  'nerve-disorder': 'A nerve disorder (for example neuropathy)',
  dystonia: 'Dystonia',
  'muscular-dystrophy': 'Muscular dystrophy',
  'multiple-sclerosis': 'Multiple sclerosis (MS)',
  fibromyalgia: 'Fibromyalgia',
  'peripheral-artery-disease': 'Peripheral artery disease (poor circulation in the legs)',
  'herniated-disc': 'A slipped (herniated) disc',
  'spinal-stenosis': 'Spinal stenosis (narrowing of the spinal canal)',
  'blood-clot-history': 'A blood clot in the past (DVT or pulmonary embolism)',
  'bleeding-disorder': 'A bleeding disorder (I bruise or bleed easily)',
  'recent-surgery': 'An operation in the last few weeks',
  'cancer-history': 'Cancer, now or in the past',
  immunosuppression: 'A weakened immune system (for example chemotherapy, long-term steroids, HIV or a transplant)',
  'tetanus-up-to-date': 'My tetanus jabs are up to date (all 5 doses, or a booster in the last 10 years)',
};

export const MEDICATION_LABELS: Record<Medication, string> = {
  diuretic: 'Water tablets (diuretics)',
  statin: 'Cholesterol tablets (statins)',
  'blood-pressure': 'Blood pressure medicine',
  anticoagulant: 'Blood thinners (anticoagulants such as warfarin or apixaban)',
  other: 'Another regular medicine',
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  first: 'This is the first time',
  occasional: 'Now and then',
  weekly: 'Every week',
  daily: 'Every day or most days',
};

/** How the spasm responded to massage so far. */
export const RESPONSE_LABELS: Record<Response, string> = {
  better: 'It got better',
  same: 'No real change',
  worse: 'It got worse',
};

export const TOPIC_LABELS: Record<TopicId, string> = {
  causes: 'What causes muscle spasms',
  aggravators: 'What makes spasms worse',
  duration: 'How long a spasm should last',
  'should-massage': 'Should you massage a spasm?',
  'how-to-massage': 'How to massage a spasm',
  techniques: 'Massage techniques',
  'when-massage-helps': 'When massage helps',
  benefits: 'Benefits of massage',
  frequency: 'How often to massage',
  'heat-cold': 'Heat or cold',
  stretching: 'Stretching',
  prevention: 'Preventing spasms',
  'pinched-nerve': 'Massage and a pinched nerve',
  'shoulder-pain': 'Massage for shoulder pain',
  'massage-after-workout': 'Massage after a workout',
  'warning-signs': 'When to get medical help',
  'nutrition-hydration': 'Fluids, minerals and diet',
  medications: 'Medicines and cramps',
};

/** What the person did about an episode (journal). */
export const ACTION_LABELS: Record<Action, string> = {
  stretch: 'Stretched',
  effleurage: 'Long gentle strokes (effleurage)',
  petrissage: 'Kneading (petrissage)',
  friction: 'Friction on the knot',
  'trigger-point': 'Pressure hold on a trigger point',
  'deep-tissue': 'Deep tissue massage',
  heat: 'Heat (warm towel, heating pad, warm bath)',
  cold: 'Cold (wrapped ice pack)',
  breathing: 'Slow deep breathing',
  fluids: 'Drank fluids',
  electrolytes: 'Took electrolytes (sports drink, rehydration salts)',
  rest: 'Rested',
  medication: 'Took a medicine',
  other: 'Something else',
};

export const EXERCISE_INTENSITY_LABELS: Record<(typeof EXERCISE_INTENSITIES)[number], string> = {
  none: 'No exercise',
  light: 'Light (walking, easy cycling)',
  moderate: 'Moderate (brisk, a bit out of breath)',
  hard: 'Hard (training, racing, heavy work)',
};

/** The article's four frequency guidelines, as schedule names. */
export const SCHEDULE_GUIDELINE_LABELS: Record<(typeof SCHEDULE_GUIDELINES)[number], string> = {
  mild: 'Mild soreness',
  'moderate-severe': 'Moderate to severe soreness',
  'after-exercise': 'Recovery after exercise',
  chronic: 'Chronic or recurring spasms',
};
