import type { Region } from '../../../core/vocabulary';

type StretchKind = 'lower-leg' | 'upper-leg' | 'neck' | 'arm' | 'trunk';

const KIND: Record<Region, StretchKind> = {
  calf: 'lower-leg',
  shin: 'lower-leg',
  foot: 'lower-leg',
  'thigh-front': 'upper-leg',
  'thigh-back': 'upper-leg',
  hip: 'upper-leg',
  glute: 'upper-leg',
  groin: 'upper-leg',
  neck: 'neck',
  jaw: 'neck',
  shoulder: 'arm',
  'upper-arm': 'arm',
  forearm: 'arm',
  hand: 'arm',
  'upper-back': 'trunk',
  'lower-back': 'trunk',
  chest: 'trunk',
  abdomen: 'trunk',
};

/** A simple line drawing of the stretch for the region's group, with the direction of the pull. */
export function StretchFigure({ region }: { region: Region }) {
  switch (KIND[region]) {
    case 'lower-leg':
      return (
        <g>
          <path className="limb" d="M40 40 L110 100 L160 100" />
          <path className="limb" d="M160 100 L168 70" />
          <path className="arrow" d="M150 60 Q140 45 120 50" markerEnd="url(#arrowhead)" />
        </g>
      );
    case 'upper-leg':
      return (
        <g>
          <path className="limb" d="M30 110 L100 110" />
          <path className="limb" d="M100 110 L150 40" />
          <path className="arrow" d="M165 75 Q160 45 140 30" markerEnd="url(#arrowhead)" />
        </g>
      );
    case 'neck':
      return (
        <g>
          <circle className="limb-fill" cx="100" cy="45" r="22" transform="rotate(-20 100 110)" />
          <path className="limb" d="M60 120 L100 90 L140 120" />
          <path className="arrow" d="M130 40 Q150 60 140 85" markerEnd="url(#arrowhead)" />
        </g>
      );
    case 'arm':
      return (
        <g>
          <path className="limb" d="M100 30 L100 120" />
          <path className="limb" d="M100 50 L150 70 L70 70" />
          <path className="arrow" d="M60 90 Q45 80 50 60" markerEnd="url(#arrowhead)" />
        </g>
      );
    default:
      return (
        <g>
          <path className="limb" d="M40 110 Q100 30 160 110" />
          <path className="arrow" d="M70 120 L40 125" markerEnd="url(#arrowhead)" />
          <path className="arrow" d="M130 120 L160 125" markerEnd="url(#arrowhead)" />
        </g>
      );
  }
}
