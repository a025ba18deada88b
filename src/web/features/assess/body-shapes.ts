import type { Region, Side } from '../../../core/vocabulary';

/** A box in figure units: where a finger can tap a region (at least HIT_SIZE on each side). */
export interface HitBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One drawable part of a region: a rounded rectangle or an ellipse, in a 200×440 figure, with its tap area. */
export type Shape = (
  | { kind: 'rect'; x: number; y: number; width: number; height: number }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
) & { side?: Side; hit: HitBox };

export interface RegionShapes {
  region: Region;
  view: 'front' | 'back';
  shapes: readonly Shape[];
}

/**
 * The smallest tap area in figure units. The figure is drawn at least FIGURE_MIN_PX wide over VIEW_BOX's 160
 * units, so 28 units are at least 44 CSS px (the body map's share of "every target at least 44×44").
 */
export const HIT_SIZE = 28;
export const VIEW_BOX = { x: 20, y: 8, width: 160, height: 424 } as const;

/** The drawn box grown, about its centre, to at least HIT_SIZE each way. */
function growToHit(x: number, y: number, width: number, height: number): HitBox {
  const w = Math.max(HIT_SIZE, width);
  const h = Math.max(HIT_SIZE, height);
  return { x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h };
}

/** A tap area placed by hand where grown ones would overlap a neighbour. */
const at = (x: number, y: number, width: number, height: number): HitBox => ({ x, y, width, height });

function rect(x: number, y: number, width: number, height: number, side?: Side, hit?: HitBox): Shape {
  const shape: Shape = { kind: 'rect', x, y, width, height, hit: hit ?? growToHit(x, y, width, height) };
  if (side) shape.side = side;
  return shape;
}
function ellipse(cx: number, cy: number, rx: number, ry: number, side?: Side, hit?: HitBox): Shape {
  const shape: Shape = { kind: 'ellipse', cx, cy, rx, ry, hit: hit ?? growToHit(cx - rx, cy - ry, 2 * rx, 2 * ry) };
  if (side) shape.side = side;
  return shape;
}

/** Front view: the person faces you, so their right is on your left. Jaw, neck and chest tap areas stack. */
const FRONT: readonly RegionShapes[] = [
  { region: 'jaw', view: 'front', shapes: [ellipse(100, 54, 15, 7, undefined, at(85, 33, 30, 28))] },
  { region: 'neck', view: 'front', shapes: [rect(89, 68, 22, 16, undefined, at(86, 61, 28, 28))] },
  {
    region: 'shoulder',
    view: 'front',
    shapes: [
      ellipse(60, 96, 15, 13, 'right', at(45, 82, 29, 28)),
      ellipse(140, 96, 15, 13, 'left', at(126, 82, 29, 28)),
    ],
  },
  { region: 'chest', view: 'front', shapes: [rect(74, 90, 52, 48)] },
  { region: 'abdomen', view: 'front', shapes: [rect(75, 140, 50, 50)] },
  { region: 'upper-arm', view: 'front', shapes: [rect(42, 110, 20, 56, 'right'), rect(138, 110, 20, 56, 'left')] },
  {
    region: 'forearm',
    view: 'front',
    shapes: [rect(36, 170, 18, 56, 'right', at(30, 170, 28, 56)), rect(146, 170, 18, 56, 'left', at(142, 170, 28, 56))],
  },
  { region: 'hand', view: 'front', shapes: [ellipse(44, 244, 11, 15, 'right'), ellipse(156, 244, 11, 15, 'left')] },
  {
    region: 'hip',
    view: 'front',
    shapes: [
      ellipse(74, 204, 10, 12, 'right', at(58, 190, 28, 28)),
      ellipse(126, 204, 10, 12, 'left', at(114, 190, 28, 28)),
    ],
  },
  { region: 'groin', view: 'front', shapes: [rect(88, 196, 24, 22, undefined, at(86, 193, 28, 28))] },
  { region: 'thigh-front', view: 'front', shapes: [rect(72, 222, 25, 84, 'right'), rect(103, 222, 25, 84, 'left')] },
  { region: 'shin', view: 'front', shapes: [rect(75, 312, 20, 78, 'right'), rect(105, 312, 20, 78, 'left')] },
  { region: 'foot', view: 'front', shapes: [ellipse(84, 404, 14, 9, 'right'), ellipse(116, 404, 14, 9, 'left')] },
];

/** Back view: you see the person from behind, so their left is on your left. */
const BACK: readonly RegionShapes[] = [
  { region: 'upper-back', view: 'back', shapes: [rect(74, 86, 52, 54)] },
  { region: 'lower-back', view: 'back', shapes: [rect(75, 142, 50, 44)] },
  { region: 'glute', view: 'back', shapes: [ellipse(86, 204, 14, 15, 'left'), ellipse(114, 204, 14, 15, 'right')] },
  { region: 'thigh-back', view: 'back', shapes: [rect(72, 224, 25, 82, 'left'), rect(103, 224, 25, 82, 'right')] },
  { region: 'calf', view: 'back', shapes: [rect(75, 312, 20, 78, 'left'), rect(105, 312, 20, 78, 'right')] },
];

export const REGION_SHAPES: readonly RegionShapes[] = [...FRONT, ...BACK];

/** Regions in the middle of the body: side defaults to `center`. */
export const CENTRAL_REGIONS: readonly Region[] = [
  'jaw',
  'neck',
  'chest',
  'abdomen',
  'upper-back',
  'lower-back',
  'groin',
];

/** The silhouette behind the clickable regions (not interactive). */
export const SILHOUETTE_PATH =
  'M100 14a27 27 0 1 1 0 54a27 27 0 1 1 0-54zM86 68h28v14l30 6q20 4 22 24l4 60l6 60q2 20-10 22q-10 0-12-20l-8-58' +
  'l-8-40v80l-2 20l2 100l-4 90q0 12-14 12q-12 0-12-12l-2-100l-2-70h-8l-2 70l-2 100q0 12-12 12q-14 0-14-12l-4-90' +
  'l2-100l-2-20v-80l-8 40l-8 58q-2 20-12 20q-12-2-10-22l6-60l4-60q2-20 22-24l30-6z';
