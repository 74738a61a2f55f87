import { LIMITS, type SmokingStatus } from './answers';
import { CIGARETTES_PER_PACK, type SmokingPeriod } from './pack-years';
import { readDecimal, readWholeNumber } from './read-number';

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

// ── Body-mass index and units ────────────────────────────────────────────────────────────────

/** Exact by definition (international yard and pound, 1959). */
export const CM_PER_INCH = 2.54;
export const INCHES_PER_FOOT = 12;
export const KG_PER_POUND = 0.45359237;

/** BMI = weight in kg / (height in m)². */
export function bmiFrom({ heightCm, weightKg }: { heightCm: number; weightKg: number }): number {
  const metres = heightCm / 100;
  return weightKg / (metres * metres);
}

export function feetAndInchesToCm(feet: number, inches: number): number {
  return (feet * INCHES_PER_FOOT + inches) * CM_PER_INCH;
}

export function poundsToKg(pounds: number): number {
  return pounds * KG_PER_POUND;
}

// ── Smoking history ──────────────────────────────────────────────────────────────────────────

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

// ── When the model applies ───────────────────────────────────────────────────────────────────

/** PLCO enrolled people aged 55 to 74; outside that the model is extrapolating. */
export const MODEL_AGE_RANGE = { min: 55, max: 74 } as const;

export type ModelWarning =
  /** The model is for people who have smoked: it gives no estimate for never-smokers. */
  | 'never-smoked'
  /** The model was built on people aged 55–74; an estimate outside that is less certain. */
  | 'age-outside-55-74';

/** What limits the estimate for this person; an empty list means none. */
export function modelWarnings(person: { age?: number; smoking?: SmokingStatus }): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  if (person.smoking === 'never') warnings.push('never-smoked');
  if (person.age !== undefined && (person.age < MODEL_AGE_RANGE.min || person.age > MODEL_AGE_RANGE.max)) {
    warnings.push('age-outside-55-74');
  }
  return warnings;
}

/** False only when the model gives no estimate at all (never-smokers); other warnings are caveats. */
export function modelApplies(person: { age?: number; smoking?: SmokingStatus }): boolean {
  return !modelWarnings(person).includes('never-smoked');
}

// ── Reference lines ──────────────────────────────────────────────────────────────────────────

export interface RiskReferenceLine {
  id: 'plcom2012-1.51' | 'ilst-1.7';
  /** 6-year risk, 0 to 1. */
  risk: number;
  label: string;
  source: { title: string; authors: string; journal: string; citation: string; url: string };
}

/** Published risk thresholds to draw next to a person's estimate, for context. */
export const RISK_REFERENCE_LINES: readonly RiskReferenceLine[] = [
  {
    id: 'plcom2012-1.51',
    risk: 0.0151,
    label: '1.51% over 6 years: the risk above which lung cancer death rates in the NLST were consistently lower with CT screening than with chest X-rays',
    source: {
      title:
        'Evaluation of the Lung Cancer Risks at Which to Screen Ever- and Never-Smokers: Screening Rules Applied to the PLCO and NLST Cohorts',
      authors: 'Tammemägi MC, Church TR, Hocking WG, et al.',
      journal: 'PLOS Medicine',
      citation: '2014;11(12):e1001764',
      url: 'https://doi.org/10.1371/journal.pmed.1001764',
    },
  },
  {
    id: 'ilst-1.7',
    risk: 0.017,
    label: '1.7% over 6 years: the threshold the International Lung Screening Trial (ILST) compared with the USPSTF criteria',
    source: {
      title:
        'USPSTF2013 versus PLCOm2012 lung cancer screening eligibility criteria (International Lung Screening Trial): interim analysis of a prospective cohort study',
      authors: 'Tammemägi MC, et al.',
      journal: 'The Lancet Oncology',
      citation: '2022 (published online 10 December 2021)',
      url: 'https://doi.org/10.1016/S1470-2045(21)00590-8',
    },
  },
];

