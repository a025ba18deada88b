import type { ReliefStep } from '../../core/questionnaire/relief-gate';
import type { Style } from './style';
import { wrapBullet, wrapText } from './wrap';

const WIDTH = 80;

/**
 * The relief step in the terminal, shown the moment the red flags are clear for a cramp happening now:
 * the region's stretch with its holds and sources, its cautions, and what would rule it out.
 * @example renderRelief(findReliefStep(state)!, createStyle(false))[1] // ' STRETCH IT NOW '
 */
export function renderRelief(relief: ReliefStep, style: Style): string[] {
  const { step, regionSource, skipIf } = relief;
  const lines = ['', style.inverse(style.green(style.bold(' STRETCH IT NOW '))), ...wrapText(step.instructions, WIDTH)];
  lines.push(style.dim(`[${step.source}; ${regionSource}]`));
  for (const caution of step.cautions) lines.push(...wrapText(`! ${caution}`, WIDTH, '  ').map((l) => style.yellow(l)));
  if (skipIf.length > 0) {
    lines.push(style.bold('Do not stretch if any of these is true: answer the next questions instead.'));
    for (const label of skipIf) lines.push(...wrapBullet('  • ', label, WIDTH));
  }
  lines.push('When the cramp has let go, answer the remaining questions for the full verdict and plan.', '');
  return lines;
}
