import type { ReliefStep as Relief } from '../../../core/questionnaire/relief-gate';

/** The relief step, shown once the red flags are clear for a cramp happening now: the stretch, then the questions. */
export function ReliefStep({ relief }: { relief: Relief }) {
  const { step, regionSource, skipIf } = relief;
  return (
    <>
      <p className="relief-instructions">{step.instructions}</p>
      <p className="source">
        Source: {step.source}; {regionSource}
      </p>
      <ul className="relief-cautions">
        {step.cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
      {skipIf.length > 0 && (
        <section className="card" aria-labelledby="relief-skip-if">
          <h2 id="relief-skip-if">Do not stretch if any of these is true</h2>
          <p>Answer the next questions instead: they decide what is safe.</p>
          <ul>
            {skipIf.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      )}
      <p>When the cramp has let go, continue: a few more questions give you the full verdict and a plan.</p>
    </>
  );
}