// ── Reading the form ─────────────────────────────────────────────────────────────────────────

export type YesNo = 'yes' | 'no' | '';
export type RaceAnswer = RaceEthnicity | 'prefer-not-to-say';

/** The risk questions exactly as typed; age, smoking status and years since quitting come from the main form. */
export interface RiskFormInput {
  /** '' or '1'…'6' (see EDUCATION_LABELS). */
  education: string;
  units: 'metric' | 'us';
  heightCm: string;
  weightKg: string;
  heightFeet: string;
  heightInches: string;
  weightPounds: string;
  copd: YesNo;
  personalCancer: YesNo;
  familyLungCancer: YesNo;
  race: RaceAnswer | '';
  /** Average cigarettes a day while smoking. */
  cigarettesPerDay: string;
  yearsSmoked: string;
}

export const EMPTY_RISK_FORM: RiskFormInput = {
  education: '',
  units: 'metric',
  heightCm: '',
  weightKg: '',
  heightFeet: '',
  heightInches: '',
  weightPounds: '',
  copd: '',
  personalCancer: '',
  familyLungCancer: '',
  race: '',
  cigarettesPerDay: '',
  yearsSmoked: '',
};

/** Like RiskInputs, but race may be unknown: then the estimate is the range across all groups. */
export interface RiskAnswers extends Omit<RiskInputs, 'race'> {
  race: RaceAnswer;
}

/** Field key (a RiskFormInput field, or "bmi" for height and weight together) → message. */
export type RiskFieldErrors = Partial<Record<keyof RiskFormInput | 'bmi', string>>;

/**
 * What a person could plausibly type, so typos are caught before they reach the model. Heights
 * and weights are wide enough for very short, tall, light and heavy adults; the US limits are the
 * metric ones rounded inward to whole inches and to tens of pounds so each message is exact in
 * its own units. The BMI limits catch a height and weight that are each possible but not together.
 */
export const RISK_LIMITS = {
  minHeightCm: 120,
  maxHeightCm: 230,
  /** 4 ft 0 in (121.92 cm). */
  minHeightInches: 48,
  /** 7 ft 6 in (228.6 cm). */
  maxHeightInches: 90,
  minWeightKg: 30,
  maxWeightKg: 300,
  /** 31.8 kg. */
  minWeightPounds: 70,
  /** 299.4 kg. */
  maxWeightPounds: 660,
  minBmi: 12,
  maxBmi: 70,
  maxCigarettesPerDay: LIMITS.maxCigarettesPerDay,
} as const;

const EDUCATION_CODES: Record<string, EducationLevel> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 };

function isRaceAnswer(text: string): text is RaceAnswer {
  return text === 'prefer-not-to-say' || (RACE_ETHNICITIES as readonly string[]).includes(text);
}

/**
 * Reads the risk questions into the model's inputs and per-field messages, in the manner of
 * readAnswers: an empty field is simply not answered, a field with an error has no value.
 * `inputs` is there only when every question is answered and valid, the person has smoked, and
 * the main form has given their age (and, for former smokers, years since quitting).
 *
 * @example readRiskForm({ ...EMPTY_RISK_FORM, cigarettesPerDay: '0' }, {}).errors.cigarettesPerDay
 * // 'Cigarettes a day must be more than 0.'
 */
