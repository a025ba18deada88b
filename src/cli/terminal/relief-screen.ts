import type { Translator } from '../../core/i18n/translator';
import type { ReliefStep } from '../../core/questionnaire/relief-gate';
import { SOURCE_CLI_TRANSLATOR } from '../io/cli-language';
import type { Style } from './style';
import { wrapBullet, wrapText } from './wrap';

const WIDTH = 80;

/**
 * The relief step in the terminal, shown the moment the red flags are clear for a cramp happening now:
 * the region's stretch with its holds and sources, its cautions, and what would rule it out.
 * @example renderRelief(findReliefStep(state)!, createStyle(false))[1] // ' STRETCH IT NOW '
 */
export function renderRelief(relief: ReliefStep, style: Style, t: Translator = SOURCE_CLI_TRANSLATOR): string[] {
  const { step, regionSource, skipIf } = relief;
  const banner = ` ${t.t('cli.relief.banner')} `;
  const lines = ['', style.inverse(style.green(style.bold(banner))), ...wrapText(step.instructions, WIDTH)];
  lines.push(style.dim(`[${step.source}; ${regionSource}]`));
  for (const caution of step.cautions) lines.push(...wrapText(`! ${caution}`, WIDTH, '  ').map((l) => style.yellow(l)));
  if (skipIf.length > 0) {
    lines.push(style.bold(t.t('cli.relief.skip-if')));
    for (const label of skipIf) lines.push(...wrapBullet('  • ', label, WIDTH));
  }
  lines.push(t.t('cli.relief.then'), '');
  return lines;
}
