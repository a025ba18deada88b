import type { Region, Technique } from '../vocabulary';
import { TECHNIQUES } from '../vocabulary-lists';
import type { RegionGuide } from './types';

/** Every technique a plan may use; regions that tolerate the whole routine list these. */
const ALL: readonly Technique[] = TECHNIQUES;
/** Delicate areas: no kneading, friction, trigger points or deep tissue (no firm pressure). */
const GENTLE_ONLY: readonly Technique[] = ['locate', 'stretch', 'effleurage', 'breathing', 'heat', 'cold', 'rate-pain'];
/** Areas where self-massage is not advised at all. */
const NO_SELF_MASSAGE: readonly Technique[] = ['breathing', 'rate-pain'];

const SPINE =
  'Do not press directly over the spine (the bony ridge in the middle of the back); work on the muscles beside it.';

/**
 * Per-region guidance: the right stretch and position, where the hands go, suitable techniques and
 * cautions. Region-specific detail goes beyond the article, so most entries cite the clinical
 * massage-precautions source; leg cramps follow the NHS advice; the shoulder follows the article.
 */
export const REGION_GUIDES: Record<Region, RegionGuide> = {
  neck: {
    region: 'neck',
    position: 'Sit upright in a chair with your shoulders relaxed and your back supported.',
    stretch: {
      title: 'Ear-to-shoulder tilt',
      instructions:
        'Slowly tilt your head to bring one ear toward the shoulder on the same side, without lifting the shoulder, until you feel a gentle pull along the other side of the neck. Never roll or force the head.',
    },
    handsOn:
      'Reach across with the opposite hand and use your fingertips on the muscle at the back and side of the neck, between the base of the skull and the top of the shoulder.',
    suitable: GENTLE_ONLY,
    cautions: [
      'Never press on the front of the neck.',
      'Do not press over the spine at the back of the neck.',
      'No firm pressure on the neck: keep it light to moderate.',
      'Tingling, numbness or pain spreading down the arm: stop and get advice (possible pinched nerve).',
    ],
    source: 'clinical:massage-precautions',
  },
  shoulder: {
    region: 'shoulder',
    position: 'Sit upright with your arm resting on your lap or on a table.',
    stretch: {
      title: 'Cross-body shoulder stretch',
      instructions:
        'Bring the arm across your chest at shoulder height and use the other hand to ease it gently closer above the elbow, until you feel a gentle pull at the back of the shoulder.',
    },
    handsOn:
      'Reach across with the opposite hand and work on the muscle on top of the shoulder, between the neck and the point of the shoulder, and around the shoulder blade.',
    suitable: ALL,
    cautions: [
      'Keep off the collarbone and the bony point of the shoulder.',
      'Pain spreading down the arm with tingling or numbness: stop and get advice.',
    ],
    source: 'article:shoulder-pain',
  },
  'upper-back': {
    region: 'upper-back',
    position:
      'Stand with your back to a wall, or sit on a chair; a tennis ball against the wall reaches what hands cannot.',
    stretch: {
      title: 'Upper-back hug stretch',
      instructions:
        'Wrap your arms around yourself as if hugging, drop your chin slightly and round your upper back, feeling a gentle pull between the shoulder blades.',
    },
    handsOn:
      'Work on the muscles between the shoulder blade and the spine, with the opposite hand over the shoulder or with a tennis ball between your back and a wall.',
    suitable: ALL,
    cautions: [SPINE],
    source: 'clinical:massage-precautions',
  },
  'lower-back': {
    region: 'lower-back',
    position: 'Lie on your back with your knees bent, or stand with your hands on your hips.',
    stretch: {
      title: 'Knee-to-chest stretch',
      instructions:
        'Lying on your back, slowly bring one or both knees toward your chest with your hands behind the thighs, until you feel a gentle stretch in the lower back.',
    },
    handsOn:
      'Place your hands on your hips with the thumbs on the muscles either side of the spine, just above the pelvis, or lean against a tennis ball on a wall.',
    suitable: ALL,
    cautions: [
      SPINE,
      'Numbness between the legs or a change in bladder or bowel control: emergency, stop and get help now.',
    ],
    source: 'clinical:massage-precautions',
  },
  chest: {
    region: 'chest',
    position: 'Sit upright and rest.',
    stretch: {
      title: 'No self-stretch advised',
      instructions: 'Do not stretch or massage a chest spasm yourself: rest and have it checked by a clinician.',
    },
    handsOn: 'Self-massage of the chest is not advised; see a clinician.',
    suitable: NO_SELF_MASSAGE,
    cautions: [
      'Self-massage of the chest is not advised: see a clinician.',
      'Chest pain with breathlessness: call an ambulance.',
    ],
    source: 'merck:muscle-cramps',
  },
  abdomen: {
    region: 'abdomen',
    position: 'Lie on your back with your knees bent and rest.',
    stretch: {
      title: 'No self-stretch advised',
      instructions: 'Do not stretch or massage a belly spasm yourself: rest and have it checked by a clinician.',
    },
    handsOn: 'Self-massage of the abdomen is not advised; see a clinician.',
    suitable: NO_SELF_MASSAGE,
    cautions: ['Self-massage of the abdomen is not advised: see a clinician.'],
    source: 'merck:muscle-cramps',
  },
  'upper-arm': {
    region: 'upper-arm',
    position: 'Sit with the arm resting, relaxed, on a table or your lap.',
    stretch: {
      title: 'Biceps or triceps stretch',
      instructions:
        'For the front of the arm, straighten it behind you with the palm on a wall and turn gently away. For the back of the arm, reach the hand down between the shoulder blades and ease the elbow back with the other hand.',
    },
    handsOn:
      'Grasp the upper arm with the opposite hand and work on the muscle at the front or back, from elbow toward shoulder.',
    suitable: ALL,
    cautions: ['Keep off the inside of the upper arm, where nerves and blood vessels run close to the skin.'],
    source: 'clinical:massage-precautions',
  },
  forearm: {
    region: 'forearm',
    position: 'Sit with the forearm resting palm up on a table.',
    stretch: {
      title: 'Wrist flexor and extensor stretch',
      instructions:
        'Hold the arm out straight, palm up, and use the other hand to ease the fingers gently back; then turn the palm down and ease the hand gently toward you.',
    },
    handsOn: 'Use the thumb of the other hand on the forearm muscles, working from the wrist toward the elbow.',
    suitable: ALL,
    cautions: ['Keep off the inside of the wrist and the bony point of the elbow.'],
    source: 'clinical:massage-precautions',
  },
  hand: {
    region: 'hand',
    position: 'Sit with the hand resting on a table.',
    stretch: {
      title: 'Finger spread and palm press',
      instructions:
        'Spread your fingers wide and hold, then press the palm flat on the table and ease the fingers gently back with the other hand.',
    },
    handsOn: 'Use the thumb of the other hand in small strokes over the palm and the fleshy base of the thumb.',
    suitable: ALL,
    cautions: [
      'Small muscles: use lighter pressure than on a leg.',
      'Both hands and feet cramping into a claw shape, or tingling around the mouth: get medical help now.',
    ],
    source: 'clinical:massage-precautions',
  },
  hip: {
    region: 'hip',
    position: 'Lie on your side with the sore hip on top, or stand holding a support.',
    stretch: {
      title: 'Figure-four hip stretch',
      instructions:
        'Lying on your back, cross the ankle of the sore side over the opposite knee and gently draw that thigh toward you until you feel a stretch in the outer hip.',
    },
    handsOn:
      'Use your palm or knuckles on the muscles at the side of the hip, above and behind the bony point of the hip.',
    suitable: ALL,
    cautions: ['Do not press hard on the bony point at the side of the hip.'],
    source: 'clinical:massage-precautions',
  },
  glute: {
    region: 'glute',
    position: 'Lie on your back, or sit on a firm chair; a tennis ball under the buttock works well.',
    stretch: {
      title: 'Figure-four glute stretch',
      instructions:
        'Lying on your back, cross the ankle over the opposite knee and gently pull that thigh toward your chest until you feel the stretch deep in the buttock.',
    },
    handsOn:
      'Use your knuckles or a tennis ball under the buttock, working on the fleshy muscle, away from the tailbone.',
    suitable: ALL,
    cautions: [
      'Keep off the tailbone.',
      'Pain shooting down the leg or numbness: stop and get advice (possible sciatic nerve irritation).',
    ],
    source: 'clinical:massage-precautions',
  },
  'thigh-front': {
    region: 'thigh-front',
    position: 'Stand holding a chair or wall for balance, or sit with the leg relaxed.',
    stretch: {
      title: 'Standing quad stretch',
      instructions:
        'Standing and holding a support, bend the knee and hold your ankle behind you, easing the heel toward the buttock with the knees together, until you feel a stretch at the front of the thigh.',
    },
    handsOn: 'Sit and use both palms on the front of the thigh, stroking from the knee toward the hip.',
    suitable: ALL,
    cautions: ['Keep off the kneecap.'],
    source: 'nhs:leg-cramps',
  },
  'thigh-back': {
    region: 'thigh-back',
    position: 'Sit on the floor or a bed with the leg straight out in front of you.',
    stretch: {
      title: 'Hamstring stretch',
      instructions:
        'Sitting with the leg straight, keep your back long and lean forward from the hips toward your toes until you feel a stretch at the back of the thigh.',
    },
    handsOn:
      'Sit with the knee slightly bent and use both hands on the back of the thigh, from behind the knee toward the buttock.',
    suitable: ALL,
    cautions: ['Keep off the hollow behind the knee.'],
    source: 'nhs:leg-cramps',
  },
  groin: {
    region: 'groin',
    position: 'Lie on your back or sit with the knees bent and relaxed.',
    stretch: {
      title: 'Butterfly stretch',
      instructions:
        'Sitting, bring the soles of your feet together and let the knees drop gently outward, without pushing them down, until you feel a gentle stretch in the inner thigh.',
    },
    handsOn:
      'Use a flat palm with light strokes on the inner thigh muscles, a hand-width below the crease of the groin.',
    suitable: GENTLE_ONLY,
    cautions: [
      'Gentle pressure only in the groin.',
      'Do not press on the pulse point in the crease of the groin (the large artery and vein run there).',
    ],
    source: 'clinical:massage-precautions',
  },
  calf: {
    region: 'calf',
    position: 'Sit with the leg straight out, or stand facing a wall.',
    stretch: {
      title: 'Calf stretch',
      instructions:
        'Straighten the knee and pull your toes up toward you (with your hand or a towel round the foot). Or stand facing a wall, step the cramped leg back with the heel down and lean forward.',
    },
    handsOn: 'Sit and wrap both hands around the calf, working from the ankle up toward the back of the knee.',
    suitable: ALL,
    cautions: [
      'Keep off the hollow behind the knee.',
      'A swollen, warm or red calf: do not massage, get checked today (possible clot).',
    ],
    source: 'nhs:leg-cramps',
  },
  shin: {
    region: 'shin',
    position: 'Sit with the knee bent and the foot flat on the floor.',
    stretch: {
      title: 'Shin stretch',
      instructions:
        'Kneel or stand and point the toes, gently resting the top of the foot on the floor behind you, until you feel a stretch along the front of the shin.',
    },
    handsOn:
      'Use your fingers on the muscle just to the outside of the shin bone, working from the ankle toward the knee.',
    suitable: ALL,
    cautions: ['Avoid pressing on the shin bone itself; work only on the muscle beside it.'],
    source: 'clinical:massage-precautions',
  },
  foot: {
    region: 'foot',
    position: 'Sit with the foot resting across the opposite knee.',
    stretch: {
      title: 'Toe pull-back stretch',
      instructions:
        'Hold your toes and pull them gently up and back toward the shin until you feel a stretch along the sole.',
    },
    handsOn:
      'Use your thumbs on the sole of the foot, working from the heel toward the toes, or roll the sole over a ball.',
    suitable: ALL,
    cautions: ['Keep off the top of the foot, where bones and tendons are close to the skin.'],
    source: 'nhs:leg-cramps',
  },
  jaw: {
    region: 'jaw',
    position: 'Sit upright with your teeth slightly apart and your tongue resting behind the front teeth.',
    stretch: {
      title: 'Gentle jaw opening',
      instructions: 'Slowly and gently open your mouth as far as is comfortable, then close it. Never force it open.',
    },
    handsOn:
      'Place your fingertips on the masseter, the thick muscle at the angle of the jaw below the cheekbone, and make small slow circles.',
    suitable: GENTLE_ONLY,
    cautions: [
      'Gentle pressure only on the jaw.',
      'Jaw stiffness or trouble swallowing after a cut or puncture wound: emergency (possible tetanus).',
    ],
    source: 'clinical:massage-precautions',
  },
};
