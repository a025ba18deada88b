import type { CareLevel, EpisodeType, MassageLevel, Pressure, Technique } from '../vocabulary';

/** A care level as a banner: short label, headline, and what to do now. */
export interface CareLevelLabel {
  label: string;
  headline: string;
  action: string;
}

/** Infermedica's five triage levels, phrased for a person in pain. */
export const CARE_LEVEL_LABELS: Record<CareLevel, CareLevelLabel> = {
  emergency_ambulance: {
    label: 'Emergency — ambulance',
    headline: 'Call an ambulance now',
    action: 'Call your local emergency number (999, 112 or 911). Do not massage, and do not drive yourself.',
  },
  emergency: {
    label: 'Emergency',
    headline: 'Get emergency care now',
    action: 'Go to an emergency department now, or call your emergency number if you cannot get there safely.',
  },
  consultation_24: {
    label: 'See a doctor within 24 hours',
    headline: 'Get seen by a doctor today',
    action:
      'Contact a doctor, urgent care or a 24-hour health line (such as NHS 111) today. Go sooner if it gets worse.',
  },
  consultation: {
    label: 'Book a doctor appointment',
    headline: 'Book an appointment with your doctor',
    action:
      'Not urgent, but arrange to see your GP or doctor in the next few days to find the cause. Meanwhile, follow the advice below.',
  },
  self_care: {
    label: 'Self-care',
    headline: 'You can look after this yourself',
    action: 'Follow the plan below. Stop and get medical advice if the pain intensifies or the spasm worsens.',
  },
};

export interface DescribedLabel {
  label: string;
  description: string;
}

export const MASSAGE_LEVEL_LABELS: Record<MassageLevel, DescribedLabel> = {
  avoid: {
    label: 'Do not massage',
    description: 'Do not massage this spasm for now: massage could make it worse or hide something that needs care.',
  },
  gentle: {
    label: 'Gentle massage only',
    description: 'Only light strokes, gentle stretching within comfort, slow breathing and heat or cold.',
  },
  full: {
    label: 'Massage is fine',
    description: 'You can massage it, starting gently and building up the pressure as the muscle allows.',
  },
};

export const EPISODE_TYPE_LABELS: Record<EpisodeType, DescribedLabel> = {
  brief: { label: 'Brief spasm', description: 'Lasts a few seconds to a couple of minutes.' },
  cramp: { label: 'Cramp', description: 'An intense, painful spasm lasting several minutes.' },
  prolonged: { label: 'Prolonged spasm', description: 'Lasts longer than 10 minutes, or keeps coming back.' },
  'tetany-like': {
    label: 'Possible tetany',
    description: 'Repeated spasms in several muscles, sometimes with tingling around the mouth.',
  },
};

export const TECHNIQUE_LABELS: Record<Technique, string> = {
  locate: 'Find the spot',
  stretch: 'Stretch',
  effleurage: 'Long gentle strokes (effleurage)',
  petrissage: 'Kneading (petrissage)',
  friction: 'Friction',
  'trigger-point': 'Trigger point hold',
  'deep-tissue': 'Deep tissue massage',
  heat: 'Heat',
  cold: 'Cold',
  breathing: 'Slow breathing',
  'rate-pain': 'Rate your pain',
};

export const PRESSURE_LABELS: Record<Pressure, DescribedLabel> = {
  none: { label: 'No pressure', description: 'Hands off.' },
  light: { label: 'Light', description: 'The weight of your hand, like stroking a cat.' },
  moderate: { label: 'Moderate', description: 'Firm enough to feel the muscle move, never painful.' },
  firm: { label: 'Firm', description: 'Strong, steady pressure that is intense but still tolerable.' },
};

/** Shown with every verdict: Knead never diagnoses. */
export const DISCLAIMER =
  'Knead gives general self-care information, not a diagnosis. If you are worried, or symptoms are severe, ' +
  'get medical help. In an emergency call your local emergency number.';
