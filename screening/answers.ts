import { PACK_DECIMALS, packYears, type SmokingPeriod } from './pack-years';
import { readDecimal, readWholeNumber } from './read-number';

/*
 * From what someone typed into the screening form to answers the rules can use. Every field is
 * text as typed; each is read on its own terms, and anything that is not a sensible answer gets a
 * specific message for that field instead of a value. Empty fields are simply not answered yet.
 */

export type SmokingStatus = 'current' | 'former' | 'never';

/** Other serious health problems that would rule out treatment or greatly shorten life (the guidelines' stop rule). */
export type OtherHealthProblems = 'yes' | 'no' | 'unsure';

/** One period of smoking as typed: "how many a day", in cigarettes or packs, and for how many years. */
export interface PeriodInput {
  perDay: string;
  unit: 'cigarettes' | 'packs';
  years: string;
}

/** The form exactly as the person filled it in. */
export interface FormInput {
  age: string;
  smoking: SmokingStatus | '';
  /** How long ago someone quit: whole years, and months (0 to 11) on top; either may be left empty. */
  yearsSinceQuit: string;
  monthsSinceQuit: string;
  /** Pack-years typed in directly, or worked out from periods of smoking. */
  packYearsMode: 'direct' | 'calculate';
  packYears: string;
  periods: PeriodInput[];
  /** Signs of lung cancer now (coughing up blood, unexplained weight loss, new lasting pain). */
  symptoms: 'yes' | 'no' | '';
  /** Optional: other serious health problems (see OtherHealthProblems). */
  otherHealthProblems: OtherHealthProblems | '';
}

export const EMPTY_FORM: FormInput = {
  age: '',
  smoking: '',
  yearsSinceQuit: '',
  monthsSinceQuit: '',
  packYearsMode: 'direct',
  packYears: '',
  periods: [{ perDay: '', unit: 'cigarettes', years: '' }],
  symptoms: '',
  otherHealthProblems: '',
};

/** Valid answers; a field left out is not answered yet. */
export interface Answers {
  age?: number;
  smoking?: SmokingStatus;
  /** For former smokers: whole months since quitting (years × 12 + months), so limits are exact. */
  monthsSinceQuit?: number;
  packYears?: number;
  /** The smoking periods behind a calculated pack-year figure. */
  periods?: SmokingPeriod[];
  symptoms?: boolean;
  otherHealthProblems?: OtherHealthProblems;
}

/**
 * Field keys as the form names them: "age", "yearsSinceQuit", "monthsSinceQuit", "packYears", "periods" (the periods
 * together), and "periods.0.perDay" / "periods.0.years" for the first period's fields.
 */
export type FieldErrors = Record<string, string>;

export const LIMITS = {
  minAge: 18,
  maxAge: 120,
  maxCigarettesPerDay: 200,
  maxPacksPerDay: 10,
  maxPackYears: 300,
  /** Nobody smoked before this age: years smoked or quit cannot reach back further. */
  youngestPossibleSmoker: 5,
} as const;

/**
 * Reads the form into answers and per-field error messages. A field with an error has no answer,
 * so no verdict can rest on it.
 *
 * @example readAnswers({ ...EMPTY_FORM, age: '55' }).answers.age // 55
 * @example readAnswers({ ...EMPTY_FORM, age: '12' }).errors.age // 'Enter an age between 18 and 120.'
 */
