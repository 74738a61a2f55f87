import type { CriterionStatus, GuidelineResult, Verdict } from '@/screening/evaluate';

const STATUS_TEXT: Record<CriterionStatus, { icon: string; text: string }> = {
  met: { icon: '✓', text: 'Met' },
  'not-met': { icon: '✗', text: 'Not met' },
  unanswered: { icon: '…', text: 'Not answered yet' },
  ask: { icon: '?', text: 'Ask your doctor' },
  step: { icon: '→', text: 'Step' },
};

const VERDICT_TEXT: Record<Verdict, string> = {
  'see-doctor': 'See a doctor about your symptoms now, not screening',
  recommended: 'Screening recommended',
  'not-recommended': 'Not recommended by this guideline',
  incomplete: 'Answer the questions to see',
  invalid: 'Fix the answers marked above',
};

/** Every guideline side by side, criterion by criterion, each with a plain reason. */
export function ScreeningResults({ results }: { results: readonly GuidelineResult[] }) {
  return (
    <div class="guidelines">
      {results.map(({ guideline, verdict, criteria }) => (
        <section key={guideline.id} class={`guideline verdict-${verdict}`} aria-labelledby={`${guideline.id}-name`}>
          <h3 id={`${guideline.id}-name`}>{guideline.name}</h3>
          <p class="verdict">{VERDICT_TEXT[verdict]}</p>
          {verdict !== 'invalid' && (
            <ul class="criteria">
              {criteria.map((criterion) => (
                <li key={criterion.id} class={`criterion ${criterion.status}`}>
                  <span aria-hidden="true" class="icon">
                    {STATUS_TEXT[criterion.status].icon}
                  </span>{' '}
                  <strong>{criterion.label}</strong>
                  <span class="visually-hidden">: {STATUS_TEXT[criterion.status].text}.</span>
                  <br />
                  <span class="reason">{criterion.reason}</span>
                </li>
              ))}
            </ul>
          )}
          <p class="muted small-print">
            <a href={guideline.source.url} target="_blank" rel="noopener noreferrer">
              {guideline.source.publisher}
            </a>
          </p>
        </section>
      ))}
    </div>
  );
}

/** One sentence for the live region: what each guideline says now. */
export function verdictSummary(results: readonly GuidelineResult[]): string {
  if (results.every((r) => r.verdict === 'see-doctor')) {
    return 'With symptoms, no guideline recommends screening: see a doctor about your symptoms now.';
  }
  if (results.some((r) => r.verdict === 'invalid')) return 'Some answers need fixing before there is a result.';
  if (results.every((r) => r.verdict === 'incomplete')) return '';
  return results.map((r) => `${r.guideline.name}: ${VERDICT_TEXT[r.verdict].toLowerCase()}.`).join(' ');
}
