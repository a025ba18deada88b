import type { Reason } from '../../../core/assessment';
import { useCarePlace } from '../../lib/settings';

const AXIS_NOTE: Record<Reason['axis'], string> = {
  care: 'This decides when to get medical help.',
  massage: 'This decides whether and how you may massage.',
  info: 'Background for your situation.',
};

/** Every rule that fired, each with a "Why?" disclosure naming its source. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const { careText } = useCarePlace();
  return (
    <ul className="reason-list list-plain">
      {reasons.map((reason) => (
        <li key={reason.id} className="card">
          <p>{careText(reason.text)}</p>
          <details className="why">
            <summary>Why?</summary>
            <p>{AXIS_NOTE[reason.axis]}</p>
            <p className="source">Source: {reason.source}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
