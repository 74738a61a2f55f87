import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS } from '@/screening/answers';
import { BODY_LIMITS, CM_PER_INCH, INCHES_PER_FOOT, bmiFrom, poundsToKg } from '@/screening/body-measures';
import { packYears, type SmokingPeriod } from '@/screening/pack-years';
import { EMPTY_RISK_FORM, MAX_CIGARETTES_PER_DAY, readRiskForm, type RiskFormInput } from '@/screening/risk-form';
import { timeWeightedCigarettesPerDay } from '@/screening/smoking-history';
import { RACE_ETHNICITIES, estimateRisk, type EducationLevel } from '@/screening/risk-model';

/* What the personal-risk step reads from people: height, weight and units, smoking history, and the form. */

const feetAndInchesToCm = (feet: number, inches: number) => (feet * INCHES_PER_FOOT + inches) * CM_PER_INCH;

describe('BMI and units', () => {
  it('is weight in kg over height in metres squared', () => {
    expect(bmiFrom({ heightCm: 180, weightKg: 81 })).toBeCloseTo(25, 12);
    expect(bmiFrom({ heightCm: 200, weightKg: 48 })).toBe(12);
  });

  it('converts feet, inches and pounds exactly', () => {
    expect(feetAndInchesToCm(5, 10)).toBeCloseTo(177.8, 10);
    expect(feetAndInchesToCm(6, 0)).toBeCloseTo(182.88, 10);
    expect(poundsToKg(100)).toBeCloseTo(45.359237, 10);
  });
});

describe('timeWeightedCigarettesPerDay', () => {
  it('averages cigarettes a day over the years smoked, packs counting 20', () => {
    expect(
      timeWeightedCigarettesPerDay([
        { perDay: 10, unit: 'cigarettes', years: 30 },
        { perDay: 2, unit: 'packs', years: 10 },
      ]),
    ).toEqual({ cigarettesPerDay: 17.5, yearsSmoked: 40 });
    expect(timeWeightedCigarettesPerDay([{ perDay: 15, unit: 'cigarettes', years: 12 }])).toEqual({ cigarettesPerDay: 15, yearsSmoked: 12 });
  });

  it('has nothing to average without years', () => {
    expect(timeWeightedCigarettesPerDay([])).toBeUndefined();
    expect(timeWeightedCigarettesPerDay([{ perDay: 20, unit: 'cigarettes', years: 0 }])).toBeUndefined();
  });

  it('agrees with pack-years: average × years ÷ 20', () => {
    const periodArb = fc.record({
      perDay: fc.integer({ min: 1, max: 200 }),
      unit: fc.constantFrom('cigarettes' as const, 'packs' as const),
      years: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(periodArb, { minLength: 1, maxLength: 5 }), (periods: SmokingPeriod[]) => {
        const average = timeWeightedCigarettesPerDay(periods);
        expect(average).toBeDefined();
        expect((average!.cigarettesPerDay * average!.yearsSmoked) / 20).toBeCloseTo(packYears(periods), 6);
      }),
    );
  });
});

