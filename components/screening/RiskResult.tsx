import type { Answers } from '@/screening/answers';
import type { GuidelineResult } from '@/screening/evaluate';
import { MODEL_AGE_RANGE, modelWarnings } from '@/screening/risk-applies';
import { PLCOM2012_SOURCE, type RiskRange } from '@/screening/risk-model';
import { againstReferenceLines, type Side } from '@/screening/risk-reference-lines';
import { disagreement, formatRange, outOf1000 } from '@/screening/risk-summary';
import { IconArray } from './IconArray';
import { RiskScale } from './RiskScale';

const SIDE_TEXT: Record<Side, string> = {
  above: 'Your estimate is at or above it.',
  below: 'Your estimate is below it.',
  'either side': 'Your estimate could be on either side of it.',
};

interface Props {
  /** The estimate, once every question is answered. */
  range?: RiskRange;
  /** The person preferred not to give a group, so the range spans all six. */
  unknownRace: boolean;
  /** The guideline form's answers and verdicts, to say where they and the model disagree. */
  answers: Answers;
  results: readonly GuidelineResult[];
}

/**
 * The personal-risk result: the percentage, 1,000 people, the published thresholds, where it and
 * the guidelines disagree, and what the number means and does not.
 */
export function RiskResult({ range, unknownRace, answers, results }: Props) {
  if (!range) {
    return (
      <p class="live" role="status" aria-live="polite">
        Answer every question above to see your estimate.
      </p>
    );
  }
  const people = outOf1000(range.high);
  const conflict = disagreement(range, results);
  const outsideAges = modelWarnings(answers).includes('age-outside-55-74');
  return (
    <div class="risk-result">
      <h3>Your estimate</h3>
      <p class="live big" role="status" aria-live="polite">
        About {formatRange(range)} chance of being diagnosed with lung cancer in the next 6 years.
      </p>
      {answers.symptoms === true && (
        <p class="urgent">
          You said you have symptoms: see a doctor about them now, whatever this estimate says. It is not a reason to wait.
        </p>
      )}
      {unknownRace && (
        <p class="notice">
          You preferred not to give a group, so this is the range of estimates across all six groups the model knows. The
          estimate is less certain.
        </p>
      )}
      <IconArray range={range} />
      <RiskScale range={range} />
      <ul class="reference-lines">
        {againstReferenceLines(range).map(({ line, side }, i) => (
          <li key={line.id}>
            <span class={`line-key reference-${i + 1}`} aria-hidden="true" /> <strong>{Number((line.risk * 100).toFixed(2))}%</strong>: {line.meaning}{' '}
            {SIDE_TEXT[side]}{' '}
            <span class="muted">
              (
              <a href={line.source.url} target="_blank" rel="noopener noreferrer">
                {line.source.journal}, {line.source.citation.split(/[;(]/)[0]!.trim()}
              </a>
              )
            </span>
          </li>
        ))}
      </ul>
      {conflict === 'recommended-but-low-risk' && (
        <p class="notice">
          A guideline recommends screening for you, but your estimated risk is lower than both thresholds. The benefit of
          screening may be smaller for you than for most people it is recommended for. It is worth talking over with a
          doctor or nurse before deciding.
        </p>
      )}
      {conflict === 'not-recommended-but-high-risk' && (
        <p class="notice">
          The guidelines do not recommend screening for you, but your estimated risk is at or above a level where research
          found screening helpful. Talk it over with a doctor or nurse: some programs use risk models like this one.
        </p>
      )}
      {outsideAges && (
        <p class="notice">
          The model was built on people aged {MODEL_AGE_RANGE.min} to {MODEL_AGE_RANGE.max}. At {answers.age}, the estimate is less
          certain.
        </p>
      )}
      <h3>What this number means, and what it does not</h3>
      <p>
        Of 1,000 people with answers like yours, about {people === outOf1000(range.low) ? people : `${outOf1000(range.low)} to ${people}`} would be
        diagnosed with lung cancer in the next 6 years. It is an average for people like you, not a forecast of what will
        happen to you. It does not tell you whether you have cancer now, and it does not count symptoms: if you have any,
        see a doctor whatever this says. Quitting smoking lowers the risk year by year.
      </p>
      <p class="muted small-print">
        Model: PLCOm2012 ({PLCOM2012_SOURCE.authors} <a href={PLCOM2012_SOURCE.url} target="_blank" rel="noopener noreferrer">{PLCOM2012_SOURCE.journal} {PLCOM2012_SOURCE.citation.split(' ')[0]}</a>).
        This informs; it does not diagnose.
      </p>
    </div>
  );
}