export function readAnswers(input: FormInput): { answers: Answers; errors: FieldErrors } {
  const answers: Answers = {};
  const errors: FieldErrors = {};

  const age = readWholeNumber(input.age, 'Age');
  if (age && 'error' in age) errors.age = age.error;
  else if (age && (age.value < LIMITS.minAge || age.value > LIMITS.maxAge)) {
    errors.age = `Enter an age between ${LIMITS.minAge} and ${LIMITS.maxAge}.`;
  } else if (age) answers.age = age.value;
  /** The most years anything about smoking can reach back, when the age is known. */
  const maxYears = answers.age === undefined ? undefined : answers.age - LIMITS.youngestPossibleSmoker;

  if (input.smoking) answers.smoking = input.smoking;
  if (input.symptoms) answers.symptoms = input.symptoms === 'yes';

  if (input.otherHealthProblems) answers.otherHealthProblems = input.otherHealthProblems;

  if (input.smoking === 'former') {
    const months = readMonthsSinceQuit(input, errors);
    if (months !== undefined && maxYears !== undefined && months > maxYears * 12) {
      errors.yearsSinceQuit = `At age ${answers.age}, you can't have quit more than ${maxYears} years ago.`;
    } else if (months !== undefined) answers.monthsSinceQuit = months;
  }

  if (input.smoking === 'never') {
    answers.packYears = 0;
  } else if (input.packYearsMode === 'direct') {
    const typed = readDecimal(input.packYears, 'Pack-years', '20 or 22.5', PACK_DECIMALS);
    if (typed && 'error' in typed) errors.packYears = typed.error;
    else if (typed && typed.value > LIMITS.maxPackYears) {
      errors.packYears = `Check this number: more than ${LIMITS.maxPackYears} pack-years is not possible to smoke.`;
    } else if (typed) answers.packYears = typed.value;
  } else {
    const periods = readPeriods(input.periods, errors);
    const yearsSmoked = periods?.reduce((sum, period) => sum + period.years, 0);
    const monthsBehind = (yearsSmoked ?? 0) * 12 + (answers.monthsSinceQuit ?? 0);
    if (periods && maxYears !== undefined && monthsBehind > maxYears * 12) {
      errors.periods =
        `At age ${answers.age}, years smoked${answers.monthsSinceQuit ? ' plus years since quitting' : ''} can't be more than ${maxYears}.`;
    } else if (periods) {
      answers.periods = periods;
      answers.packYears = packYears(periods);
    }
  }
  return { answers, errors };
}

/**
 * Years and months since quitting, as whole months; undefined when neither is answered or either
 * is wrong (its field then carries the message). An empty box counts as 0 when the other is filled.
 */
function readMonthsSinceQuit(input: FormInput, errors: FieldErrors): number | undefined {
  const years = readWholeNumber(input.yearsSinceQuit, 'Years since quitting');
  const months = readWholeNumber(input.monthsSinceQuit, 'Months');
  if (years && 'error' in years) errors.yearsSinceQuit = years.error;
  if (months && 'error' in months) errors.monthsSinceQuit = months.error;
  else if (months && months.value > 11) errors.monthsSinceQuit = 'Enter 0 to 11 months; put whole years in the years box.';
  if (!years && !months) return undefined;
  if (errors.yearsSinceQuit || errors.monthsSinceQuit) return undefined;
  const value = (parsed: typeof years) => (parsed && 'value' in parsed ? parsed.value : 0);
  return value(years) * 12 + value(months);
}

/** Every period, or undefined if any is unfinished or wrong (its fields then carry the messages). */
function readPeriods(inputs: readonly PeriodInput[], errors: FieldErrors): SmokingPeriod[] | undefined {
  const periods: SmokingPeriod[] = [];
  let complete = true;
  inputs.forEach((input, i) => {
    const perDay =
      input.unit === 'cigarettes'
        ? readWholeNumber(input.perDay, 'Cigarettes a day')
        : readDecimal(input.perDay, 'Packs a day', '1 or 0.5', PACK_DECIMALS);
    const years = readWholeNumber(input.years, 'Years smoked');
    const max = input.unit === 'cigarettes' ? LIMITS.maxCigarettesPerDay : LIMITS.maxPacksPerDay;
    if (perDay && 'error' in perDay) errors[`periods.${i}.perDay`] = perDay.error;
    else if (perDay && perDay.value === 0) errors[`periods.${i}.perDay`] = `Enter how many ${input.unit} a day, more than 0.`;
    else if (perDay && perDay.value > max) errors[`periods.${i}.perDay`] = `Enter at most ${max} ${input.unit} a day.`;
    if (years && 'error' in years) errors[`periods.${i}.years`] = years.error;
    else if (years && years.value === 0) errors[`periods.${i}.years`] = 'Enter at least 1 year, or remove this period.';
    const valid = (field: string) => !errors[`periods.${i}.${field}`];
    if (perDay && 'value' in perDay && years && 'value' in years && valid('perDay') && valid('years')) {
      periods.push({ perDay: perDay.value, unit: input.unit, years: years.value });
    } else complete = false;
  });
  return complete && periods.length > 0 ? periods : undefined;
}
