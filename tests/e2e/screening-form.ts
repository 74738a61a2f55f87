import type { Frame, Page } from '@playwright/test';

/**
 * The screening form's questions, found as a person finds them (by their group and label), in the
 * popup or in a card's frame: one place for the selectors the e2e tests and `npm start` share.
 */
export function screeningForm(target: Page | Frame) {
  const group = (name: RegExp | string) => target.getByRole('group', { name });
  return {
    symptoms: (answer: 'Yes' | 'No') => group(/signs that could be lung cancer/).getByLabel(answer, { exact: true }),
    quitYears: () => group('How long ago did you quit?').getByLabel('Years', { exact: true }),
    quitMonths: () => group('How long ago did you quit?').getByLabel('and months', { exact: true }),
    otherHealthProblems: (answer: 'Yes' | 'No' | 'Not sure') => group(/another serious health problem/).getByLabel(answer, { exact: true }),
  };
}
