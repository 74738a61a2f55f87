import { outOf1000 } from '@/screening/risk-summary';
import type { RiskRange } from '@/screening/risk-model';

const COLUMNS = 40;
const ROWS = 25;
const CELL = 9;

/**
 * 1,000 people as 1,000 small figures: those expected to be diagnosed with lung cancer in the next
 * 6 years are filled in (and, for a range, the uncertain ones are outlined), counted from the
 * top left so the count can be read row by row (40 to a row). Screen readers get the counts in
 * words instead of the picture.
 */
export function IconArray({ range }: { range: RiskRange }) {
  const certain = outOf1000(range.low);
  const possible = outOf1000(range.high);
  const label =
    certain === possible
      ? `Of 1,000 people with answers like yours, about ${certain} would be diagnosed with lung cancer in the next 6 years and ${1000 - certain} would not.`
      : `Of 1,000 people with answers like yours, between ${certain} and ${possible} would be diagnosed with lung cancer in the next 6 years.`;
  const cells = [];
  for (let i = 0; i < COLUMNS * ROWS; i++) {
    const kind = i < certain ? 'diagnosed' : i < possible ? 'maybe' : 'not';
    cells.push(<circle key={i} class={kind} cx={(i % COLUMNS) * CELL + CELL / 2} cy={Math.floor(i / COLUMNS) * CELL + CELL / 2} r={3.3} />);
  }
  return (
    <figure class="icon-array">
      <svg role="img" aria-label={label} viewBox={`0 0 ${COLUMNS * CELL} ${ROWS * CELL}`} width={COLUMNS * CELL} height={ROWS * CELL}>
        {cells}
      </svg>
      <figcaption>
        <span class="key diagnosed" aria-hidden="true" /> diagnosed within 6 years ({certain === possible ? certain : `${certain} to ${possible}`}){' '}
        {certain !== possible && (
          <>
            <span class="key maybe" aria-hidden="true" /> depends on the group you belong to{' '}
          </>
        )}
        <span class="key not" aria-hidden="true" /> not diagnosed
      </figcaption>
    </figure>
  );
}
