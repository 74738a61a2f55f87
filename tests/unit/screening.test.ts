import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_FORM, LIMITS, readAnswers, type Answers, type FormInput } from '@/screening/answers';
import { borderlineNotes, evaluateAll, evaluateGuideline, type Verdict } from '@/screening/evaluate';
import { GUIDELINES } from '@/screening/guidelines';
import { describePackYears, packYears } from '@/screening/pack-years';

const [USPSTF, ACS, CMS] = GUIDELINES as [(typeof GUIDELINES)[number], (typeof GUIDELINES)[number], (typeof GUIDELINES)[number]];

/** The verdict of each guideline, by id, for complete valid answers. */
function verdicts(answers: Answers): Record<string, Verdict> {
  return Object.fromEntries(evaluateAll(answers, false).map((r) => [r.guideline.id, r.verdict]));
}

const eligible: Answers = { age: 60, smoking: 'current', packYears: 30, symptoms: false };

describe('pack-years', () => {
  it('is packs a day times years, 20 cigarettes to a pack, summed over periods', () => {
    expect(packYears([{ perDay: 20, unit: 'cigarettes', years: 20 }])).toBe(20);
    expect(packYears([{ perDay: 10, unit: 'cigarettes', years: 30 }])).toBe(15);
    expect(packYears([{ perDay: 1.5, unit: 'packs', years: 10 }])).toBe(15);
    expect(packYears([{ perDay: 10, unit: 'cigarettes', years: 20 }, { perDay: 2, unit: 'packs', years: 5 }])).toBe(20);
    expect(packYears([])).toBe(0);
  });

  it('shows its working, one line per period and a total', () => {
    expect(describePackYears([{ perDay: 10, unit: 'cigarettes', years: 20 }])).toEqual([
      '10 cigarettes a day = 0.5 packs × 20 years = 10 pack-years',
    ]);
    expect(describePackYears([{ perDay: 1, unit: 'packs', years: 1 }, { perDay: 30, unit: 'cigarettes', years: 10 }])).toEqual([
      '1 pack a day × 1 year = 1 pack-years',
      '30 cigarettes a day = 1.5 packs × 10 years = 15 pack-years',
      'Total: 16 pack-years',
    ]);
  });
});

