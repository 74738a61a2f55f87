import { storage } from 'wxt/utils/storage';
import type { FormInput } from '@/screening/answers';
import type { RiskFormInput } from '@/screening/risk-model';

/**
 * The screening form's answers, kept only when the person ticks "remember on this device"
 * (null otherwise). They stay in this browser's extension storage and are never sent anywhere.
 */
export const rememberedScreeningAnswers = storage.defineItem<FormInput | null>('local:screeningAnswers', {
  fallback: null,
  version: 1,
});

/** The personal-risk questions' answers, kept and cleared together with the screening answers. */
export const rememberedRiskAnswers = storage.defineItem<RiskFormInput | null>('local:riskAnswers', {
  fallback: null,
  version: 1,
});