describe('readRiskForm', () => {
  const filled: RiskFormInput = {
    ...EMPTY_RISK_FORM,
    education: '4',
    units: 'metric',
    heightCm: '180',
    weightKg: '81',
    copd: 'no',
    personalCancer: 'no',
    familyLungCancer: 'yes',
    race: 'black',
    cigarettesPerDay: '20',
    yearsSmoked: '30',
  };
  const current = { age: 60, smoking: 'current' as const };
  const former = { age: 60, smoking: 'former' as const, yearsSinceQuit: 10 };

  /** The message for one field after changing some of the typed fields. */
  function errorFor(field: keyof RiskFormInput | 'bmi', change: Partial<RiskFormInput>, shared: Parameters<typeof readRiskForm>[1] = current) {
    return readRiskForm({ ...filled, ...change }, shared).errors[field];
  }

  it('reads a complete form into model inputs', () => {
    const { inputs, errors } = readRiskForm(filled, current);
    expect(errors).toEqual({});
    expect(inputs).toEqual({
      age: 60,
      race: 'black',
      education: 4,
      bmi: 25,
      copd: false,
      personalCancerHistory: false,
      familyLungCancerHistory: true,
      currentlySmokes: true,
      cigarettesPerDay: 20,
      yearsSmoked: 30,
      yearsSinceQuit: 0,
    });
  });

  it('takes years since quitting from the main form for former smokers', () => {
    expect(readRiskForm(filled, former).inputs).toMatchObject({ currentlySmokes: false, yearsSinceQuit: 10 });
    // Without it there is no estimate yet, and nothing wrong with this form.
    expect(readRiskForm(filled, { age: 60, smoking: 'former' })).toEqual({ inputs: undefined, errors: {} });
  });

  it('keeps "prefer not to say" as an answer, for a range', () => {
    expect(readRiskForm({ ...filled, race: 'prefer-not-to-say' }, current).inputs?.race).toBe('prefer-not-to-say');
  });

  it('reads US units', () => {
    const us = { ...filled, units: 'us' as const, heightCm: '', weightKg: '', heightFeet: '5', heightInches: '10', weightPounds: '170' };
    expect(readRiskForm(us, current).inputs?.bmi).toBeCloseTo(bmiFrom({ heightCm: 177.8, weightKg: 170 * 0.45359237 }), 10);
    // Inches may be left empty for a whole number of feet.
    expect(readRiskForm({ ...us, heightFeet: '6', heightInches: '' }, current).inputs?.bmi).toBeCloseTo(
      bmiFrom({ heightCm: 182.88, weightKg: 170 * 0.45359237 }),
      10,
    );
    // The metric fields are ignored in US units, and the other way round.
    expect(readRiskForm({ ...us, heightCm: 'junk' }, current).errors).toEqual({});
    expect(readRiskForm({ ...filled, heightFeet: 'junk' }, current).errors).toEqual({});
  });

  it('treats empty fields as not answered: no message, no inputs', () => {
    expect(readRiskForm(EMPTY_RISK_FORM, current)).toEqual({ inputs: undefined, errors: {} });
    for (const field of ['education', 'heightCm', 'weightKg', 'copd', 'personalCancer', 'familyLungCancer', 'race', 'cigarettesPerDay', 'yearsSmoked'] as const) {
      expect(readRiskForm({ ...filled, [field]: '' }, current)).toEqual({ inputs: undefined, errors: {} });
    }
  });

  it('needs the age and smoking status from the main form', () => {
    expect(readRiskForm(filled, { smoking: 'current' }).inputs).toBeUndefined();
    expect(readRiskForm(filled, { age: 60 }).inputs).toBeUndefined();
  });

  it('asks nothing about smoking of never-smokers, and gives them no estimate', () => {
    expect(readRiskForm({ ...filled, cigarettesPerDay: '0', yearsSmoked: 'x' }, { age: 60, smoking: 'never' })).toEqual({ inputs: undefined, errors: {} });
  });

  it.each<[keyof RiskFormInput, string, string]>([
    ['education', '0', 'Choose the highest level of education you finished from the list.'],
    ['education', '7', 'Choose the highest level of education you finished from the list.'],
    ['education', 'college', 'Choose the highest level of education you finished from the list.'],
  ])('%s "%s": %s', (field, typed, message) => {
    expect(errorFor(field, { [field]: typed })).toBe(message);
  });

  it.each(['1', '2', '3', '4', '5', '6'])('education "%s" is a level', (typed) => {
    expect(readRiskForm({ ...filled, education: typed }, current).inputs?.education).toBe(Number(typed) as EducationLevel);
  });

  it('catches a race that is not one of the choices', () => {
    expect(errorFor('race', { race: 'martian' as RiskFormInput['race'] })).toBe('Choose one of the listed groups, or "Prefer not to say".');
    for (const race of [...RACE_ETHNICITIES, 'prefer-not-to-say' as const]) expect(errorFor('race', { race })).toBeUndefined();
  });

  describe('cigarettes a day', () => {
    it.each([
      ['0', 'Cigarettes a day must be more than 0.'],
      ['-3', "Cigarettes a day can't be a negative number."],
      ['1.5', 'Enter cigarettes a day in whole numbers, without decimals.'],
      ['twenty', 'Enter cigarettes a day as a number, using digits only.'],
      ['201', 'Enter at most 200 cigarettes a day.'],
    ])('"%s": %s', (typed, message) => {
      expect(errorFor('cigarettesPerDay', { cigarettesPerDay: typed })).toBe(message);
    });

    it.each(['1', '200', ' 20 '])('"%s" passes', (typed) => {
      expect(errorFor('cigarettesPerDay', { cigarettesPerDay: typed })).toBeUndefined();
      expect(MAX_CIGARETTES_PER_DAY).toBe(LIMITS.maxCigarettesPerDay);
    });
  });

  it('takes cigarettes a day and years smoked from the guideline form’s smoking periods when it has them', () => {
    const shared = { ...former, smokingHistory: { cigarettesPerDay: 17.5, yearsSmoked: 40 } };
    // The two typed fields are not asked then, so whatever is in them is ignored.
    const { inputs, errors } = readRiskForm({ ...filled, cigarettesPerDay: '', yearsSmoked: 'oops' }, shared);
    expect(errors).toEqual({});
    expect(inputs).toMatchObject({ cigarettesPerDay: 17.5, yearsSmoked: 40, currentlySmokes: false, yearsSinceQuit: 10 });
    // Never-smokers get no estimate, periods or not.
    expect(readRiskForm(filled, { ...shared, smoking: 'never' }).inputs).toBeUndefined();
  });

  describe('years smoked (age 60)', () => {
    it.each<[string, Parameters<typeof readRiskForm>[1], string | undefined]>([
      ['0', current, 'Enter at least 1 year. If you smoked for less than a year, enter 1.'],
      ['-2', current, "Years smoked can't be a negative number."],
      ['2.5', current, 'Enter years smoked in whole numbers, without decimals.'],
      ['lots', current, 'Enter years smoked as a number, using digits only.'],
      ['1', current, undefined],
      // Nobody smoked before age 5 (LIMITS.youngestPossibleSmoker): at 60, at most 55 years.
      ['55', current, undefined],
      ['56', current, "At age 60, years smoked can't be more than 55."],
      ['60', current, "At age 60, years smoked can't be more than 55."],
      ['61', current, "You can't have smoked for more years than your age (60)."],
      // Former smokers: years smoked plus years since quitting (10) at most 55.
      ['45', former, undefined],
      ['46', former, "At age 60, years smoked plus years since quitting can't be more than 55."],
      ['56', { ...former, yearsSinceQuit: 0 }, "At age 60, years smoked can't be more than 55."],
    ])('"%s" (%j): %s', (typed, shared, message) => {
      expect(errorFor('yearsSmoked', { yearsSmoked: typed }, shared)).toBe(message);
    });

    it('only checks against age once the age is known', () => {
      expect(errorFor('yearsSmoked', { yearsSmoked: '90' }, { smoking: 'current' })).toBeUndefined();
    });
  });

  describe('height and weight, metric', () => {
    it.each<[keyof RiskFormInput, string, string | undefined]>([
      ['heightCm', '120', undefined],
      ['heightCm', '119.9', 'Enter a height between 120 and 230 cm.'],
      ['heightCm', '230', undefined],
      ['heightCm', '230.1', 'Enter a height between 120 and 230 cm.'],
      ['heightCm', '0', 'Enter a height between 120 and 230 cm.'],
      ['heightCm', '172,5', undefined],
      ['heightCm', '-170', "Height can't be a negative number."],
      ['heightCm', '5\'10"', 'Enter height as a number, like 170 or 172.5.'],
      ['weightKg', '30', undefined],
      ['weightKg', '29.9', 'Enter a weight between 30 and 300 kg.'],
      ['weightKg', '300', undefined],
      ['weightKg', '300.1', 'Enter a weight between 30 and 300 kg.'],
      ['weightKg', '-70', "Weight can't be a negative number."],
      ['weightKg', '70kg', 'Enter weight as a number, like 70 or 72.5.'],
    ])('%s "%s": %s', (field, typed, message) => {
      // Each field's own message; a BMI that is implausible for the pair is reported apart, under "bmi".
      const change = field === 'heightCm' ? { heightCm: typed, weightKg: '60' } : { heightCm: '170', weightKg: typed };
      expect(errorFor(field, change)).toBe(message);
    });
  });

  describe('height and weight, US units', () => {
    const us = { units: 'us' as const, heightFeet: '5', heightInches: '10', weightPounds: '170' };

    it.each<[keyof RiskFormInput, Partial<RiskFormInput>, string | undefined]>([
      ['heightFeet', { heightFeet: '4', heightInches: '0' }, undefined],
      ['heightFeet', { heightFeet: '3', heightInches: '11.9' }, 'Enter a height between 4 ft 0 in and 7 ft 6 in.'],
      ['heightFeet', { heightFeet: '7', heightInches: '6' }, undefined],
      ['heightFeet', { heightFeet: '7', heightInches: '6.1' }, 'Enter a height between 4 ft 0 in and 7 ft 6 in.'],
      ['heightFeet', { heightFeet: '-5' }, "Feet can't be a negative number."],
      ['heightFeet', { heightFeet: '5.5' }, 'Enter feet in whole numbers, without decimals.'],
      ['heightFeet', { heightFeet: 'five' }, 'Enter feet as a number, using digits only.'],
      ['heightInches', { heightInches: '11.9' }, undefined],
      ['heightInches', { heightInches: '12' }, 'Enter fewer than 12 inches; put whole feet in the feet box.'],
      ['heightInches', { heightInches: '-1' }, "Inches can't be a negative number."],
      ['heightInches', { heightInches: 'ten' }, 'Enter inches as a number, like 7 or 7.5.'],
      ['weightPounds', { weightPounds: '70' }, undefined],
      ['weightPounds', { weightPounds: '69.9' }, 'Enter a weight between 70 and 660 lb.'],
      ['weightPounds', { weightPounds: '660' }, undefined],
      ['weightPounds', { weightPounds: '660.1' }, 'Enter a weight between 70 and 660 lb.'],
      ['weightPounds', { weightPounds: '-170' }, "Weight can't be a negative number."],
      ['weightPounds', { weightPounds: '170 lb' }, 'Enter weight as a number, like 160 or 160.5.'],
    ])('%s %j: %s', (field, change, message) => {
      // Height edges with a middling weight, weight edges with a height that keeps BMI plausible.
      const height = field === 'weightPounds' ? { heightFeet: '6', heightInches: '0' } : {};
      const weight = field === 'weightPounds' ? {} : { weightPounds: '150' };
      expect(errorFor(field, { ...us, ...height, ...weight, ...change })).toBe(message);
    });

    it('checks the US limits are the metric ones rounded inward', () => {
      expect(feetAndInchesToCm(4, 0)).toBeGreaterThanOrEqual(BODY_LIMITS.minHeightCm);
      expect(feetAndInchesToCm(7, 6)).toBeLessThanOrEqual(BODY_LIMITS.maxHeightCm);
      expect(poundsToKg(BODY_LIMITS.minWeightPounds)).toBeGreaterThanOrEqual(BODY_LIMITS.minWeightKg);
      expect(poundsToKg(BODY_LIMITS.maxWeightPounds)).toBeLessThanOrEqual(BODY_LIMITS.maxWeightKg);
    });
  });

  describe('BMI from height and weight together (200 cm: BMI = kg ÷ 4)', () => {
    it.each<[string, string | undefined]>([
      ['48', undefined],
      ['47.9', 'That height and weight give a BMI below 12, which is very unlikely for an adult. Check both numbers.'],
      ['280', undefined],
      ['280.1', 'That height and weight give a BMI above 70, which is very unlikely for an adult. Check both numbers.'],
      ['300', 'That height and weight give a BMI above 70, which is very unlikely for an adult. Check both numbers.'],
    ])('%s kg: %s', (weightKg, message) => {
      const { inputs, errors } = readRiskForm({ ...filled, heightCm: '200', weightKg }, current);
      expect(errors.bmi).toBe(message);
      expect(inputs?.bmi).toBe(message ? undefined : Number(weightKg) / 4);
    });

    it('is not checked until both are valid', () => {
      expect(errorFor('bmi', { heightCm: '', weightKg: '300' })).toBeUndefined();
      expect(errorFor('bmi', { heightCm: '300', weightKg: '30' })).toBeUndefined();
    });
  });

  it('never throws, and gives inputs only when there is no message', () => {
    const text = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -10, max: 400 }).map(String), fc.constant(''));
    const yesNo = fc.constantFrom('yes' as const, 'no' as const, '' as const);
    const formArb = fc.record({
      education: text,
      units: fc.constantFrom('metric' as const, 'us' as const),
      heightCm: text,
      weightKg: text,
      heightFeet: text,
      heightInches: text,
      weightPounds: text,
      copd: yesNo,
      personalCancer: yesNo,
      familyLungCancer: yesNo,
      race: fc.constantFrom(...RACE_ETHNICITIES, 'prefer-not-to-say' as const, '' as const),
      cigarettesPerDay: text,
      yearsSmoked: text,
    });
    const sharedArb = fc.record(
      {
        age: fc.integer({ min: 18, max: 120 }),
        smoking: fc.constantFrom('current' as const, 'former' as const, 'never' as const),
        yearsSinceQuit: fc.integer({ min: 0, max: 60 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(formArb, sharedArb, (form, shared) => {
        const { inputs, errors } = readRiskForm(form, shared);
        for (const message of Object.values(errors)) expect(message).toMatch(/\S/);
        if (inputs) {
          expect(errors).toEqual({});
          expect(estimateRisk(inputs).low).toBeGreaterThan(0);
        }
      }),
    );
  });
});