describe('pack-years are exact', () => {
  const form = (periods: FormInput['periods']): FormInput => ({
    ...EMPTY_FORM,
    age: '100',
    smoking: 'current',
    packYearsMode: 'calculate',
    periods,
    symptoms: 'no',
  });
  const packYearCriteria = (input: FormInput) => {
    const { answers, errors } = readAnswers(input);
    expect(errors).toEqual({});
    return evaluateAll(answers, false).map((result) => result.criteria.find((c) => c.id === 'pack-years')!);
  };

  it.each([
    ['7 cigarettes a day for 4 years, then 12 a day for 31', [{ perDay: '7', unit: 'cigarettes', years: '4' }, { perDay: '12', unit: 'cigarettes', years: '31' }]],
    ['0.1 packs a day for 4 years, then 0.7 for 28', [{ perDay: '0.1', unit: 'packs', years: '4' }, { perDay: '0.7', unit: 'packs', years: '28' }]],
  ] as const)('%s is 20 pack-years, shown and counted as 20', (_what, periods) => {
    const input = form(periods.map((period) => ({ ...period })));
    expect(readAnswers(input).answers.packYears).toBe(20);
    expect(describePackYears(readAnswers(input).answers.periods!).at(-1)).toBe('Total: 20 pack-years');
    for (const criterion of packYearCriteria(input)) expect(criterion).toMatchObject({ status: 'met', reason: '20 pack-years is at least 20.' });
  });

  it('says packs a day need at most two decimals, so every total is exact', () => {
    const { errors } = readAnswers(form([{ perDay: '0.333', unit: 'packs', years: '60' }]));
    expect(errors['periods.0.perDay']).toBe('Enter packs a day with at most 2 decimals, like 1 or 0.5.');
  });

  it('meets every pack-year criterion exactly when the exact total is at least 20', () => {
    // Generated in whole numbers: a cigarette a day for a year is 5 hundredths of a pack-year.
    // Float errors only matter at the line, so the last period brings the total to within a few
    // hundredths of 20, written in packs or cigarettes over any whole number of years.
    type Period = { unit: 'cigarettes' | 'packs'; count: number; years: number };
    const hundredths = (p: Period) => (p.unit === 'cigarettes' ? p.count * 5 : p.count) * p.years;
    const period = fc.oneof(
      fc.record({ unit: fc.constant('cigarettes' as const), count: fc.integer({ min: 1, max: 200 }), years: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ unit: fc.constant('packs' as const), count: fc.integer({ min: 1, max: 1000 }), years: fc.integer({ min: 1, max: 20 }) }),
    );
    /** A period of `total` hundredths, over one of the numbers of years it divides into, in cigarettes where it can be. */
    const periodOf = (total: number, pick: number, cigarettes: boolean): Period | undefined => {
      const years = Array.from({ length: 30 }, (_, i) => i + 1).filter((y) => total > 0 && total % y === 0 && total / y <= 1000);
      if (years.length === 0) return undefined;
      const y = years[pick % years.length]!;
      const perYear = total / y;
      return cigarettes && perYear % 5 === 0 && perYear / 5 <= 200 ? { unit: 'cigarettes', count: perYear / 5, years: y } : { unit: 'packs', count: perYear, years: y };
    };
    const nearTheLine = fc
      .tuple(fc.array(period, { maxLength: 2 }), fc.integer({ min: -3, max: 3 }), fc.nat(), fc.boolean())
      .map(([first, offset, pick, cigarettes]) => {
        const last = periodOf(2000 + offset - first.reduce((sum, p) => sum + hundredths(p), 0), pick, cigarettes);
        return last ? [...first, last] : first;
      })
      .filter((periods) => periods.length > 0 && periods.reduce((sum, p) => sum + p.years, 0) <= 95);
    const packsText = (count: number) => `${Math.floor(count / 100)}.${String(count % 100).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.oneof(nearTheLine, fc.array(period, { minLength: 1, maxLength: 3 })), (periods) => {
        const exactHundredths = periods.reduce((sum, p) => sum + hundredths(p), 0);
        const input = form(
          periods.map((p) => ({ unit: p.unit, perDay: p.unit === 'cigarettes' ? String(p.count) : packsText(p.count), years: String(p.years) })),
        );
        const shown = String(exactHundredths / 100);
        for (const criterion of packYearCriteria(input)) {
          expect(criterion.status).toBe(exactHundredths >= 2000 ? 'met' : 'not-met');
          // What is shown is what is compared.
          expect(criterion.reason.startsWith(`${shown} pack-years`)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the guidelines, criterion by criterion', () => {
  it('recommends screening when every criterion is met', () => {
    expect(verdicts(eligible)).toEqual({ 'uspstf-2021': 'recommended', 'acs-2023': 'recommended', 'cms-2022': 'recommended' });
  });

  it.each([
    [49, 'not-recommended', 'not-recommended', 'not-recommended'],
    [50, 'recommended', 'recommended', 'recommended'],
    [77, 'recommended', 'recommended', 'recommended'],
    [78, 'recommended', 'recommended', 'not-recommended'],
    [80, 'recommended', 'recommended', 'not-recommended'],
    [81, 'not-recommended', 'not-recommended', 'not-recommended'],
  ])('age %i: USPSTF %s, ACS %s, Medicare %s', (age, uspstf, acs, cms) => {
    expect(verdicts({ ...eligible, age })).toEqual({ 'uspstf-2021': uspstf, 'acs-2023': acs, 'cms-2022': cms });
  });

  it.each([
    [19.99, 'not-recommended'],
    [20, 'recommended'],
    [20.5, 'recommended'],
  ])('%f pack-years: %s everywhere', (packs, verdict) => {
    expect(new Set(Object.values(verdicts({ ...eligible, packYears: packs })))).toEqual(new Set([verdict]));
  });

  it.each([
    [0, 'recommended', 'recommended', 'recommended'],
    [15, 'recommended', 'recommended', 'recommended'],
    [16, 'not-recommended', 'recommended', 'not-recommended'],
    [40, 'not-recommended', 'recommended', 'not-recommended'],
  ])('quit %i years ago: USPSTF %s, ACS %s, Medicare %s', (yearsSinceQuit, uspstf, acs, cms) => {
    expect(verdicts({ ...eligible, smoking: 'former', monthsSinceQuit: yearsSinceQuit * 12 })).toEqual({
      'uspstf-2021': uspstf,
      'acs-2023': acs,
      'cms-2022': cms,
    });
  });

  it('never recommends screening for people who never smoked', () => {
    expect(new Set(Object.values(verdicts({ age: 60, smoking: 'never', packYears: 0, symptoms: false })))).toEqual(
      new Set(['not-recommended']),
    );
  });

  it('sends anyone with symptoms to a doctor under every guideline, never to screening', () => {
    // All three guidelines are for people without signs or symptoms of lung cancer.
    for (const result of evaluateAll({ ...eligible, symptoms: true }, false)) {
      expect(result.verdict, result.guideline.name).toBe('see-doctor');
      expect(result.criteria.find((c) => c.id === 'symptoms')).toMatchObject({ status: 'not-met' });
    }
    // Whatever else was answered, or left unreadable.
    for (const result of evaluateAll({ age: 30, smoking: 'never', symptoms: true }, true)) expect(result.verdict).toBe('see-doctor');
    expect(borderlineNotes({ ...eligible, age: 78, symptoms: true }, evaluateAll({ ...eligible, age: 78, symptoms: true }, false))).toEqual([]);
  });

  it('waits for the symptoms question under every guideline', () => {
    for (const result of evaluateAll({ age: 60, smoking: 'current', packYears: 30 }, false)) expect(result.verdict).toBe('incomplete');
  });

  it('applies the stop rule of the USPSTF and the American Cancer Society, and leaves it to Medicare’s decision visit', () => {
    const withProblems = verdicts({ ...eligible, otherHealthProblems: 'yes' });
    expect(withProblems).toEqual({ 'uspstf-2021': 'not-recommended', 'acs-2023': 'not-recommended', 'cms-2022': 'recommended' });
    expect(evaluateGuideline(CMS, { ...eligible, otherHealthProblems: 'yes' }, false).criteria.find((c) => c.id === 'other-health')).toMatchObject({
      status: 'ask',
    });
    // Optional: unanswered or "not sure" leaves the verdict to the other answers, with a word to ask a doctor.
    for (const otherHealthProblems of [undefined, 'unsure', 'no'] as const) {
      expect(verdicts({ ...eligible, otherHealthProblems })).toEqual({ 'uspstf-2021': 'recommended', 'acs-2023': 'recommended', 'cms-2022': 'recommended' });
    }
    expect(evaluateGuideline(USPSTF, { ...eligible, otherHealthProblems: 'unsure' }, false).criteria.find((c) => c.id === 'other-health')?.status).toBe('ask');
    expect(evaluateGuideline(CMS, eligible, false).criteria.some((c) => c.id === 'other-health')).toBe(false);
  });

  it('lists Medicare’s shared decision-making visit and the order for the scan as a step, not a condition', () => {
    const visit = evaluateGuideline(CMS, eligible, false).criteria.find((c) => c.id === 'decision-visit');
    expect(visit?.status).toBe('step');
    expect(visit?.reason).toMatch(/orders the scan/);
    expect(evaluateGuideline(ACS, eligible, false).criteria.some((c) => c.id === 'decision-visit')).toBe(false);
  });

  it('says what is not answered yet, and decides nothing it cannot', () => {
    const result = evaluateGuideline(USPSTF, { age: 60 }, false);
    expect(result.verdict).toBe('incomplete');
    expect(result.criteria.map((c) => c.status)).toEqual(['met', 'unanswered', 'unanswered', 'unanswered', 'ask']);
    // A criterion already failed settles it, even with others unanswered.
    expect(evaluateGuideline(USPSTF, { age: 45 }, false).verdict).toBe('not-recommended');
    expect(evaluateGuideline(USPSTF, { ...eligible, smoking: 'former' }, false).criteria[2]?.status).toBe('unanswered');
  });

  it('gives a plain reason for every criterion', () => {
    const [age, packs, smoking] = evaluateGuideline(USPSTF, { age: 81, smoking: 'former', monthsSinceQuit: 240, packYears: 12.5 }, false).criteria;
    expect(age?.reason).toBe('81 is over 80.');
    expect(packs?.reason).toBe('12.5 pack-years is under 20.');
    expect(smoking?.reason).toBe('You quit 20 years ago: more than 15 years.');
  });

  it('names the guideline a borderline answer depends on', () => {
    const answers: Answers = { ...eligible, age: 78 };
    expect(borderlineNotes(answers, evaluateAll(answers, false))).toContain(
      'At age 78, you meet USPSTF (2021) and American Cancer Society (2023) on this point, but not Medicare (2022).',
    );
    const quit: Answers = { ...eligible, smoking: 'former', monthsSinceQuit: 16 * 12 };
    expect(borderlineNotes(quit, evaluateAll(quit, false))[0]).toBe(
      'Having quit 16 years ago, you meet American Cancer Society (2023) on this point, but not USPSTF (2021) and Medicare (2022).',
    );
    const exact: Answers = { ...eligible, age: 50, packYears: 20, smoking: 'former', monthsSinceQuit: 15 * 12 };
    expect(borderlineNotes(exact, evaluateAll(exact, false))).toEqual([
      'Age 50 is right on a limit; the guidelines include it.',
      'Exactly 20 pack-years counts: USPSTF (2021) and American Cancer Society (2023) and Medicare (2022) say "at least 20".',
      'Quitting exactly 15 years ago still counts for USPSTF (2021) and Medicare (2022) ("within 15 years").',
    ]);
  });
});

describe('reading the form', () => {
  const form = (changes: Partial<FormInput>): FormInput => ({ ...EMPTY_FORM, ...changes });

  it('reads good answers, trimming spaces', () => {
    expect(readAnswers(form({ age: ' 62 ', smoking: 'former', yearsSinceQuit: '3', packYears: '22.5', symptoms: 'no' }))).toEqual({
      answers: { age: 62, smoking: 'former', monthsSinceQuit: 36, packYears: 22.5, symptoms: false },
      errors: {},
    });
    expect(readAnswers(form({ packYears: '1,5' })).answers.packYears).toBe(1.5);
  });

  it('treats empty fields as not answered, not as errors', () => {
    expect(readAnswers(EMPTY_FORM)).toEqual({ answers: {}, errors: {} });
  });

  it.each([
    ['abc', 'Enter age as a number, using digits only.'],
    ['6O', 'Enter age as a number, using digits only.'],
    ['-5', "Age can't be a negative number."],
    ['55.5', 'Enter age in whole numbers, without decimals.'],
    ['17', `Enter an age between ${LIMITS.minAge} and ${LIMITS.maxAge}.`],
    ['121', `Enter an age between ${LIMITS.minAge} and ${LIMITS.maxAge}.`],
    ['1e2', 'Enter age as a number, using digits only.'],
  ])('age "%s": %s', (age, message) => {
    const { answers, errors } = readAnswers(form({ age }));
    expect(errors.age).toBe(message);
    expect(answers.age).toBeUndefined();
  });

  it('checks pack-years typed in', () => {
    expect(readAnswers(form({ packYears: 'lots' })).errors.packYears).toBe('Enter pack-years as a number, like 20 or 22.5.');
    expect(readAnswers(form({ packYears: '-3' })).errors.packYears).toBe("Pack-years can't be a negative number.");
    expect(readAnswers(form({ packYears: '19.999' })).errors.packYears).toBe('Enter pack-years with at most 2 decimals, like 20 or 22.5.');
    expect(readAnswers(form({ packYears: '301' })).errors.packYears).toMatch(/more than 300 pack-years/);
  });

  it('checks years since quitting against age', () => {
    expect(readAnswers(form({ age: '40', smoking: 'former', yearsSinceQuit: '36' })).errors.yearsSinceQuit).toBe(
      "At age 40, you can't have quit more than 35 years ago.",
    );
    expect(readAnswers(form({ smoking: 'former', yearsSinceQuit: '2.5' })).errors.yearsSinceQuit).toBe(
      'Enter years since quitting in whole numbers, without decimals.',
    );
    // Only asked of people who quit.
    expect(readAnswers(form({ smoking: 'current', yearsSinceQuit: 'x' })).errors).toEqual({});
  });

  it('reads years and months since quitting, and decides the 15-year line on the exact value', () => {
    const quit = (yearsSinceQuit: string, monthsSinceQuit: string) =>
      readAnswers(form({ age: '65', smoking: 'former', yearsSinceQuit, monthsSinceQuit, packYears: '30', symptoms: 'no' }));
    expect(quit('15', '8').answers.monthsSinceQuit).toBe(188);
    expect(quit('15', '').answers.monthsSinceQuit).toBe(180);
    expect(quit('', '7').answers.monthsSinceQuit).toBe(7);
    expect(quit('', '').answers.monthsSinceQuit).toBeUndefined();
    expect(quit('15', '12').errors.monthsSinceQuit).toBe('Enter 0 to 11 months; put whole years in the years box.');
    expect(quit('15', '1.5').errors.monthsSinceQuit).toBe('Enter months in whole numbers, without decimals.');
    const uspstf = (yearsSinceQuit: string, monthsSinceQuit: string) => {
      const { answers, errors } = quit(yearsSinceQuit, monthsSinceQuit);
      return evaluateGuideline(USPSTF, answers, Object.keys(errors).length > 0);
    };
    // "15 years and 8 months" is more than 15 years: not within the USPSTF's limit.
    expect(uspstf('15', '8').verdict).toBe('not-recommended');
    expect(uspstf('15', '8').criteria.find((c) => c.id === 'smoking')?.reason).toBe('You quit 15 years and 8 months ago: more than 15 years.');
    expect(uspstf('15', '1').verdict).toBe('not-recommended');
    expect(uspstf('15', '0').verdict).toBe('recommended');
    expect(uspstf('14', '11').verdict).toBe('recommended');
    expect(uspstf('0', '0').criteria.find((c) => c.id === 'smoking')?.reason).toBe('You quit less than a month ago: within 15 years.');
  });

  it('calculates pack-years from periods, checking each field', () => {
    const calculate = (periods: FormInput['periods'], age = '60') => readAnswers(form({ age, smoking: 'current', packYearsMode: 'calculate', periods }));
    expect(calculate([{ perDay: '20', unit: 'cigarettes', years: '25' }, { perDay: '0.5', unit: 'packs', years: '10' }]).answers.packYears).toBe(30);
    expect(calculate([{ perDay: '201', unit: 'cigarettes', years: '5' }]).errors['periods.0.perDay']).toBe('Enter at most 200 cigarettes a day.');
    expect(calculate([{ perDay: '11', unit: 'packs', years: '5' }]).errors['periods.0.perDay']).toBe('Enter at most 10 packs a day.');
    expect(calculate([{ perDay: '1.5', unit: 'cigarettes', years: '5' }]).errors['periods.0.perDay']).toBe(
      'Enter cigarettes a day in whole numbers, without decimals.',
    );
    expect(calculate([{ perDay: '0', unit: 'cigarettes', years: '5' }]).errors['periods.0.perDay']).toBe('Enter how many cigarettes a day, more than 0.');
    expect(calculate([{ perDay: '10', unit: 'cigarettes', years: '0' }]).errors['periods.0.years']).toBe('Enter at least 1 year, or remove this period.');
    expect(calculate([{ perDay: '10', unit: 'cigarettes', years: '30' }, { perDay: '5', unit: 'cigarettes', years: '30' }], '60').errors.periods).toBe(
      "At age 60, years smoked can't be more than 55.",
    );
    // An unfinished period means no figure yet, and no error either.
    const unfinished = calculate([{ perDay: '10', unit: 'cigarettes', years: '' }]);
    expect(unfinished).toMatchObject({ errors: {} });
    expect(unfinished.answers.packYears).toBeUndefined();
  });
});

describe('properties', () => {
  const answersArb = fc.record(
    {
      age: fc.integer({ min: 18, max: 120 }),
      smoking: fc.constantFrom('current' as const, 'former' as const, 'never' as const),
      monthsSinceQuit: fc.integer({ min: 0, max: 1200 }),
      packYears: fc.double({ min: 0, max: 300, noNaN: true }),
      symptoms: fc.boolean(),
      otherHealthProblems: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
    },
    { requiredKeys: [] },
  );

  it('more pack-years never turns a recommendation into none', () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0, max: 100, noNaN: true }), (answers, more) => {
        const before = verdicts(answers);
        const after = verdicts({ ...answers, packYears: (answers.packYears ?? 0) + more });
        for (const id of Object.keys(before)) {
          if (before[id] === 'recommended') expect(after[id]).toBe('recommended');
        }
      }),
    );
  });

  it('a recommendation means every criterion is met (and only then)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const result of evaluateAll(answers, false)) {
          const allMet = result.criteria.every((c) => c.status === 'met' || c.status === 'step' || c.status === 'ask');
          expect(result.verdict === 'recommended').toBe(allMet && answers.symptoms === false);
        }
      }),
    );
  });

  it('any form with an error gets messages and never a verdict', () => {
    const junk = fc.oneof(fc.string(), fc.constantFrom('-1', '0.5', '1e3', 'NaN', '∞', '12abc', '999'));
    const formArb = fc.record({
      age: junk,
      smoking: fc.constantFrom('' as const, 'current' as const, 'former' as const, 'never' as const),
      yearsSinceQuit: junk,
      monthsSinceQuit: junk,
      packYearsMode: fc.constantFrom('direct' as const, 'calculate' as const),
      packYears: junk,
      periods: fc.array(fc.record({ perDay: junk, unit: fc.constantFrom('cigarettes' as const, 'packs' as const), years: junk }), {
        minLength: 1,
        maxLength: 3,
      }),
      symptoms: fc.constantFrom('' as const, 'yes' as const, 'no' as const),
      otherHealthProblems: fc.constantFrom('' as const, 'yes' as const, 'no' as const, 'unsure' as const),
    });
    fc.assert(
      fc.property(formArb, (input) => {
        const { answers, errors } = readAnswers(input);
        const hasErrors = Object.keys(errors).length > 0;
        for (const result of evaluateAll(answers, hasErrors)) {
          // Symptoms send a person to a doctor whatever else the form holds.
          if (answers.symptoms === true) expect(result.verdict).toBe('see-doctor');
          else if (hasErrors) expect(result.verdict).toBe('invalid');
          else expect(result.verdict).not.toBe('invalid');
        }
        for (const message of Object.values(errors)) expect(message).toMatch(/^[A-Z].*\.$/);
        // Whatever was read is a sensible number.
        for (const value of [answers.age, answers.monthsSinceQuit, answers.packYears]) {
          if (value !== undefined) expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
      }),
    );
  });
});