export function readRiskForm(
  input: RiskFormInput,
  shared: {
    age?: number;
    smoking?: SmokingStatus;
    yearsSinceQuit?: number;
    /** Worked out from the main form's smoking periods; then the two smoking fields are not asked. */
    smokingHistory?: { cigarettesPerDay: number; yearsSmoked: number };
  },
): { inputs?: RiskAnswers; errors: RiskFieldErrors } {
  const errors: RiskFieldErrors = {};
  const answers: Partial<RiskAnswers> = {};

  const educationText = input.education.trim();
  if (educationText !== '') {
    const level = EDUCATION_CODES[educationText];
    if (level) answers.education = level;
    else errors.education = 'Choose the highest level of education you finished from the list.';
  }

  if (input.race !== '') {
    if (isRaceAnswer(input.race)) answers.race = input.race;
    else errors.race = 'Choose one of the listed groups, or "Prefer not to say".';
  }

  if (input.copd) answers.copd = input.copd === 'yes';
  if (input.personalCancer) answers.personalCancerHistory = input.personalCancer === 'yes';
  if (input.familyLungCancer) answers.familyLungCancerHistory = input.familyLungCancer === 'yes';

  const bmi = readBmi(input, errors);
  if (bmi !== undefined) answers.bmi = bmi;

  // Smoking questions only mean something for people who have smoked.
  if (shared.smoking !== 'never' && shared.smokingHistory) {
    answers.cigarettesPerDay = shared.smokingHistory.cigarettesPerDay;
    answers.yearsSmoked = shared.smokingHistory.yearsSmoked;
  } else if (shared.smoking !== 'never') {
    const cigarettes = readWholeNumber(input.cigarettesPerDay, 'Cigarettes a day');
    if (cigarettes && 'error' in cigarettes) errors.cigarettesPerDay = cigarettes.error;
    else if (cigarettes && cigarettes.value === 0) errors.cigarettesPerDay = 'Cigarettes a day must be more than 0.';
    else if (cigarettes && cigarettes.value > RISK_LIMITS.maxCigarettesPerDay) {
      errors.cigarettesPerDay = `Enter at most ${RISK_LIMITS.maxCigarettesPerDay} cigarettes a day.`;
    } else if (cigarettes) answers.cigarettesPerDay = cigarettes.value;

    const years = readWholeNumber(input.yearsSmoked, 'Years smoked');
    const quit = shared.smoking === 'current' ? 0 : shared.yearsSinceQuit;
    if (years && 'error' in years) errors.yearsSmoked = years.error;
    else if (years && years.value === 0) errors.yearsSmoked = 'Enter at least 1 year. If you smoked for less than a year, enter 1.';
    else if (years && shared.age !== undefined && years.value > shared.age) {
      errors.yearsSmoked = `You can't have smoked for more years than your age (${shared.age}).`;
    } else if (years && shared.age !== undefined && years.value + (quit ?? 0) > shared.age - LIMITS.youngestPossibleSmoker) {
      const maxYears = shared.age - LIMITS.youngestPossibleSmoker;
      errors.yearsSmoked = `At age ${shared.age}, years smoked${quit ? ' plus years since quitting' : ''} can't be more than ${maxYears}.`;
    } else if (years) answers.yearsSmoked = years.value;
  }

  if (shared.age !== undefined) answers.age = shared.age;
  if (shared.smoking === 'current') {
    answers.currentlySmokes = true;
    answers.yearsSinceQuit = 0;
  } else if (shared.smoking === 'former' && shared.yearsSinceQuit !== undefined) {
    answers.currentlySmokes = false;
    answers.yearsSinceQuit = shared.yearsSinceQuit;
  }

  return { inputs: isComplete(answers) ? answers : undefined, errors };
}

/** The BMI from the form's height and weight, once both are valid (and together plausible). */
export function bmiFromForm(input: RiskFormInput): number | undefined {
  return readBmi(input, {});
}

/** Height and weight, in either units, to a BMI; a message per field, or for the pair ("bmi"). */
function readBmi(input: RiskFormInput, errors: RiskFieldErrors): number | undefined {
  const metric = input.units === 'metric';
  const heightCm = metric ? readMeasure(input, 'heightCm', HEIGHT_CM, errors) : readHeightUs(input, errors);
  /** In the units it was typed in. */
  const weight = metric ? readMeasure(input, 'weightKg', WEIGHT_KG, errors) : readMeasure(input, 'weightPounds', WEIGHT_LB, errors);
  if (heightCm === undefined || weight === undefined) return undefined;
  const bmi = bmiFrom({ heightCm, weightKg: metric ? weight : poundsToKg(weight) });
  // "below 12" rather than the value: 11.97 would round to a confusing "BMI of 12".
  if (bmi < RISK_LIMITS.minBmi) {
    errors.bmi = `That height and weight give a BMI below ${RISK_LIMITS.minBmi}, which is very unlikely for an adult. Check both numbers.`;
  } else if (bmi > RISK_LIMITS.maxBmi) {
    errors.bmi = `That height and weight give a BMI above ${RISK_LIMITS.maxBmi}, which is very unlikely for an adult. Check both numbers.`;
  } else return bmi;
  return undefined;
}

