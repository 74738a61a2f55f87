import { useEffect, useState } from 'preact/hooks';
import { EMPTY_FORM, type FormInput } from '@/screening/answers';
import { rememberedScreeningAnswers } from '@/settings/screening-answers';
import { ScreeningForm } from './ScreeningForm';

/**
 * The screening form with its privacy controls, in the popup and in a hover card: answers are
 * kept (in the extension's storage, which pages cannot reach) only while "remember on this
 * device" is ticked, and "clear my answers" forgets them at once.
 */
export function ScreeningPanel({ idPrefix }: { idPrefix?: string }) {
  const [form, setForm] = useState<FormInput>(EMPTY_FORM);
  const [remember, setRemember] = useState(false);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    rememberedScreeningAnswers.getValue().then((saved) => {
      if (!saved) return;
      setForm(saved);
      setRemember(true);
    });
  }, []);

  const change = (next: FormInput) => {
    setForm(next);
    if (remember) void rememberedScreeningAnswers.setValue(next);
  };
  const toggleRemember = () => {
    const next = !remember;
    setRemember(next);
    void (next ? rememberedScreeningAnswers.setValue(form) : rememberedScreeningAnswers.removeValue());
  };
  const clear = () => {
    setForm(EMPTY_FORM);
    setRemember(false);
    // A new key resets which fields have been visited, so no stale messages show.
    setFormKey((key) => key + 1);
    void rememberedScreeningAnswers.removeValue();
  };

  return (
    <div class="screening-panel">
      <ScreeningForm key={formKey} form={form} onChange={change} idPrefix={idPrefix} />
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
