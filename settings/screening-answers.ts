import { storage } from 'wxt/utils/storage';
import { EMPTY_FORM, type FormInput } from '@/screening/answers';
import type { RiskFormInput } from '@/screening/risk-form';

/**
 * The screening form's answers, kept only when the person ticks "remember on this device"
 * (null otherwise). They stay in this browser's extension storage and are never sent anywhere.
 *
 * Version 2 added months since quitting and the optional question on other health problems;
 * answers kept by version 1 get both empty, so nothing the person typed is lost.
 */
export const rememberedScreeningAnswers = storage.defineItem<FormInput | null>('local:screeningAnswers', {
  fallback: null,
  version: 2,
  migrations: {
    2: (saved: Omit<FormInput, 'monthsSinceQuit' | 'otherHealthProblems'> | null): FormInput | null =>
      saved && { ...saved, monthsSinceQuit: EMPTY_FORM.monthsSinceQuit, otherHealthProblems: EMPTY_FORM.otherHealthProblems },
  },
});

/** The personal-risk questions' answers, kept and cleared together with the screening answers. */
export const rememberedRiskAnswers = storage.defineItem<RiskFormInput | null>('local:riskAnswers', {
  fallback: null,
  version: 1,
});
