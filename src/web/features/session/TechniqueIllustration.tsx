import type { Region, Technique } from '../../../core/vocabulary';
import { useT } from '../../lib/i18n';
import { SESSION } from '../../lib/namespaces/session';
import { StretchFigure } from './StretchFigure';

function Muscle() {
  return <rect className="muscle" x="20" y="70" width="160" height="40" rx="20" />;
}

function Drawing({ technique, region }: { technique: Technique; region: Region }) {
  switch (technique) {
    case 'effleurage':
      return (
        <>
          <Muscle />
          {[78, 90, 102].map((y) => (
            <path key={y} className="arrow flow" d={`M35 ${y} L165 ${y}`} markerEnd="url(#arrowhead)" />
          ))}
        </>
      );
    case 'petrissage':
      return (
        <>
          <Muscle />
          <ellipse className="hand" cx="75" cy="62" rx="26" ry="16" />
          <ellipse className="hand" cx="125" cy="118" rx="26" ry="16" />
          <path className="arrow" d="M95 40 Q120 30 130 50" markerEnd="url(#arrowhead)" />
          <path className="arrow" d="M105 140 Q80 150 70 130" markerEnd="url(#arrowhead)" />
        </>
      );
    case 'friction':
      return (
        <>
          <Muscle />
          {[60, 100, 140].map((cx) => (
            <path
              key={cx}
              className="arrow spin"
              d={`M${cx + 12} 90 a12 12 0 1 1 -6 -10`}
              markerEnd="url(#arrowhead)"
            />
          ))}
        </>
      );
    case 'trigger-point':
    case 'deep-tissue':
      return (
        <>
          <Muscle />
          <rect className="hand" x="88" y="20" width="24" height="52" rx="12" />
          <circle className="target" cx="100" cy="90" r="8" />
          <circle className="target ring" cx="100" cy="90" r="16" />
          {technique === 'deep-tissue' && <path className="arrow" d="M115 125 L170 125" markerEnd="url(#arrowhead)" />}
        </>
      );
    case 'stretch':
      return <StretchFigure region={region} />;
    case 'heat':
    case 'cold':
      return (
        <>
          <Muscle />
          <rect
            className={technique === 'heat' ? 'pack-heat' : 'pack-cold'}
            x="55"
            y="45"
            width="90"
            height="40"
            rx="10"
          />
          {technique === 'heat' ? (
            <path className="arrow" d="M70 35 q5 -8 0 -16 M100 35 q5 -8 0 -16 M130 35 q5 -8 0 -16" />
          ) : (
            <path className="arrow" d="M100 14 v28 M88 20 l24 16 M112 20 l-24 16" />
          )}
        </>
      );
    case 'breathing':
      return <circle className="breath" cx="100" cy="80" r="40" />;
    case 'rate-pain':
      return (
        <>
          {Array.from({ length: 11 }, (_, level) => (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: the fixed 0–10 scale; the index is the level.
              key={level}
              className="scale-bar"
              x={12 + level * 16}
              y={110 - level * 7}
              width="12"
              height={20 + level * 7}
            />
          ))}
        </>
      );
    default:
      return (
        <>
          <Muscle />
          <circle className="target ring" cx="100" cy="90" r="18" />
          <rect className="hand" x="92" y="30" width="16" height="48" rx="8" />
        </>
      );
  }
}

/** An SVG illustration of the technique (stroke direction, kneading hands, friction circles, holds, stretch). */
export function TechniqueIllustration({ technique, region }: { technique: Technique; region: Region }) {
  const { t } = useT(SESSION);
  // The technique's name and what the drawing shows, in the page's language.
  const label = t(`web-session.session.illustration.${technique}`);
  return (
    <svg className="technique-art" viewBox="0 0 200 150" role="img" aria-label={label}>
      <defs>
        <marker
          id="arrowhead"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="12"
          markerHeight="12"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10z" className="arrowhead" />
        </marker>
      </defs>
      <Drawing technique={technique} region={region} />
    </svg>
  );
}
