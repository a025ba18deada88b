import type { KeyboardEvent, MouseEvent } from 'react';
import type { Region, Side } from '../../../core/vocabulary';
import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { ASSESS } from '../../lib/namespaces/assess';
import { REGION_SHAPES, type Shape, SILHOUETTE_PATH, VIEW_BOX } from './body-shapes';

interface BodyMapProps {
  region: Region | undefined;
  onSelect: (region: Region, side: Side | undefined) => void;
}

function drawShape(shape: Shape, index: number) {
  const common = { className: 'region-shape', 'data-side': shape.side, key: index };
  if (shape.kind === 'rect') {
    return <rect {...common} x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={8} />;
  }
  return <ellipse {...common} cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} />;
}

/** The invisible tap area over a shape: larger than the drawing, so a finger need not be precise. */
function drawHitArea(shape: Shape, index: number) {
  const { x, y, width, height } = shape.hit;
  return (
    <rect
      key={`hit-${index}`}
      className="region-hit"
      data-side={shape.side}
      x={x}
      y={y}
      width={width}
      height={height}
    />
  );
}

function Figure({ view, region, onSelect }: BodyMapProps & { view: 'front' | 'back' }) {
  const regions = REGION_SHAPES.filter((entry) => entry.view === view);
  const { t } = useT(ASSESS);
  const { labels } = useCoreWords();
  const title = t(`web-assess.body.${view}-title`);

  function handleClick(target: Region, event: MouseEvent<SVGGElement>): void {
    // The shape clicked tells which side; a keyboard press keeps the side chosen below.
    const side = (event.target as Element).getAttribute('data-side') as Side | null;
    onSelect(target, side ?? undefined);
  }
  function handleKey(target: Region, event: KeyboardEvent<SVGGElement>): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(target, undefined);
  }

  return (
    <figure className="body-figure">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; role=group names the figure's buttons. */}
      <svg viewBox={`${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.width} ${VIEW_BOX.height}`} role="group" aria-label={title}>
        <path d={SILHOUETTE_PATH} className="silhouette" />
        {regions.map((entry) => (
          // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; role=button with key handling is the pattern.
          <g
            key={entry.region}
            role="button"
            tabIndex={0}
            aria-label={labels.region[entry.region]}
            aria-pressed={region === entry.region}
            className="region"
            onClick={(event) => handleClick(entry.region, event)}
            onKeyDown={(event) => handleKey(entry.region, event)}
          >
            <title>{labels.region[entry.region]}</title>
            {entry.shapes.map(drawShape)}
            {entry.shapes.map(drawHitArea)}
          </g>
        ))}
      </svg>
      <figcaption>{t(`web-assess.body.${view}`)}</figcaption>
    </figure>
  );
}

/** Front and back figures; every region is a labelled, focusable button. */
export function BodyMap(props: BodyMapProps) {
  return (
    <div className="body-map">
      <Figure view="front" {...props} />
      <Figure view="back" {...props} />
    </div>
  );
}
