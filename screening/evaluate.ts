import type { Answers } from './answers';
import { formatMonths } from './durations';
import { formatNumber, reachesPackYears } from './pack-years';
import { GUIDELINES, type Guideline } from './guidelines';

/*
 * One evaluation function for every guideline: each criterion of a guideline is met, not met or
 * not answered yet, with a plain reason; the verdict follows from the criteria.
 */

/** "ask": an optional question that is left to a talk with a doctor; "step": something to do first. */
export type CriterionStatus = 'met' | 'not-met' | 'unanswered' | 'ask' | 'step';

export interface CriterionResult {
  id: 'age' | 'pack-years' | 'smoking' | 'symptoms' | 'other-health' | 'decision-visit';
  label: string;
  status: CriterionStatus;
  reason: string;
}

/**
 * see-doctor: symptoms, so no guideline's screening applies: a doctor should check them now;
 * recommended: every criterion met; not-recommended: at least one not met; incomplete: nothing
 * fails but something is unanswered; invalid: the form has errors, so there is no verdict at all.
 */
export type Verdict = 'see-doctor' | 'recommended' | 'not-recommended' | 'incomplete' | 'invalid';

export interface GuidelineResult {
  guideline: Guideline;
  verdict: Verdict;
  criteria: CriterionResult[];
}

function ageCriterion(g: Guideline, age: number | undefined): CriterionResult {
  const label = `Age ${g.minAge} to ${g.maxAge}`;
  if (age === undefined) return { id: 'age', label, status: 'unanswered', reason: 'Age not answered yet.' };
  if (age < g.minAge) return { id: 'age', label, status: 'not-met', reason: `${age} is under ${g.minAge}.` };
  if (age > g.maxAge) return { id: 'age', label, status: 'not-met', reason: `${age} is over ${g.maxAge}.` };
  return { id: 'age', label, status: 'met', reason: `${age} is within ${g.minAge} to ${g.maxAge}.` };
}

function packYearsCriterion(g: Guideline, answers: Answers): CriterionResult {
  const label = `At least ${g.minPackYears} pack-years`;
  const { packYears } = answers;
  if (answers.smoking === 'never') {
    return { id: 'pack-years', label, status: 'not-met', reason: 'Never smoked: 0 pack-years.' };
  }
  if (packYears === undefined) return { id: 'pack-years', label, status: 'unanswered', reason: 'Pack-years not answered yet.' };
  // Shown and compared at the same precision (hundredths): what is shown is what is compared.
  const shown = formatNumber(packYears);
  return reachesPackYears(packYears, g.minPackYears)
    ? { id: 'pack-years', label, status: 'met', reason: `${shown} pack-years is at least ${g.minPackYears}.` }
    : { id: 'pack-years', label, status: 'not-met', reason: `${shown} pack-years is under ${g.minPackYears}.` };
}

function smokingCriterion(g: Guideline, answers: Answers): CriterionResult {
  const label =
    g.maxYearsSinceQuit === null
      ? 'Smokes now or used to smoke'
      : `Smokes now, or quit within the past ${g.maxYearsSinceQuit} years`;
  const result = (status: CriterionStatus, reason: string): CriterionResult => ({ id: 'smoking', label, status, reason });
  switch (answers.smoking) {
    case undefined:
      return result('unanswered', 'Smoking history not answered yet.');
    case 'never':
      return result('not-met', 'Screening is for people who smoke or used to smoke.');
    case 'current':
      return result('met', 'You smoke now.');
    case 'former': {
      if (g.maxYearsSinceQuit === null) return result('met', 'You used to smoke; years since quitting do not matter here.');
      const months = answers.monthsSinceQuit;
      if (months === undefined) return result('unanswered', 'Years since quitting not answered yet.');
      const ago = months === 0 ? 'You quit less than a month ago' : `You quit ${formatMonths(months)} ago`;
      // Decided on whole months: 15 years and 1 month is more than 15 years.
      return months <= g.maxYearsSinceQuit * 12
        ? result('met', `${ago}: within ${g.maxYearsSinceQuit} years.`)
        : result('not-met', `${ago}: more than ${g.maxYearsSinceQuit} years.`);
    }
  }
}

function symptomsCriterion(symptoms: boolean | undefined): CriterionResult {
  const label = 'No signs or symptoms of lung cancer';
  if (symptoms === undefined) return { id: 'symptoms', label, status: 'unanswered', reason: 'Symptoms not answered yet.' };
  return symptoms
    ? {
        id: 'symptoms',
        label,
        status: 'not-met',
        reason: 'Screening is for people without symptoms. Yours need a doctor to find their cause, not a screening scan.',
      }
    : { id: 'symptoms', label, status: 'met', reason: 'No symptoms.' };
}

