import { describe, expect, it } from 'vitest';
import { HIT_SIZE, type HitBox, REGION_SHAPES, type Shape, VIEW_BOX } from './body-shapes';

const centreOf = (shape: Shape) =>
  shape.kind === 'rect'
    ? { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 }
    : { x: shape.cx, y: shape.cy };
const overlaps = (a: HitBox, b: HitBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('body-map tap areas', () => {
  const views = ['front', 'back'] as const;

  it.each(views)('on the %s view every tap area is at least HIT_SIZE, inside the figure, over its drawing', (view) => {
    for (const entry of REGION_SHAPES.filter((e) => e.view === view)) {
      for (const shape of entry.shapes) {
        const { hit } = shape;
        expect(hit.width, entry.region).toBeGreaterThanOrEqual(HIT_SIZE);
        expect(hit.height, entry.region).toBeGreaterThanOrEqual(HIT_SIZE);
        expect(hit.x, entry.region).toBeGreaterThanOrEqual(VIEW_BOX.x);
        expect(hit.x + hit.width, entry.region).toBeLessThanOrEqual(VIEW_BOX.x + VIEW_BOX.width);
        const centre = centreOf(shape);
        expect(centre.x >= hit.x && centre.x <= hit.x + hit.width, entry.region).toBe(true);
        expect(centre.y >= hit.y && centre.y <= hit.y + hit.height, entry.region).toBe(true);
      }
    }
  });

  it.each(views)('on the %s view no two tap areas overlap, so a tap never lands on a neighbour', (view) => {
    const hits = REGION_SHAPES.filter((e) => e.view === view).flatMap((e) =>
      e.shapes.map((s) => ({ name: `${e.region} ${s.side ?? ''}`, hit: s.hit })),
    );
    const clashes: string[] = [];
    for (const [i, a] of hits.entries())
      for (const b of hits.slice(i + 1)) if (overlaps(a.hit, b.hit)) clashes.push(`${a.name} × ${b.name}`);
    expect(clashes).toEqual([]);
  });
});
