import { GUIDELINES } from '@/screening/guidelines';

/** What to do with the result, benefits and harms, and where the facts come from. */
export function NextSteps() {
  return (
    <section class="next-steps" aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading">Next steps</h2>
      <p>
        If a guideline recommends screening for you, ask your doctor or nurse about a yearly <strong>low-dose CT scan</strong>.
        You lie still on a table for a few seconds while a scanner takes pictures of your lungs, using a low dose of
        radiation. No needles are needed.
      </p>
      <p>
        <strong>Benefits:</strong> screening can find lung cancer early, when it is easier to treat, and lowers the chance of
        dying from it. <strong>Harms:</strong> a scan can show something that turns out not to be cancer (a false positive),
        which can lead to more tests; it can find cancers that would never have caused harm (overdiagnosis); and each scan
        uses a small amount of radiation.
      </p>
      <p>
        Good questions to ask: Is screening right for me? What happens if something is found? How can I get help to quit
        smoking?
      </p>
      <p class="muted small-print">
        Sources:{' '}
        {GUIDELINES.map((guideline, i) => (
          <span key={guideline.id}>
            {i > 0 && ', '}
            <a href={guideline.source.url} target="_blank" rel="noopener noreferrer">
              {guideline.source.publisher}
            </a>
          </span>
        ))}
        . This informs; it does not diagnose.
      </p>
    </section>
  );
}
