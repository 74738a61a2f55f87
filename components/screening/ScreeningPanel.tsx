import { useEffect, useState } from 'preact/hooks';
import { EMPTY_FORM, type FormInput } from '@/screening/answers';
import { EMPTY_RISK_FORM, type RiskFormInput } from '@/screening/risk-form';
import { rememberedRiskAnswers, rememberedScreeningAnswers } from '@/settings/screening-answers';
import { RiskEstimate } from './RiskEstimate';
import { ScreeningForm } from './ScreeningForm';

/**
 * The screening form and the optional personal-risk step, with the privacy controls, in the popup
 * and in a hover card: answers are kept (in the extension's storage, which pages cannot reach)
 * only while "remember on this device" is ticked, and "clear my answers" forgets them at once.
 */
export function ScreeningPanel({ idPrefix = 'screening' }: { idPrefix?: string }) {
  const [form, setForm] = useState<FormInput>(EMPTY_FORM);
  const [riskForm, setRiskForm] = useState<RiskFormInput>(EMPTY_RISK_FORM);
  const [remember, setRemember] = useState(false);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    void Promise.all([rememberedScreeningAnswers.getValue(), rememberedRiskAnswers.getValue()]).then(([saved, savedRisk]) => {
      if (!saved && !savedRisk) return;
      if (saved) setForm(saved);
      if (savedRisk) setRiskForm({ ...EMPTY_RISK_FORM, ...savedRisk });
      setRemember(true);
      // Remount so the risk step opens if it holds answers.
      setFormKey((key) => key + 1);
    });
  }, []);

  const change = (next: FormInput) => {
    setForm(next);
    if (remember) void rememberedScreeningAnswers.setValue(next);
  };
  const changeRisk = (next: RiskFormInput) => {
    setRiskForm(next);
    if (remember) void rememberedRiskAnswers.setValue(next);
  };
  const toggleRemember = () => {
    const next = !remember;
    setRemember(next);
    if (next) void Promise.all([rememberedScreeningAnswers.setValue(form), rememberedRiskAnswers.setValue(riskForm)]);
    else void Promise.all([rememberedScreeningAnswers.removeValue(), rememberedRiskAnswers.removeValue()]);
  };
  const clear = () => {
    setForm(EMPTY_FORM);
    setRiskForm(EMPTY_RISK_FORM);
    setRemember(false);
    // A new key resets which fields have been visited, so no stale messages show.
    setFormKey((key) => key + 1);
    void Promise.all([rememberedScreeningAnswers.removeValue(), rememberedRiskAnswers.removeValue()]);
  };

  return (
    <div class="screening-panel">
      <ScreeningForm
        key={formKey}
        form={form}
        onChange={change}
        idPrefix={idPrefix}
        afterResults={(answers, results) => (
          <RiskEstimate form={riskForm} onChange={changeRisk} answers={answers} results={results} idPrefix={idPrefix} />
        )}
      />
      <div class="privacy">
        <label class="choice">
          <input type="checkbox" checked={remember} onChange={toggleRemember} />
          Remember my answers on this device
        </label>
        <button type="button" class="small" onClick={clear}>
          Clear my answers
        </button>
      </div>
    </div>
  );
}
