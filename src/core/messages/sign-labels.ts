import type { Sign } from '../vocabulary';

/** A sign as a short label, and as a plain question/description a person in pain understands. */
export interface SignLabel {
  label: string;
  /** Second person, plain words, answerable yes/no (used by the questionnaires). */
  question: string;
}

export const SIGN_LABELS: Record<Sign, SignLabel> = {
  swelling: { label: 'Swelling', question: 'The area looks swollen or puffy' },
  redness: { label: 'Redness', question: 'The skin over it is red or darker than usual' },
  warmth: { label: 'Warm to the touch', question: 'The area feels warm or hot when you touch it' },
  bruising: { label: 'Bruising', question: 'There is a bruise on or near the spot' },
  'extreme-tenderness': {
    label: 'Extremely tender',
    question: 'It hurts a lot even when touched lightly',
  },
  deformity: { label: 'Looks out of shape', question: 'The limb looks bent, out of shape or out of place' },
  'cannot-bear-weight': {
    label: 'Cannot bear weight',
    question: 'You cannot stand on it, put weight on it or use it',
  },
  'open-wound': { label: 'Open wound', question: 'There is a cut, graze or open wound at the spot' },
  numbness: { label: 'Numbness', question: 'Part of the area feels numb or you cannot feel touch properly' },
  tingling: { label: 'Tingling', question: 'You feel pins and needles or tingling' },
  weakness: { label: 'Weakness', question: 'The muscle or limb feels weak, or you cannot move it normally' },
  'radiating-pain': {
    label: 'Pain that spreads',
    question: 'The pain shoots or spreads along the arm or leg (for example from the back into the leg)',
  },
  'multiple-muscle-groups': {
    label: 'Several muscles at once',
    question: 'Muscles in several parts of your body are cramping at the same time',
  },
  'tingling-around-mouth': {
    label: 'Tingling around the mouth',
    question: 'Your lips or the skin around your mouth tingle or feel numb',
  },
  'hand-foot-spasm': {
    label: 'Hands or feet cramping into a claw',
    question: 'Your hands or feet cramp into a claw shape',
  },
  'dark-urine': { label: 'Dark urine', question: 'Your pee is dark brown, red or cola-coloured' },
  fever: { label: 'Fever', question: 'You have a fever, or feel hot and shivery' },
  'chest-pain': { label: 'Chest pain', question: 'You have pain, tightness or pressure in your chest' },
  'breathing-difficulty': {
    label: 'Difficulty breathing',
    question: 'You are short of breath or find it hard to breathe',
  },
  confusion: { label: 'Confusion', question: 'You feel confused, very drowsy or not yourself' },
  'jaw-stiffness': {
    label: 'Stiff jaw',
    question: 'Your jaw is stiff or locked and hard to open',
  },
  'difficulty-swallowing': { label: 'Difficulty swallowing', question: 'It is hard to swallow' },
  'saddle-numbness': {
    label: 'Numbness between the legs',
    question: 'Numbness between your legs or around your bottom',
  },
  'bladder-bowel-change': {
    label: 'Bladder or bowel change',
    question: 'You cannot pee or control your pee or poo the way you normally can',
  },
  'pain-worse-during-massage': {
    label: 'Worse during massage',
    question: 'The pain got stronger, or the spasm got worse, while it was being massaged',
  },
  'severe-headache': {
    label: 'Severe headache',
    question: 'You have a severe headache, unlike your usual headaches',
  },
  rash: { label: 'Rash', question: 'You have a rash, or blotches that do not fade when you press a glass on them' },
  'involuntary-twisting': {
    label: 'Twisting you cannot stop',
    question: 'Your neck twists or pulls to one side, your jaw clenches or your eyes roll up, and you cannot stop it',
  },
  'spreading-bruise': {
    label: 'Large or spreading bruise',
    question: 'A large bruise, or one that keeps getting bigger, without a good reason',
  },
  'tight-swelling': {
    label: 'Tight, hard swelling',
    question: 'The muscle is swollen and feels tight or hard, as if the skin is stretched',
  },
  'pain-out-of-proportion': {
    label: 'Pain far worse than expected',
    question: 'The pain is far worse than the injury seems to explain, and it keeps getting worse',
  },
  'progressive-weakness': {
    label: 'Weakness that is getting worse',
    question: 'Weakness or numbness that keeps getting worse, is in both legs, or makes your foot drag or slap',
  },
  'weight-loss': { label: 'Weight loss', question: 'You have lost weight recently without trying to' },
  'unrelenting-pain': {
    label: 'Pain that never lets up',
    question: 'The pain is there all the time, does not ease with rest or changing position, or is worse at night',
  },
  'no-sweating': {
    label: 'Hot, dry skin',
    question: 'Your skin is hot and dry and you have stopped sweating, even though it is hot',
  },
};
