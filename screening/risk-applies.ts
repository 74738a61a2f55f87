import type { SmokingStatus } from './answers';

/* When the PLCOm2012 estimate applies to a person, and what limits it. */

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
