/**
 * Pack-years: how much someone has smoked, as packs a day times years smoked (20 cigarettes to a
 * pack). A person whose smoking changed adds up one period per change.
 *
 * @example packYears([{ perDay: 10, unit: 'cigarettes', years: 20 }, { perDay: 1, unit: 'packs', years: 15 }]) // 25
 */

export const CIGARETTES_PER_PACK = 20;

export interface SmokingPeriod {
  /** How much a day: a count of cigarettes, or of packs. */
  perDay: number;
  unit: 'cigarettes' | 'packs';
  years: number;
}

/** Packs a day during one period. */
export function packsPerDay(period: SmokingPeriod): number {
  return period.unit === 'packs' ? period.perDay : period.perDay / CIGARETTES_PER_PACK;
}

/** Σ packs a day × years, over every period. */
export function packYears(periods: readonly SmokingPeriod[]): number {
  return periods.reduce((total, period) => total + packsPerDay(period) * period.years, 0);
}

/** A number as people write it: at most two decimals, no trailing zeros ("1.5", "0.25", "30"). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The calculation, one line per period and a total, to show people how their answer was reached.
 *
 * @example describePackYears([{ perDay: 10, unit: 'cigarettes', years: 20 }])
 * // ['10 cigarettes a day = 0.5 packs × 20 years = 10 pack-years']
 */
export function describePackYears(periods: readonly SmokingPeriod[]): string[] {
  const lines = periods.map((period) => {
    const packs = packsPerDay(period);
    const amount =
      period.unit === 'packs'
        ? `${formatNumber(packs)} ${packs === 1 ? 'pack' : 'packs'} a day`
        : `${formatNumber(period.perDay)} ${period.perDay === 1 ? 'cigarette' : 'cigarettes'} a day = ${formatNumber(packs)} ${packs === 1 ? 'pack' : 'packs'}`;
    return `${amount} × ${formatNumber(period.years)} ${period.years === 1 ? 'year' : 'years'} = ${formatNumber(packs * period.years)} pack-years`;
  });
  if (periods.length > 1) lines.push(`Total: ${formatNumber(packYears(periods))} pack-years`);
  return lines;
}
