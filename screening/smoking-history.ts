import { CIGARETTES_PER_PACK, type SmokingPeriod } from './pack-years';

/**
 * The model asks for one "cigarettes a day" figure. For someone whose smoking changed, the fair
 * single figure is the average over all the years smoked, each period weighted by its length
 * (so it agrees with pack-years: average × years ÷ 20 = pack-years). Packs count as 20
 * cigarettes. Undefined when there are no years to average over.
 *
 * @example timeWeightedCigarettesPerDay([{ perDay: 10, unit: 'cigarettes', years: 30 },
 *   { perDay: 2, unit: 'packs', years: 10 }]) // { cigarettesPerDay: 17.5, yearsSmoked: 40 }
 */
export function timeWeightedCigarettesPerDay(
  periods: readonly SmokingPeriod[],
): { cigarettesPerDay: number; yearsSmoked: number } | undefined {
  const yearsSmoked = periods.reduce((sum, period) => sum + period.years, 0);
  if (!(yearsSmoked > 0)) return undefined;
  const cigaretteYears = periods.reduce((sum, period) => {
    const cigarettes = period.unit === 'packs' ? period.perDay * CIGARETTES_PER_PACK : period.perDay;
    return sum + cigarettes * period.years;
  }, 0);
  return { cigarettesPerDay: cigaretteYears / yearsSmoked, yearsSmoked };
}
