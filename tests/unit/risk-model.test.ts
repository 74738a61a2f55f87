import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS } from '@/screening/answers';
import { packYears, type SmokingPeriod } from '@/screening/pack-years';
import {
  EMPTY_RISK_FORM,
  PLCOM2012,
  RACE_ETHNICITIES,
  RISK_LIMITS,
  RISK_REFERENCE_LINES,
  bmiFrom,
  estimateRisk,
  feetAndInchesToCm,
  modelApplies,
  modelWarnings,
  plcom2012LogOdds,
  plcom2012Risk,
  poundsToKg,
  readRiskForm,
  riskRangeAcrossRaces,
  timeWeightedCigarettesPerDay,
  type EducationLevel,
  type RaceEthnicity,
  type RiskFormInput,
  type RiskInputs,
} from '@/screening/risk-model';

/*
 * Worked examples are checked against an independent public implementation, the R package
 * resplab/PLCOm2012, file R/plcom2012.R at commit 3f85f26f009ca974fe9ea9da2e83f93b4e4021cc
 * (the first stored version with centred terms and input checks). Expected values were computed by
 * running a separate transcription of that file's formula, not this module.
 *
 * Known errors in public implementations, so nobody "fixes" this module towards them:
 * - resplab/PLCOm2012 before that commit (e.g. 5a38a75855a0279b3818097c7d8f13e212fbd5b1 and
 *   09fa70afba555668a3e646dd98c246f36f2f12aa) leaves every term uncentred and multiplies raw
 *   cigarettes a day (not 10 / cigarettes a day) by −1.822606, giving impossible risks.
 * - Kevin ten Haaf's 2014 R script (a stored copy whose repository the index does not name) has
 *   Hispanic −0.734744 instead of −0.7434744; his 2017 Python port, kgrid/knowledge-objects
 *   lung-cancer-risk-models/tammemagi/tammemagi.py @ 0ebe772a10c05b0628ced20146594ed05a2d29b6,
 *   has it right, but turns race code 0 into a −1 term and 0 cigarettes a day into a 0 reciprocal.
 * - marskar/lcmodels lcmodels/R/lcmodels.R @ ac2495f9d9d678a0a8cc9ea66210fa785eef803b (and
 *   raminrzn/PLCOm2012 R/plcom2012.R @ bf1fbe145347859a0b95a47b5c72b77165564334, which follows it)
 *   put +1.027152 on American Indian or Alaska Native and 0 on Native Hawaiian or Pacific Islander,
 *   the other way round from resplab and ten Haaf. This module follows resplab and ten Haaf
 *   (Native Hawaiian or Pacific Islander +1.027152). A stored copy derived from lcmodels also has
 *   the current-smoker coefficient as 0.02597431, ten times too small.
 */

/** A typical PLCO participant: every centred term is zero. */
const centre: RiskInputs = {
  age: 62,
  race: 'white',
  education: 4,
  bmi: 27,
  copd: false,
  personalCancerHistory: false,
  familyLungCancerHistory: false,
  currentlySmokes: false,
  cigarettesPerDay: 10 / 0.4021541613,
  yearsSmoked: 27,
  yearsSinceQuit: 10,
};

const expit = (x: number) => Math.exp(x) / (1 + Math.exp(x));

