/**
 * Pack-years: how much someone has smoked, as packs a day times years smoked (20 cigarettes to a
 * pack). A person whose smoking changed adds up one period per change.
 *
 * Everything is counted in whole hundredths of a pack-year, so that the total is exact for every
 * answer the form accepts (whole cigarettes, packs with at most two decimals, whole years): 7
 * cigarettes a day for 4 years plus 12 a day for 31 years is exactly 20, never 19.999999999999996.
 * The figure shown is the figure compared.
 *
 * @example packYears([{ perDay: 10, unit: 'cigarettes', years: 20 }, { perDay: 1, unit: 'packs', years: 15 }]) // 25
 */

export const CIGARETTES_PER_PACK = 20;
/** Packs a day may be typed with at most this many decimals (so the hundredths above are exact). */
export const PACK_DECIMALS = 2;

export interface SmokingPeriod {
  /** How much a day: a whole count of cigarettes, or packs with at most two decimals. */
  perDay: number;
  unit: 'cigarettes' | 'packs';
  /** Whole years. */
  years: number;
}

/** Hundredths of a pack smoked a day during one period (a whole number). */
function packsPerDayInHundredths(period: SmokingPeriod): number {
  // 100 / 20 = 5 hundredths of a pack per cigarette; packs were typed with at most two decimals.
  return period.unit === 'packs' ? Math.round(period.perDay * 100) : period.perDay * (100 / CIGARETTES_PER_PACK);
}

/** Pack-years in whole hundredths: exact integer arithmetic over every period. */
export function packYearsInHundredths(periods: readonly SmokingPeriod[]): number {
  return periods.reduce((total, period) => total + packsPerDayInHundredths(period) * period.years, 0);
}

/** Σ packs a day × years, over every period: exact to the hundredth. */
export function packYears(periods: readonly SmokingPeriod[]): number {
  return packYearsInHundredths(periods) / 100;
}

/** Packs a day during one period. */
export function packsPerDay(period: SmokingPeriod): number {
  return packsPerDayInHundredths(period) / 100;
}

/**
 * Whether a pack-year figure reaches a threshold, decided on whole hundredths (the precision the
 * form shows), so a figure shown as "20" is never "under 20".
 */
export function reachesPackYears(packYears: number, threshold: number): boolean {
  return Math.round(packYears * 100) >= Math.round(threshold * 100);
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
    return `${amount} × ${formatNumber(period.years)} ${period.years === 1 ? 'year' : 'years'} = ${formatNumber(packYears([period]))} pack-years`;
  });
  if (periods.length > 1) lines.push(`Total: ${formatNumber(packYears(periods))} pack-years`);
  return lines;
}
