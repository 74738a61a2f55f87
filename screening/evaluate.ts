import type { Answers } from './answers';
import { formatNumber } from './pack-years';
import { GUIDELINES, type Guideline } from './guidelines';

/*
 * One evaluation function for every guideline: each criterion of a guideline is met, not met or
 * not answered yet, with a plain reason; the verdict follows from the criteria.
 */

export type CriterionStatus = 'met' | 'not-met' | 'unanswered' | 'step';

export interface CriterionResult {
  id: 'age' | 'pack-years' | 'smoking' | 'symptoms' | 'decision-visit';
  label: string;
  status: CriterionStatus;
  reason: string;
}

/**
 * recommended: every criterion met; not-recommended: at least one not met; incomplete: nothing
 * fails but something is unanswered; invalid: the form has errors, so there is no verdict at all.
 */
export type Verdict = 'recommended' | 'not-recommended' | 'incomplete' | 'invalid';

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
  const shown = formatNumber(packYears);
  return packYears >= g.minPackYears
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
      const quit = answers.yearsSinceQuit;
      if (quit === undefined) return result('unanswered', 'Years since quitting not answered yet.');
      const ago = `You quit ${quit} ${quit === 1 ? 'year' : 'years'} ago`;
      return quit <= g.maxYearsSinceQuit
        ? result('met', `${ago}: within ${g.maxYearsSinceQuit}.`)
        : result('not-met', `${ago}: more than ${g.maxYearsSinceQuit}.`);
    }
  }
}

function symptomsCriterion(symptoms: boolean | undefined): CriterionResult {
  const label = 'No signs or symptoms of lung cancer';
  if (symptoms === undefined) return { id: 'symptoms', label, status: 'unanswered', reason: 'Symptoms not answered yet.' };
  return symptoms
    ? { id: 'symptoms', label, status: 'not-met', reason: 'With symptoms, you need a check-up for them, not screening.' }
    : { id: 'symptoms', label, status: 'met', reason: 'No symptoms.' };
}

const DECISION_VISIT: CriterionResult = {
  id: 'decision-visit',
  label: 'A shared decision-making visit first',
  status: 'step',
  reason: 'Before the first scan, a visit to talk through benefits and harms (and help to quit, if you smoke).',
};

/**
 * How one guideline applies to the answers. With errors in the form, the verdict is "invalid":
 * answers that could not be read never lead to a verdict.
 *
 * @example evaluateGuideline(GUIDELINES[0], { age: 60, smoking: 'current', packYears: 30 }, false).verdict // 'recommended'
 */
export function evaluateGuideline(guideline: Guideline, answers: Answers, hasErrors: boolean): GuidelineResult {
  const criteria = [ageCriterion(guideline, answers.age), packYearsCriterion(guideline, answers), smokingCriterion(guideline, answers)];
  if (guideline.requiresNoSymptoms) criteria.push(symptomsCriterion(answers.symptoms));
  if (guideline.requiresDecisionVisit) criteria.push(DECISION_VISIT);
  const statuses = criteria.map((criterion) => criterion.status);
  const verdict: Verdict = hasErrors
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
 * screening; Medicare pays only up to 77").
 */
export function borderlineNotes(answers: Answers, results: readonly GuidelineResult[]): string[] {
  const notes: string[] = [];
  const names = (list: readonly GuidelineResult[]) => list.map((r) => r.guideline.name).join(' and ');
  for (const id of ['age', 'smoking'] as const) {
    const met = results.filter((r) => r.criteria.find((c) => c.id === id)?.status === 'met');
    const notMet = results.filter((r) => r.criteria.find((c) => c.id === id)?.status === 'not-met');
    if (met.length === 0 || notMet.length === 0) continue;
    const what = id === 'age' ? `At age ${answers.age}` : `Having quit ${answers.yearsSinceQuit} years ago`;
    notes.push(`${what}, you meet ${names(met)} on this point, but not ${names(notMet)}.`);
  }
  if (answers.age !== undefined && results.some((r) => r.guideline.minAge === answers.age || r.guideline.maxAge === answers.age)) {
    notes.push(`Age ${answers.age} is right on a limit; the guidelines include it.`);
  }
  const atPackYearLimit = results.filter((r) => r.guideline.minPackYears === answers.packYears);
  if (atPackYearLimit.length > 0) {
    notes.push(`Exactly ${answers.packYears} pack-years counts: ${names(atPackYearLimit)} say "at least ${answers.packYears}".`);
  }
  const atQuitLimit = results.filter((r) => answers.smoking === 'former' && r.guideline.maxYearsSinceQuit === answers.yearsSinceQuit);
  if (atQuitLimit.length > 0) {
    notes.push(`Quitting exactly ${answers.yearsSinceQuit} years ago still counts for ${names(atQuitLimit)} ("within ${answers.yearsSinceQuit} years").`);
  }
  return notes;
}
