import type { Page } from 'playwright-core';

/** A target smaller than the minimum: what it is, and its box in CSS px. */
export interface SmallTarget {
  target: string;
  width: number;
  height: number;
}

// Plain JavaScript run in the page, kept as text so no test runner's transform (helper names) can leak into it.
const MEASURE_IN_PAGE = `(minimum) => {
  const selector = 'a[href], button, [role="button"], [role="link"], input:not([type="hidden"]), select, textarea, summary';
  const describe = (element) => {
    const name = element.getAttribute('aria-label') || (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) || element.getAttribute('name') || '';
    return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' "' + name + '"';
  };
  const isVisible = (element) => {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    if (element.closest('details:not([open])') && !element.matches('summary')) return false;
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  };
  // WCAG 2.5.8's inline exception: a link in a sentence (its paragraph has words outside every link). A call
  // link is never exempt: it is the one action an emergency needs.
  const isInline = (element) => {
    if (element.tagName !== 'A' || (element.getAttribute('href') || '').startsWith('tel:')) return false;
    const block = element.closest('p, li, dd, td');
    if (!block) return false;
    let outside = block.textContent || '';
    for (const link of Array.from(block.querySelectorAll('a, button'))) outside = outside.replace(link.textContent || '', ' ');
    return /[A-Za-z]{2}/.test(outside);
  };
  const boxes = [];
  for (const element of Array.from(document.querySelectorAll(selector))) {
    if (element.matches('input[type="checkbox"], input[type="radio"]')) {
      const label = element.closest('label') || (element.id ? document.querySelector('label[for="' + element.id + '"]') : null);
      if (label) {
        if (isVisible(label)) boxes.push({ target: 'label ' + describe(label), box: label.getBoundingClientRect() });
        continue;
      }
    }
    if (element.matches('g[role="button"]')) {
      const hits = element.querySelectorAll('.region-hit');
      const shapes = hits.length > 0 ? hits : element.querySelectorAll('.region-shape');
      for (const shape of Array.from(shapes)) {
        boxes.push({ target: 'body map ' + describe(element) + ' ' + (shape.getAttribute('data-side') || ''), box: shape.getBoundingClientRect() });
      }
      continue;
    }
    if (!isVisible(element) || isInline(element)) continue;
    boxes.push({ target: describe(element), box: element.getBoundingClientRect() });
  }
  return boxes
    .filter(({ box }) => box.width < minimum - 0.5 || box.height < minimum - 0.5)
    .map(({ target, box }) => ({ target: target.trim(), width: Math.round(box.width), height: Math.round(box.height) }));
}`;

/**
 * Every visible interactive target on the page smaller than `min`×`min` CSS px. A checkbox or radio is measured by
 * its label (the label is what a finger taps); a body-map region by each of its hit areas. Exempt, as WCAG 2.5.8
 * allows: a link inside a sentence, whose height the line of text sets.
 */
export function findSmallTargets(page: Page, min = 44): Promise<SmallTarget[]> {
  return page.evaluate(`(${MEASURE_IN_PAGE})(${Number(min)})`) as Promise<SmallTarget[]>;
}
