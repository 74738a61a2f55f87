import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GUIDELINES } from '@/screening/guidelines';
import type { GuidelineResult, Verdict } from '@/screening/evaluate';
import { disagreement, formatPercent, formatRange, outOf1000 } from '@/screening/risk-summary';
import { sideOf } from '@/screening/risk-reference-lines';

const withVerdicts = (...verdicts: Verdict[]): GuidelineResult[] =>
  verdicts.map((verdict, i) => ({ guideline: GUIDELINES[i]!, verdict, criteria: [] }));

describe('risk in words and numbers', () => {
  it('writes percentages with one decimal from 1% up and two below, so small risks never read as 0%', () => {
    expect(formatPercent(0.0876161)).toBe('8.8%');
    expect(formatPercent(0.0151)).toBe('1.5%');
    expect(formatPercent(0.00156395)).toBe('0.16%');
    expect(formatPercent(0.1)).toBe('10%');
    expect(formatRange({ low: 0.011, high: 0.034 })).toBe('1.1% to 3.4%');
    expect(formatRange({ low: 0.0876, high: 0.0876 })).toBe('8.8%');
  });

  it('counts people out of 1,000, always between 0 and 1,000', () => {
    expect(outOf1000(0.0876161)).toBe(88);
    expect(outOf1000(0.0004)).toBe(0);
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (risk) => {
      const count = outOf1000(risk);
      return Number.isInteger(count) && count >= 0 && count <= 1000 && Math.abs(count - risk * 1000) <= 0.5;
    }));
  });

  it('places an estimate against a threshold: at counts as above; a range across it is either side', () => {
    expect(sideOf({ low: 0.0151, high: 0.0151 }, 0.0151)).toBe('above');
    expect(sideOf({ low: 0.015, high: 0.015 }, 0.0151)).toBe('below');
    expect(sideOf({ low: 0.01, high: 0.02 }, 0.0151)).toBe('either side');
  });

  it('names a disagreement between the guidelines and the model only when there is one', () => {
    const low = { low: 0.01, high: 0.01 };
    const high = { low: 0.03, high: 0.03 };
    expect(disagreement(low, withVerdicts('recommended', 'not-recommended', 'not-recommended'))).toBe('recommended-but-low-risk');
    expect(disagreement(high, withVerdicts('not-recommended', 'not-recommended', 'not-recommended'))).toBe('not-recommended-but-high-risk');
    expect(disagreement(high, withVerdicts('recommended', 'recommended', 'recommended'))).toBeUndefined();
    expect(disagreement(low, withVerdicts('not-recommended', 'not-recommended', 'not-recommended'))).toBeUndefined();
    // Between the two thresholds (1.51% and 1.7%) is not "low".
    expect(disagreement({ low: 0.016, high: 0.016 }, withVerdicts('recommended', 'recommended', 'recommended'))).toBeUndefined();
    // No verdict yet: nothing to disagree with.
    expect(disagreement(high, withVerdicts('incomplete', 'incomplete', 'incomplete'))).toBeUndefined();
    expect(disagreement(high, withVerdicts('invalid', 'invalid', 'invalid'))).toBeUndefined();
  });
});