function otherHealthCriterion(g: Guideline, answer: Answers['otherHealthProblems']): CriterionResult | undefined {
  const label = g.stopsForOtherHealthProblems ? 'Well enough to be treated if cancer is found' : 'Other health problems';
  const result = (status: CriterionStatus, reason: string): CriterionResult => ({ id: 'other-health', label, status, reason });
  if (!g.stopsForOtherHealthProblems) {
    // Medicare has no such rule; its decision visit must talk it through.
    return answer === 'yes' || answer === 'unsure'
      ? result('ask', 'Medicare does not rule you out for this. The decision visit talks through how your health affects screening and treatment.')
      : undefined;
  }
  switch (answer) {
    case 'no':
      return result('met', 'No other health problem that rules out treatment.');
    case 'yes':
      return result('not-met', 'Screening is not advised when other health problems rule out lung surgery or greatly shorten life. A doctor can help you weigh this.');
    case 'unsure':
      return result('ask', 'Ask your doctor whether your other health problems change this.');
    default:
      return result('ask', 'Optional question, not answered. Screening is not advised when other health problems rule out treatment.');
  }
}

const DECISION_VISIT: CriterionResult = {
  id: 'decision-visit',
  label: 'A shared decision-making visit, then an order',
  status: 'step',
  reason:
    'Before the first scan, a visit to talk through benefits and harms (and help to quit, if you smoke). Then your doctor or nurse orders the scan.',
};

/**
 * How one guideline applies to the answers. Symptoms come first: with them, no guideline's
 * screening applies. Otherwise, with errors in the form, the verdict is "invalid": answers that
 * could not be read never lead to a verdict.
 *
 * @example evaluateGuideline(GUIDELINES[0], { age: 60, smoking: 'current', packYears: 30, symptoms: false }, false).verdict // 'recommended'
 */
export function evaluateGuideline(guideline: Guideline, answers: Answers, hasErrors: boolean): GuidelineResult {
  const criteria = [
    ageCriterion(guideline, answers.age),
    packYearsCriterion(guideline, answers),
    smokingCriterion(guideline, answers),
    symptomsCriterion(answers.symptoms),
  ];
  const otherHealth = otherHealthCriterion(guideline, answers.otherHealthProblems);
  if (otherHealth) criteria.push(otherHealth);
  if (guideline.requiresDecisionVisit) criteria.push(DECISION_VISIT);
  const statuses = criteria.map((criterion) => criterion.status);
  const verdict: Verdict =
    answers.symptoms === true
      ? 'see-doctor'
      : hasErrors
        ? 'invalid'
        : statuses.includes('not-met')
          ? 'not-recommended'
          : statuses.includes('unanswered')
            ? 'incomplete'
            : 'recommended';
  return { guideline, verdict, criteria };
}

/** Every guideline, side by side. */
export function evaluateAll(answers: Answers, hasErrors: boolean): GuidelineResult[] {
  return GUIDELINES.map((guideline) => evaluateGuideline(guideline, answers, hasErrors));
}

/**
 * Plain notes for answers on or near a line the guidelines draw differently, naming the
 * guidelines each depends on ("At 78, the USPSTF and the American Cancer Society recommend
 * screening; Medicare pays only up to 77"). None with symptoms: then no line matters.
 */
export function borderlineNotes(answers: Answers, results: readonly GuidelineResult[]): string[] {
  if (answers.symptoms === true) return [];
  const notes: string[] = [];
  const names = (list: readonly GuidelineResult[]) => list.map((r) => r.guideline.name).join(' and ');
  for (const id of ['age', 'smoking'] as const) {
    const met = results.filter((r) => r.criteria.find((c) => c.id === id)?.status === 'met');
    const notMet = results.filter((r) => r.criteria.find((c) => c.id === id)?.status === 'not-met');
    if (met.length === 0 || notMet.length === 0) continue;
    const what = id === 'age' ? `At age ${answers.age}` : `Having quit ${formatMonths(answers.monthsSinceQuit ?? 0)} ago`;
    notes.push(`${what}, you meet ${names(met)} on this point, but not ${names(notMet)}.`);
  }
  if (answers.age !== undefined && results.some((r) => r.guideline.minAge === answers.age || r.guideline.maxAge === answers.age)) {
    notes.push(`Age ${answers.age} is right on a limit; the guidelines include it.`);
  }
  const atPackYearLimit = results.filter(
    (r) => answers.packYears !== undefined && Math.round(answers.packYears * 100) === r.guideline.minPackYears * 100,
  );
  if (atPackYearLimit.length > 0) {
    const limit = atPackYearLimit[0]!.guideline.minPackYears;
    notes.push(`Exactly ${limit} pack-years counts: ${names(atPackYearLimit)} say "at least ${limit}".`);
  }
  const atQuitLimit = results.filter(
    (r) => answers.smoking === 'former' && r.guideline.maxYearsSinceQuit !== null && answers.monthsSinceQuit === r.guideline.maxYearsSinceQuit * 12,
  );
  if (atQuitLimit.length > 0) {
    const limit = atQuitLimit[0]!.guideline.maxYearsSinceQuit;
    notes.push(`Quitting exactly ${limit} years ago still counts for ${names(atQuitLimit)} ("within ${limit} years").`);
  }
  return notes;
}
