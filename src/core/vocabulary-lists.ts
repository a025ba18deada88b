// The id lists that commands need before any parsing (`knead log`'s options and help), with no zod: `knead --help`
// must not load a schema library (issue #13 item 5). vocabulary.ts and journal.ts re-export them with their schemas.

/** Every body region Knead knows. Ids are stable; labels live in `messages/`. */
export const REGIONS = [
  'neck',
  'shoulder',
  'upper-back',
  'lower-back',
  'chest',
  'abdomen',
  'upper-arm',
  'forearm',
  'hand',
  'hip',
  'glute',
  'thigh-front',
  'thigh-back',
  'groin',
  'calf',
  'shin',
  'foot',
  'jaw',
] as const;

export const CONTEXTS = [
  'exercise',
  'overuse',
  'sudden-movement',
  'injury',
  'rest',
  'night',
  'walking',
  'heat',
  'cold',
  'prolonged-posture',
  'stress',
  'no-warmup',
  'dehydration',
  'fluid-loss',
  'poor-diet',
  'toxin-exposure',
  'wound',
  'pregnancy',
  'new-medicine',
  'major-trauma',
] as const;

export const RESPONSES = ['better', 'same', 'worse'] as const;

/** What the person did about an episode (journal.ts). */
export const ACTIONS = [
  'stretch',
  'effleurage',
  'petrissage',
  'friction',
  'trigger-point',
  'deep-tissue',
  'heat',
  'cold',
  'breathing',
  'fluids',
  'electrolytes',
  'rest',
  'medication',
  'other',
] as const;
