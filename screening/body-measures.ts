import { readDecimal, readWholeNumber } from './read-number';

/*
 * Height and weight, in metric or US units, to a body-mass index (BMI) for the risk model, with a
 * specific message for each implausible answer.
 */

/** Exact by definition (international yard and pound, 1959). */
export const CM_PER_INCH = 2.54;
export const INCHES_PER_FOOT = 12;
export const KG_PER_POUND = 0.45359237;

/** BMI = weight in kg / (height in m)². */
export function bmiFrom({ heightCm, weightKg }: { heightCm: number; weightKg: number }): number {
  const metres = heightCm / 100;
  return weightKg / (metres * metres);
}

export function poundsToKg(pounds: number): number {
  return pounds * KG_PER_POUND;
}

/** Height and weight as typed: either centimetres and kilograms, or feet, inches and pounds. */
export interface BodyMeasuresInput {
  units: 'metric' | 'us';
  heightCm: string;
  weightKg: string;
  heightFeet: string;
  heightInches: string;
  weightPounds: string;
}

/** Field key (a BodyMeasuresInput field, or "bmi" for height and weight together) → message. */
export type BodyMeasureErrors = Partial<Record<Exclude<keyof BodyMeasuresInput, 'units'> | 'bmi', string>>;

/**
 * What a person could plausibly type, so typos are caught before they reach the model. Heights
 * and weights are wide enough for very short, tall, light and heavy adults; the US limits are the
 * metric ones rounded inward to whole inches and to tens of pounds so each message is exact in
 * its own units. The BMI limits catch a height and weight that are each possible but not together.
 */
export const BODY_LIMITS = {
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
} as const;

/** The BMI from the form's height and weight, once both are valid (and together plausible). */
export function bmiFromForm(input: BodyMeasuresInput): number | undefined {
  return readBmi(input, {});
}

/** Height and weight, in either units, to a BMI; a message per field, or for the pair ("bmi"). */
export function readBmi(input: BodyMeasuresInput, errors: BodyMeasureErrors): number | undefined {
  const metric = input.units === 'metric';
  const heightCm = metric ? readMeasure(input, 'heightCm', HEIGHT_CM, errors) : readHeightUs(input, errors);
  /** In the units it was typed in. */
  const weight = metric ? readMeasure(input, 'weightKg', WEIGHT_KG, errors) : readMeasure(input, 'weightPounds', WEIGHT_LB, errors);
  if (heightCm === undefined || weight === undefined) return undefined;
  const bmi = bmiFrom({ heightCm, weightKg: metric ? weight : poundsToKg(weight) });
  // "below 12" rather than the value: 11.97 would round to a confusing "BMI of 12".
  if (bmi < BODY_LIMITS.minBmi) {
    errors.bmi = `That height and weight give a BMI below ${BODY_LIMITS.minBmi}, which is very unlikely for an adult. Check both numbers.`;
  } else if (bmi > BODY_LIMITS.maxBmi) {
    errors.bmi = `That height and weight give a BMI above ${BODY_LIMITS.maxBmi}, which is very unlikely for an adult. Check both numbers.`;
  } else return bmi;
  return undefined;
}

/** A measurement field: what it is called, an example, and the range a person could have. */
interface Measure {
  what: string;
  example: string;
  min: number;
  max: number;
  unit: string;
}

const HEIGHT_CM: Measure = { what: 'Height', example: '170 or 172.5', min: BODY_LIMITS.minHeightCm, max: BODY_LIMITS.maxHeightCm, unit: 'cm' };
const WEIGHT_KG: Measure = { what: 'Weight', example: '70 or 72.5', min: BODY_LIMITS.minWeightKg, max: BODY_LIMITS.maxWeightKg, unit: 'kg' };
const WEIGHT_LB: Measure = { what: 'Weight', example: '160 or 160.5', min: BODY_LIMITS.minWeightPounds, max: BODY_LIMITS.maxWeightPounds, unit: 'lb' };

/** A measurement as typed, in its own units, or a message for its field. */
function readMeasure(input: BodyMeasuresInput, field: 'heightCm' | 'weightKg' | 'weightPounds', measure: Measure, errors: BodyMeasureErrors): number | undefined {
  const read = readDecimal(input[field], measure.what, measure.example);
  if (read && 'error' in read) errors[field] = read.error;
  else if (read && (read.value < measure.min || read.value > measure.max)) {
    errors[field] = `Enter a ${measure.what.toLowerCase()} between ${measure.min} and ${measure.max} ${measure.unit}.`;
  } else if (read) return read.value;
  return undefined;
}


/** Feet are needed; inches may be left empty for a whole number of feet ("6 ft"). */
function readHeightUs(input: BodyMeasuresInput, errors: BodyMeasureErrors): number | undefined {
  const feet = readWholeNumber(input.heightFeet, 'Feet');
  const inches = readDecimal(input.heightInches, 'Inches', '7 or 7.5');
  if (feet && 'error' in feet) errors.heightFeet = feet.error;
  if (inches && 'error' in inches) errors.heightInches = inches.error;
  else if (inches && inches.value >= INCHES_PER_FOOT) errors.heightInches = 'Enter fewer than 12 inches; put whole feet in the feet box.';
  if (!feet || 'error' in feet || errors.heightInches) return undefined;

  const totalInches = feet.value * INCHES_PER_FOOT + (inches && 'value' in inches ? inches.value : 0);
  if (totalInches < BODY_LIMITS.minHeightInches || totalInches > BODY_LIMITS.maxHeightInches) {
    // The pair is one question, so its range message sits with the feet.
    errors.heightFeet = `Enter a height between ${feetAndInches(BODY_LIMITS.minHeightInches)} and ${feetAndInches(BODY_LIMITS.maxHeightInches)}.`;
    return undefined;
  }
  return totalInches * CM_PER_INCH;
}

/** 90 → "7 ft 6 in". */
function feetAndInches(totalInches: number): string {
  return `${Math.floor(totalInches / INCHES_PER_FOOT)} ft ${totalInches % INCHES_PER_FOOT} in`;
}
