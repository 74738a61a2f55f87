import type { GuidelineResult } from './evaluate';
import { RISK_REFERENCE_LINES } from './risk-reference-lines';
import type { RiskRange } from './risk-model';

/*
 * Turning a 6-year risk into words and numbers people can picture: a percentage, a count out of
 * 1,000 people, and whether it disagrees with what the guidelines said.
 */

/** "2.3%" (one decimal from 1% up, two below, so small risks do not read as 0%). */
export function formatPercent(risk: number): string {
  const percent = risk * 100;
  const decimals = percent >= 1 ? 1 : 2;
  return `${Number(percent.toFixed(decimals))}%`;
}

/** "2.3%", or "1.1% to 3.4%" for a range. */
export function formatRange({ low, high }: RiskRange): string {
  const lowText = formatPercent(low);
  const highText = formatPercent(high);
  return lowText === highText ? lowText : `${lowText} to ${highText}`;
}

/** How many of 1,000 people like this would be expected to be diagnosed (at least 0, at most 1,000). */
export function outOf1000(risk: number): number {
  return Math.min(1000, Math.max(0, Math.round(risk * 1000)));
}

export type Disagreement =
  /** At least one guideline recommends screening, but the risk is below both thresholds. */
  | 'recommended-but-low-risk'
  /** No guideline recommends screening, but the risk is at or above the lower threshold. */
  | 'not-recommended-but-high-risk';

/**
 * When the guidelines (three facts: age, pack-years, years since quitting) and the model (many
 * more) point different ways, people should hear it plainly. Undefined when they agree, or when
 * the guidelines have no answer yet.
 */
export function disagreement(range: RiskRange, results: readonly GuidelineResult[]): Disagreement | undefined {
  const verdicts = results.map((result) => result.verdict);
  const lowest = Math.min(...RISK_REFERENCE_LINES.map((line) => line.risk));
  if (verdicts.includes('recommended') && range.high < lowest) return 'recommended-but-low-risk';
  if (verdicts.length > 0 && verdicts.every((verdict) => verdict === 'not-recommended') && range.low >= lowest) {
    return 'not-recommended-but-high-risk';
  }
  return undefined;
}
