import type { DurationPattern } from './types';

/** The article's four duration scenarios ("How Long Should Muscle Spasms Last?"), one per episode type. */
export const DURATION_PATTERNS: readonly DurationPattern[] = [
  {
    id: 'duration-brief',
    episodeType: 'brief',
    title: 'Normal muscle spasms',
    text: 'Minor muscle spasms, such as those experienced during exercise or after sudden movements, often last for a few seconds to a couple of minutes. These spasms are typically self-limiting and resolve spontaneously.',
    expected: 'A brief spasm usually lasts a few seconds to a couple of minutes and goes away on its own.',
    worryIf: [
      {
        text: 'The spasms keep coming back, or they happen often without an obvious cause such as hard exercise or not drinking enough.',
        source: 'mayo:muscle-cramp',
      },
      {
        text: 'If the pain intensifies or the spasm worsens when you massage it, stop and seek medical advice.',
        source: 'article:how-to-massage',
      },
    ],
    source: 'article:duration',
  },
  {
    id: 'duration-cramp',
    episodeType: 'cramp',
    title: 'Muscle cramps',
    text: 'Cramps, which are intense and painful muscle spasms, may last for several minutes. They can be quite uncomfortable but typically subside on their own. Gentle stretching and massaging the affected muscle can help alleviate the cramp faster.',
    expected:
      'A cramp can last several minutes and usually eases on its own; gentle stretching and massage help it pass faster.',
    withoutMassage: {
      text: 'Cramps, which are intense and painful muscle spasms, may last for several minutes. They can be quite uncomfortable but typically subside on their own.',
      expected: 'A cramp can last several minutes and usually eases on its own.',
    },
    worryIf: [
      {
        text: 'A leg cramp lasts longer than 10 minutes, disturbs your sleep, or comes with numbness or swelling: see a GP.',
        source: 'nhs:leg-cramps',
      },
      {
        text: 'The cramps are severe, long-lasting, or keep coming back despite stretching.',
        source: 'medlineplus:muscle-cramps',
      },
    ],
    source: 'article:duration',
  },
  {
    id: 'duration-prolonged',
    episodeType: 'prolonged',
    title: 'Chronic muscle spasms',
    text: 'In some cases, muscle spasms can persist for an extended period or recur frequently. This may occur due to underlying medical conditions or ongoing muscle strain. Chronic spasms may require medical evaluation and appropriate treatment to address the underlying cause and provide relief.',
    expected:
      'A spasm lasting longer than 10 minutes, or one that keeps recurring, is not typical and needs a medical evaluation to find the cause.',
    worryIf: [
      {
        text: 'A cramp that lasts longer than 10 minutes should be checked by a doctor; get help urgently if it is still going on.',
        source: 'nhs:leg-cramps',
      },
      {
        text: 'Severe, persistent cramping needs immediate care.',
        source: 'mayo:muscle-cramp',
      },
      {
        text: 'Spasms that persist or worsen despite regular massage and self-care: consult a healthcare professional.',
        source: 'article:frequency',
      },
    ],
    source: 'article:duration',
  },
  {
    id: 'duration-tightness',
    episodeType: 'prolonged',
    presentation: 'tightness',
    title: 'Lingering tightness or stiffness',
    text: 'A tight, sore knot, a stiff neck or a back that has "gone" is a different thing from a cramp: it often lasts hours to days and usually settles within a few weeks. Keeping gently active helps more than resting it completely.',
    expected:
      'Muscle tightness or stiffness in the neck or back usually improves within days and settles within a few weeks; keep moving gently.',
    worryIf: [
      {
        text: 'It is not improving after a few weeks, is very severe, or keeps getting worse: see a GP.',
        source: 'nhs:back-pain',
      },
      {
        text: 'A stiff neck with a fever, a severe headache or a rash: call 999 or go to A&E.',
        source: 'nhs:meningitis',
      },
      {
        text: 'Numbness around the genitals or bottom, trouble peeing or controlling your bladder or bowel, or weakness in both legs: go to A&E now.',
        source: 'nhs:back-pain',
      },
    ],
    source: 'nice:cks-back-pain',
  },
  {
    id: 'duration-tetany',
    episodeType: 'tetany-like',
    title: 'Tetany',
    text: 'Tetany refers to prolonged, repetitive muscle spasms that can be caused by low levels of calcium in the blood. These spasms can last for minutes to hours and may affect multiple muscle groups. Immediate medical attention is necessary to address the underlying cause and prevent complications.',
    expected:
      'Tetany can last minutes to hours and affect several muscle groups. It needs immediate medical attention.',
    worryIf: [
      {
        text: 'Immediate medical attention is necessary: get emergency care now.',
        source: 'article:duration',
      },
      {
        text: 'Tingling around the mouth, hands or feet cramping into a claw shape, or a tight throat and noisy breathing can mean a low calcium level.',
        source: 'clinical:hypocalcaemia',
      },
    ],
    source: 'article:duration',
  },
];
