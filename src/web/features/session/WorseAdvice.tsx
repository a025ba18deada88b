import type { WorseAdvice as Advice } from '../../../core/plan/session';
import { describeSource } from '../../../core/sources';

/** What to do after "it's getting worse": stop, and when to get help — prominent, with sources. */
export function WorseAdvice({ advice, emergencyNumber }: { advice: Advice; emergencyNumber: string }) {
  return (
    <section className="care-banner care-danger" aria-labelledby="worse-heading" role="alert">
      <h1 id="worse-heading">Stop the massage now</h1>
      <p>{advice.text}</p>
      <p className="source-on-dark">Source: {describeSource(advice.source)}</p>
      <h2>Get help</h2>
      <ul>
        {advice.whenToGetHelp.map((item) => (
          <li key={item.text}>
            {item.text} <span className="source-on-dark">({describeSource(item.source)})</span>
          </li>
        ))}
      </ul>
      <a className="button button-call" href={`tel:${emergencyNumber}`}>
        Call emergency services: {emergencyNumber}
      </a>
    </section>
  );
}
