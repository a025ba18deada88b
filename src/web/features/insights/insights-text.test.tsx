import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findTriggerAssociations } from '../../../core/insights/triggers';
import type { EscalationAlert } from '../../../core/insights/types';
import { AlertList } from './AlertList';
import { TriggerTable } from './TriggerTable';

/** Rendered text without React's markers between text nodes. */
const renderText = (node: Parameters<typeof renderToString>[0]) => renderToString(node).replaceAll('<!-- -->', '');

describe('insights text', () => {
  it('cites an alert source by its readable title, never by its id', () => {
    const alert: EscalationAlert = {
      id: 'long-episodes',
      care: 'consultation',
      text: 'Some of your leg cramps lasted longer than 10 minutes.',
      recommendation: 'See a doctor.',
      evidence: '1 leg episode longer than 10 minutes.',
      source: 'nhs:leg-cramps',
    };
    const html = renderText(<AlertList alerts={[alert]} />);
    expect(html).toContain('Source: NHS: Leg cramps');
    expect(html).not.toContain('nhs:leg-cramps');
  });

  it('says in one short line that more episodes are needed, instead of listing every factor', () => {
    const html = renderText(<TriggerTable triggers={findTriggerAssociations([], [])} />);
    expect(html).toContain(
      'Log a few more episodes with their context, and daily check-ins, to see possible triggers.',
    );
    expect(html).not.toContain('Not enough data yet for:');
    expect(html.length).toBeLessThan(400);
  });
});