function isComplete(answers: Partial<RiskAnswers>): answers is RiskAnswers {
  const required: (keyof RiskAnswers)[] = [
    'age',
    'race',
    'education',
    'bmi',
    'copd',
    'personalCancerHistory',
    'familyLungCancerHistory',
    'currentlySmokes',
    'cigarettesPerDay',
    'yearsSmoked',
    'yearsSinceQuit',
  ];
  return required.every((key) => answers[key] !== undefined);
}

/** A measurement field: what it is called, an example, and the range a person could have. */
interface Measure {
  what: string;
  example: string;
  min: number;
  max: number;
  unit: string;
}

const HEIGHT_CM: Measure = { what: 'Height', example: '170 or 172.5', min: RISK_LIMITS.minHeightCm, max: RISK_LIMITS.maxHeightCm, unit: 'cm' };
const WEIGHT_KG: Measure = { what: 'Weight', example: '70 or 72.5', min: RISK_LIMITS.minWeightKg, max: RISK_LIMITS.maxWeightKg, unit: 'kg' };
const WEIGHT_LB: Measure = { what: 'Weight', example: '160 or 160.5', min: RISK_LIMITS.minWeightPounds, max: RISK_LIMITS.maxWeightPounds, unit: 'lb' };

/** A measurement as typed, in its own units, or a message for its field. */
function readMeasure(input: RiskFormInput, field: 'heightCm' | 'weightKg' | 'weightPounds', measure: Measure, errors: RiskFieldErrors): number | undefined {
  const read = readDecimal(input[field], measure.what, measure.example);
  if (read && 'error' in read) errors[field] = read.error;
  else if (read && (read.value < measure.min || read.value > measure.max)) {
    errors[field] = `Enter a ${measure.what.toLowerCase()} between ${measure.min} and ${measure.max} ${measure.unit}.`;
  } else if (read) return read.value;
  return undefined;
}

/** Feet are needed; inches may be left empty for a whole number of feet ("6 ft"). */
function readHeightUs(input: RiskFormInput, errors: RiskFieldErrors): number | undefined {
  const feet = readWholeNumber(input.heightFeet, 'Feet');
  const inches = readDecimal(input.heightInches, 'Inches', '7 or 7.5');
  if (feet && 'error' in feet) errors.heightFeet = feet.error;
  if (inches && 'error' in inches) errors.heightInches = inches.error;
  else if (inches && inches.value >= INCHES_PER_FOOT) errors.heightInches = 'Enter fewer than 12 inches; put whole feet in the feet box.';
  if (!feet || 'error' in feet || errors.heightInches) return undefined;

  const totalInches = feet.value * INCHES_PER_FOOT + (inches && 'value' in inches ? inches.value : 0);
  if (totalInches < RISK_LIMITS.minHeightInches || totalInches > RISK_LIMITS.maxHeightInches) {
    // The pair is one question, so its range message sits with the feet.
    errors.heightFeet = `Enter a height between ${feetAndInches(RISK_LIMITS.minHeightInches)} and ${feetAndInches(RISK_LIMITS.maxHeightInches)}.`;
    return undefined;
  }
  return totalInches * CM_PER_INCH;
}

/** 90 → "7 ft 6 in". */
function feetAndInches(totalInches: number): string {
  return `${Math.floor(totalInches / INCHES_PER_FOOT)} ft ${totalInches % INCHES_PER_FOOT} in`;
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
