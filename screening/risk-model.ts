import type { RiskAnswers } from './risk-form';

/*
 * PLCOm2012: a person's chance of being diagnosed with lung cancer in the next 6 years, for people
 * who have ever smoked. It is a logistic regression fitted to the PLCO trial (Tammemägi et al.,
 * N Engl J Med 2013;368:728–736, Table 2). Everything here is pure: numbers in, numbers out, so it
 * can be tested without a page and shown with its working.
 *
 * Each continuous answer enters the model "centred": as its distance from a typical PLCO
 * participant (age 62, education level 4, BMI 27, 27 years smoked, 10 years since quitting). The
 * coefficients below only mean anything with those same centres, so they are kept together.
 */

export const PLCOM2012_SOURCE = {
  title: 'Selection criteria for lung-cancer screening',
  authors: 'Tammemägi MC, Katki HA, Hocking WG, et al.',
  journal: 'New England Journal of Medicine',
  citation: '2013;368(8):728–736 (Table 2)',
  url: 'https://doi.org/10.1056/NEJMoa1211776',
} as const;

/** Race or ethnic group, as the PLCO trial recorded it. */
export type RaceEthnicity =
  | 'white'
  | 'black'
  | 'hispanic'
  | 'asian'
  | 'american-indian-alaska-native'
  | 'native-hawaiian-pacific-islander';

export const RACE_ETHNICITIES: readonly RaceEthnicity[] = [
  'white',
  'black',
  'hispanic',
  'asian',
  'american-indian-alaska-native',
  'native-hawaiian-pacific-islander',
];

export const RACE_LABELS: Record<RaceEthnicity, string> = {
  white: 'White',
  black: 'Black',
  hispanic: 'Hispanic',
  asian: 'Asian',
  'american-indian-alaska-native': 'American Indian or Alaska Native',
  'native-hawaiian-pacific-islander': 'Native Hawaiian or Pacific Islander',
};

/** Highest level of education finished, coded 1–6 as in the PLCO questionnaire. */
export type EducationLevel = 1 | 2 | 3 | 4 | 5 | 6;

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  1: 'Less than high school',
  2: 'High school graduate',
  3: 'Training after high school (not college)',
  4: 'Some college',
  5: 'College graduate',
  6: 'Postgraduate or professional degree',
};

/** Everything the model needs, for one person who has smoked. */
export interface RiskInputs {
  age: number;
  race: RaceEthnicity;
  education: EducationLevel;
  /** Body-mass index, kg/m². */
  bmi: number;
  /** Chronic obstructive pulmonary disease (COPD), emphysema or chronic bronchitis. */
  copd: boolean;
  /** Any cancer diagnosed before. */
  personalCancerHistory: boolean;
  /** A parent, brother or sister who had lung cancer. */
  familyLungCancerHistory: boolean;
  currentlySmokes: boolean;
  /** Average while smoking; must be more than 0. */
  cigarettesPerDay: number;
  yearsSmoked: number;
  /** Ignored for current smokers: the model counts them as 0 years since quitting. */
  yearsSinceQuit: number;
}

/** Coefficients (log-odds) and centres, exactly as published in Table 2. */
export const PLCOM2012 = {
  intercept: -4.532506,
  age: { perYear: 0.0778868, centre: 62 },
  race: {
    white: 0,
    black: 0.3944778,
    hispanic: -0.7434744,
    asian: -0.466585,
    // 0 (the same as White) and +1.027152 for Pacific Islanders, as resplab/PLCOm2012 and Kevin
    // ten Haaf's code have it; some public code swaps these two (see tests/unit/risk-model.test.ts).
    'american-indian-alaska-native': 0,
    'native-hawaiian-pacific-islander': 1.027152,
  } satisfies Record<RaceEthnicity, number>,
  education: { perLevel: -0.0812744, centre: 4 },
  bmi: { perUnit: -0.0274194, centre: 27 },
  copd: 0.3553063,
  personalCancerHistory: 0.4589971,
  familyLungCancerHistory: 0.587185,
  currentlySmokes: 0.2597431,
  /**
   * Intensity enters as 10 / cigarettes a day: the first few cigarettes a day add far more risk
   * than going from 30 to 40. The centre is the constant the paper subtracts from that value.
   */
  intensity: { coefficient: -1.822606, centre: 0.4021541613 },
  yearsSmoked: { perYear: 0.0317321, centre: 27 },
  yearsSinceQuit: { perYear: -0.0308572, centre: 10 },
} as const;

/** The model's log-odds (logit) for one person; see plcom2012Risk. */
export function plcom2012LogOdds(inputs: RiskInputs): number {
  if (!(inputs.cigarettesPerDay > 0) || !Number.isFinite(inputs.cigarettesPerDay)) {
    // 10 / 0 has no meaning: the model is for people who have smoked.
    throw new RangeError(`PLCOm2012 needs more than 0 cigarettes a day, got ${inputs.cigarettesPerDay}.`);
  }
  const m = PLCOM2012;
  const yearsSinceQuit = inputs.currentlySmokes ? 0 : inputs.yearsSinceQuit;
  return (
    m.intercept +
    m.age.perYear * (inputs.age - m.age.centre) +
    m.race[inputs.race] +
    m.education.perLevel * (inputs.education - m.education.centre) +
    m.bmi.perUnit * (inputs.bmi - m.bmi.centre) +
    (inputs.copd ? m.copd : 0) +
    (inputs.personalCancerHistory ? m.personalCancerHistory : 0) +
    (inputs.familyLungCancerHistory ? m.familyLungCancerHistory : 0) +
    (inputs.currentlySmokes ? m.currentlySmokes : 0) +
    m.intensity.coefficient * (10 / inputs.cigarettesPerDay - m.intensity.centre) +
    m.yearsSmoked.perYear * (inputs.yearsSmoked - m.yearsSmoked.centre) +
    m.yearsSinceQuit.perYear * (yearsSinceQuit - m.yearsSinceQuit.centre)
  );
}

/**
 * The chance (0 to 1) of a lung cancer diagnosis within 6 years.
 *
 * @example plcom2012Risk({ age: 62, race: 'white', education: 4, bmi: 27, copd: false,
 *   personalCancerHistory: false, familyLungCancerHistory: false, currentlySmokes: false,
 *   cigarettesPerDay: 80, yearsSmoked: 27, yearsSinceQuit: 10 }) // ≈ 0.0175
 */
export function plcom2012Risk(inputs: RiskInputs): number {
  return 1 / (1 + Math.exp(-plcom2012LogOdds(inputs)));
}

/** Lowest and highest 6-year risk; equal when the estimate is a single number. */
export interface RiskRange {
  low: number;
  high: number;
}

/**
 * For someone who would rather not give their race or ethnicity: the estimate under each of the
 * six groups, as a range, so no group is assumed for them.
 */
export function riskRangeAcrossRaces(inputs: Omit<RiskInputs, 'race'>): RiskRange {
  const risks = RACE_ETHNICITIES.map((race) => plcom2012Risk({ ...inputs, race }));
  return { low: Math.min(...risks), high: Math.max(...risks) };
}

/**
 * The estimate for answers read from the form: a single value (low = high) when race is known,
 * or the range across all six groups when the person preferred not to say.
 */
export function estimateRisk(answers: RiskAnswers): RiskRange {
  const { race, ...rest } = answers;
  if (race === 'prefer-not-to-say') return riskRangeAcrossRaces(rest);
  const risk = plcom2012Risk({ ...rest, race });
  return { low: risk, high: risk };
}
