import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BODY_LIMITS } from '@/screening/body-measures';
import { MAX_CIGARETTES_PER_DAY } from '@/screening/risk-form';
import { modelApplies, modelWarnings } from '@/screening/risk-applies';
import { RISK_REFERENCE_LINES } from '@/screening/risk-reference-lines';
import {
  PLCOM2012,
  RACE_ETHNICITIES,
  estimateRisk,
  plcom2012LogOdds,
  plcom2012Risk,
  riskRangeAcrossRaces,
  type EducationLevel,
  type RaceEthnicity,
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

describe('plcom2012Risk: properties', () => {
  const inputsArb: fc.Arbitrary<RiskInputs> = fc.record({
    age: fc.integer({ min: 18, max: 120 }),
    race: fc.constantFrom(...RACE_ETHNICITIES),
    education: fc.constantFrom<EducationLevel>(1, 2, 3, 4, 5, 6),
    bmi: fc.double({ min: BODY_LIMITS.minBmi, max: BODY_LIMITS.maxBmi, noNaN: true }),
    copd: fc.boolean(),
    personalCancerHistory: fc.boolean(),
    familyLungCancerHistory: fc.boolean(),
    currentlySmokes: fc.boolean(),
    cigarettesPerDay: fc.integer({ min: 1, max: MAX_CIGARETTES_PER_DAY }),
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
