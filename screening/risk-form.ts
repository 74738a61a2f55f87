import { LIMITS, type SmokingStatus } from './answers';
import { readBmi, type BodyMeasureErrors, type BodyMeasuresInput } from './body-measures';
import { readWholeNumber } from './read-number';
import { RACE_ETHNICITIES, type EducationLevel, type RaceEthnicity, type RiskInputs } from './risk-model';

/*
 * The personal-risk questions as typed, read into the model's inputs in the manner of readAnswers:
 * an empty field is simply not answered, a field with an error has no value and a message.
 */

export type YesNo = 'yes' | 'no' | '';
export type RaceAnswer = RaceEthnicity | 'prefer-not-to-say';

/** The risk questions exactly as typed; age, smoking status and years since quitting come from the main form. */
export interface RiskFormInput extends BodyMeasuresInput {
  /** '' or '1'…'6' (see EDUCATION_LABELS). */
  education: string;
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
export type RiskFieldErrors = Partial<Record<keyof RiskFormInput, string>> & BodyMeasureErrors;

/** At most this many cigarettes a day, as in the guideline form. */
export const MAX_CIGARETTES_PER_DAY = LIMITS.maxCigarettesPerDay;

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
    else if (cigarettes && cigarettes.value > MAX_CIGARETTES_PER_DAY) {
      errors.cigarettesPerDay = `Enter at most ${MAX_CIGARETTES_PER_DAY} cigarettes a day.`;
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