describe('plcom2012Risk: worked examples', () => {
  it('gives exp(intercept + race term) at the centre, as resplab/PLCOm2012 tests/testthat/test-plcom2012.R @ 00397722 checks', () => {
    // Same five expectations as that test file (American Indian or Alaska Native shares White's 0).
    expect(plcom2012Risk(centre)).toBeCloseTo(expit(-4.532506), 15);
    expect(plcom2012Risk({ ...centre, race: 'black' })).toBeCloseTo(expit(-4.532506 + 0.3944778), 15);
    expect(plcom2012Risk({ ...centre, race: 'hispanic' })).toBeCloseTo(expit(-4.532506 - 0.7434744), 15);
    expect(plcom2012Risk({ ...centre, race: 'asian' })).toBeCloseTo(expit(-4.532506 - 0.466585), 15);
    expect(plcom2012Risk({ ...centre, race: 'native-hawaiian-pacific-islander' })).toBeCloseTo(expit(-4.532506 + 1.027152), 15);
    expect(plcom2012Risk({ ...centre, race: 'american-indian-alaska-native' })).toBeCloseTo(expit(-4.532506), 15);
  });

  it('matches the README example of resplab/PLCOm2012 (README.md @ 2e5ed7edb783867e29cf2808d35d3da8381e01b8): 0.01750922', () => {
    // 62, White, some college, BMI 27, former smoker, 80 a day for 27 years, quit 10 years ago.
    expect(plcom2012Risk({ ...centre, cigarettesPerDay: 80 })).toBeCloseTo(0.01750922, 8);
  });

  // Expected: resplab/PLCOm2012 R/plcom2012.R @ 3f85f26f009ca974fe9ea9da2e83f93b4e4021cc, run on
  // the same inputs (current smokers given smoking_quit_time = 0).
  it.each<[string, RiskInputs, number]>([
    [
      // The example person in Kevin ten Haaf's R script (no value given there).
      '70, White, college graduate, BMI 28, family history, former: 15 a day for 30 years, quit 20 years ago',
      { age: 70, race: 'white', education: 5, bmi: 28, copd: false, personalCancerHistory: false, familyLungCancerHistory: true, currentlySmokes: false, cigarettesPerDay: 15, yearsSmoked: 30, yearsSinceQuit: 20 },
      0.0158845202885,
    ],
    [
      '65, Black, high school, BMI 24, COPD, current: 20 a day for 45 years',
      { age: 65, race: 'black', education: 2, bmi: 24, copd: true, personalCancerHistory: false, familyLungCancerHistory: false, currentlySmokes: true, cigarettesPerDay: 20, yearsSmoked: 45, yearsSinceQuit: 0 },
      0.0876161048592,
    ],
    [
      '60, Hispanic, post-high-school training, BMI 31, former: 10 a day for 25 years, quit 5 years ago',
      { age: 60, race: 'hispanic', education: 3, bmi: 31, copd: false, personalCancerHistory: false, familyLungCancerHistory: false, currentlySmokes: false, cigarettesPerDay: 10, yearsSmoked: 25, yearsSinceQuit: 5 },
      0.00156395409075,
    ],
    [
      '72, Asian, college graduate, BMI 22, earlier cancer, current: 30 a day for 50 years',
      { age: 72, race: 'asian', education: 5, bmi: 22, copd: false, personalCancerHistory: true, familyLungCancerHistory: false, currentlySmokes: true, cigarettesPerDay: 30, yearsSmoked: 50, yearsSinceQuit: 0 },
      0.0926401365451,
    ],
    [
      '55, Native Hawaiian or Pacific Islander, less than high school, BMI 26, family history, former: 40 a day for 35 years, quit 2 years ago',
      { age: 55, race: 'native-hawaiian-pacific-islander', education: 1, bmi: 26, copd: false, personalCancerHistory: false, familyLungCancerHistory: true, currentlySmokes: false, cigarettesPerDay: 40, yearsSmoked: 35, yearsSinceQuit: 2 },
      0.0821036115358,
    ],
    [
      'the same person, American Indian or Alaska Native (the same as White in this model)',
      { age: 55, race: 'american-indian-alaska-native', education: 1, bmi: 26, copd: false, personalCancerHistory: false, familyLungCancerHistory: true, currentlySmokes: false, cigarettesPerDay: 40, yearsSmoked: 35, yearsSinceQuit: 2 },
      0.0310307414795,
    ],
    [
      '68, White, postgraduate, BMI 23.7, COPD, earlier cancer, family history, current: 25 a day for 48.5 years',
      { age: 68, race: 'white', education: 6, bmi: 23.7, copd: true, personalCancerHistory: true, familyLungCancerHistory: true, currentlySmokes: true, cigarettesPerDay: 25, yearsSmoked: 48.5, yearsSinceQuit: 0 },
      0.185234139163,
    ],
  ])('%s', (_, inputs, expected) => {
    expect(plcom2012Risk(inputs)).toBeCloseTo(expected, 12);
  });

  it('counts current smokers as 0 years since quitting, whatever is passed', () => {
    const current = { ...centre, currentlySmokes: true };
    expect(plcom2012Risk({ ...current, yearsSinceQuit: 25 })).toBe(plcom2012Risk({ ...current, yearsSinceQuit: 0 }));
    // The quit term still contributes −0.0308572 × (0 − 10), as in the paper.
    expect(plcom2012LogOdds({ ...current, yearsSinceQuit: 25 })).toBeCloseTo(-4.532506 + 0.2597431 + 0.308572, 12);
  });

  it('refuses 0, negative or non-finite cigarettes a day: the model is for people who have smoked', () => {
    expect(() => plcom2012Risk({ ...centre, cigarettesPerDay: 0 })).toThrow(RangeError);
    expect(() => plcom2012Risk({ ...centre, cigarettesPerDay: -5 })).toThrow(RangeError);
    expect(() => plcom2012Risk({ ...centre, cigarettesPerDay: Number.NaN })).toThrow(RangeError);
    expect(() => plcom2012Risk({ ...centre, cigarettesPerDay: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });

  it('keeps the published coefficients', () => {
    expect(PLCOM2012.intercept).toBe(-4.532506);
    expect(PLCOM2012.race).toEqual({
      white: 0,
      black: 0.3944778,
      hispanic: -0.7434744,
      asian: -0.466585,
      'american-indian-alaska-native': 0,
      'native-hawaiian-pacific-islander': 1.027152,
    });
    expect(PLCOM2012.intensity).toEqual({ coefficient: -1.822606, centre: 0.4021541613 });
  });
});

describe('riskRangeAcrossRaces and estimateRisk', () => {
  const { race: _race, ...withoutRace } = centre;

  it('spans the lowest (Hispanic) to the highest (Native Hawaiian or Pacific Islander) group', () => {
    expect(riskRangeAcrossRaces(withoutRace)).toEqual({
      low: plcom2012Risk({ ...centre, race: 'hispanic' }),
      high: plcom2012Risk({ ...centre, race: 'native-hawaiian-pacific-islander' }),
    });
  });

  it('is a single value when race is known, the range when the person preferred not to say', () => {
    const risk = plcom2012Risk({ ...centre, race: 'black' });
    expect(estimateRisk({ ...centre, race: 'black' })).toEqual({ low: risk, high: risk });
    expect(estimateRisk({ ...centre, race: 'prefer-not-to-say' })).toEqual(riskRangeAcrossRaces(withoutRace));
  });
});

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

describe('modelWarnings and modelApplies', () => {
  it.each<[number | undefined, 'current' | 'former' | 'never' | undefined, string[]]>([
    [54, 'current', ['age-outside-55-74']],
    [55, 'current', []],
    [74, 'former', []],
    [75, 'former', ['age-outside-55-74']],
    [60, 'never', ['never-smoked']],
    [80, 'never', ['never-smoked', 'age-outside-55-74']],
    [undefined, undefined, []],
  ])('age %s, %s: %j', (age, smoking, warnings) => {
    expect(modelWarnings({ age, smoking })).toEqual(warnings);
  });

  it('does not apply only to never-smokers', () => {
    expect(modelApplies({ age: 60, smoking: 'never' })).toBe(false);
    expect(modelApplies({ age: 80, smoking: 'current' })).toBe(true);
    expect(modelApplies({})).toBe(true);
  });
});

describe('reference lines', () => {
  it('are the published thresholds, each with a DOI link', () => {
    expect(RISK_REFERENCE_LINES.map((line) => [line.id, line.risk, line.source.url])).toEqual([
      ['plcom2012-1.51', 0.0151, 'https://doi.org/10.1371/journal.pmed.1001764'],
      ['ilst-1.7', 0.017, 'https://doi.org/10.1016/S1470-2045(21)00590-8'],
    ]);
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
      expect(RISK_LIMITS.maxCigarettesPerDay).toBe(LIMITS.maxCigarettesPerDay);
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
      expect(feetAndInchesToCm(4, 0)).toBeGreaterThanOrEqual(RISK_LIMITS.minHeightCm);
      expect(feetAndInchesToCm(7, 6)).toBeLessThanOrEqual(RISK_LIMITS.maxHeightCm);
      expect(poundsToKg(RISK_LIMITS.minWeightPounds)).toBeGreaterThanOrEqual(RISK_LIMITS.minWeightKg);
      expect(poundsToKg(RISK_LIMITS.maxWeightPounds)).toBeLessThanOrEqual(RISK_LIMITS.maxWeightKg);
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

describe('plcom2012Risk: properties', () => {
  const inputsArb: fc.Arbitrary<RiskInputs> = fc.record({
    age: fc.integer({ min: 18, max: 120 }),
    race: fc.constantFrom(...RACE_ETHNICITIES),
    education: fc.constantFrom<EducationLevel>(1, 2, 3, 4, 5, 6),
    bmi: fc.double({ min: RISK_LIMITS.minBmi, max: RISK_LIMITS.maxBmi, noNaN: true }),
    copd: fc.boolean(),
    personalCancerHistory: fc.boolean(),
    familyLungCancerHistory: fc.boolean(),
    currentlySmokes: fc.boolean(),
    cigarettesPerDay: fc.integer({ min: 1, max: RISK_LIMITS.maxCigarettesPerDay }),
    yearsSmoked: fc.integer({ min: 1, max: 115 }),
    yearsSinceQuit: fc.integer({ min: 0, max: 100 }),
  });
  const step = fc.integer({ min: 1, max: 30 });

  it('is a probability strictly between 0 and 1', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const risk = plcom2012Risk(inputs);
        expect(risk).toBeGreaterThan(0);
        expect(risk).toBeLessThan(1);
      }),
    );
  });

  it('rises with age, all else equal', () => {
    fc.assert(fc.property(inputsArb, step, (inputs, more) => plcom2012Risk({ ...inputs, age: inputs.age + more }) > plcom2012Risk(inputs)));
  });

  it('rises with years smoked, all else equal', () => {
    fc.assert(
      fc.property(inputsArb, step, (inputs, more) => plcom2012Risk({ ...inputs, yearsSmoked: inputs.yearsSmoked + more }) > plcom2012Risk(inputs)),
    );
  });

  it('rises with cigarettes a day, all else equal', () => {
    fc.assert(
      fc.property(inputsArb, fc.integer({ min: 1, max: 199 }), (inputs, more) => {
        const fewer = { ...inputs, cigarettesPerDay: Math.max(1, inputs.cigarettesPerDay - more) };
        const most = { ...inputs, cigarettesPerDay: fewer.cigarettesPerDay + more };
        return plcom2012Risk(most) > plcom2012Risk(fewer);
      }),
    );
  });

  it('falls with years since quitting, for former smokers', () => {
    fc.assert(
      fc.property(inputsArb, step, (inputs, more) => {
        const formerSmoker = { ...inputs, currentlySmokes: false };
        return plcom2012Risk({ ...formerSmoker, yearsSinceQuit: inputs.yearsSinceQuit + more }) < plcom2012Risk(formerSmoker);
      }),
    );
  });

  it('has a range across races that contains every race’s value, and touches it at both ends', () => {
    fc.assert(
      fc.property(inputsArb, ({ race: _race, ...withoutRace }) => {
        const { low, high } = riskRangeAcrossRaces(withoutRace);
        const risks = RACE_ETHNICITIES.map((race: RaceEthnicity) => plcom2012Risk({ ...withoutRace, race }));
        for (const risk of risks) {
          expect(risk).toBeGreaterThanOrEqual(low);
          expect(risk).toBeLessThanOrEqual(high);
        }
        expect(risks).toContain(low);
        expect(risks).toContain(high);
      }),
    );
  });
});
