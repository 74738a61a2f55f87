import { RISK_REFERENCE_LINES } from '@/screening/risk-reference-lines';
import type { RiskRange } from '@/screening/risk-model';
import { formatPercent } from '@/screening/risk-summary';

const WIDTH = 360;
const HEIGHT = 44;
const BAR_Y = 18;

/**
 * The estimate on a line from 0%, with the two published thresholds drawn across it (1.51% dashed,
 * 1.7% dotted). The words beside it say the same for screen readers, so the drawing is hidden
 * from them.
 */
export function RiskScale({ range }: { range: RiskRange }) {
  const top = Math.min(1, Math.max(0.03, range.high * 1.25));
  const x = (risk: number) => 8 + (risk / top) * (WIDTH - 16);
  return (
    <svg class="risk-scale" aria-hidden="true" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
      <rect class="track" x={8} y={BAR_Y} width={WIDTH - 16} height={8} rx={4} />
      <rect class="you" x={x(range.low) - 3} y={BAR_Y - 4} width={Math.max(6, x(range.high) - x(range.low) + 6)} height={16} rx={3} />
      {RISK_REFERENCE_LINES.map((line, i) => (
        <line key={line.id} class={`reference reference-${i + 1}`} x1={x(line.risk)} x2={x(line.risk)} y1={BAR_Y - 10} y2={BAR_Y + 18} />
      ))}
      <text x={8} y={HEIGHT - 2}>0%</text>
      <text x={WIDTH - 8} y={HEIGHT - 2} text-anchor="end">
        {formatPercent(top)}
      </text>
      <text x={x(range.high) + 6} y={11}>You</text>
    </svg>
  );
}
