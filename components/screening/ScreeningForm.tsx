import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { readAnswers, type Answers, type FormInput, type PeriodInput } from '@/screening/answers';
import { borderlineNotes, evaluateAll, type GuidelineResult } from '@/screening/evaluate';
import { describePackYears } from '@/screening/pack-years';
import { Choices, TextField } from './Field';
import { NextSteps } from './NextSteps';
import { ScreeningResults, verdictSummary } from './ScreeningResults';

interface Props {
  form: FormInput;
  onChange: (form: FormInput) => void;
  /** A prefix for element ids, so two forms can share a page (the popup's, one opened inline). */
  idPrefix?: string;
  /** Shown after the guidelines' answers, before the next steps, from the same reading of the form (the personal-risk step). */
  afterResults?: (answers: Answers, results: readonly GuidelineResult[]) => ComponentChildren;
}

/**
 * The lung-screening eligibility mini-form: age, smoking history and pack-years in; every
 * guideline's answer out, criterion by criterion. Controlled: the caller keeps the answers (the
 * popup stores them only when asked to). Errors show next to their field once it has been left.
 */
export function ScreeningForm({ form, onChange, idPrefix = 'screening', afterResults }: Props) {
  const { answers, errors } = useMemo(() => readAnswers(form), [form]);
  const hasErrors = Object.keys(errors).length > 0;
  const results = useMemo(() => evaluateAll(answers, hasErrors), [answers, hasErrors]);
  const notes = hasErrors ? [] : borderlineNotes(answers, results);
  const [left, setLeft] = useState<Set<string>>(new Set());
  const id = (field: string) => `${idPrefix}-${field.replace(/\./g, '-')}`;
  const set = (changes: Partial<FormInput>) => onChange({ ...form, ...changes });
  const setPeriod = (i: number, changes: Partial<PeriodInput>) =>
    set({ periods: form.periods.map((period, j) => (j === i ? { ...period, ...changes } : period)) });
  const leave = (field: string) => () => setLeft((fields) => new Set(fields).add(field));
  /** The message for a field, once the person has moved on from it (never while typing). */
  const shown = (field: string) => (left.has(field) ? errors[field] : undefined);

  /** A labelled text input for `field` (an error key), with its hint and its message tied to it. */
  const textInput = (
    field: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    { hint, decimals = false }: { hint?: string; decimals?: boolean } = {},
  ) => (
    <TextField id={id(field)} label={label} value={value} onInput={onInput} onBlur={leave(field)} hint={hint} error={shown(field)} decimals={decimals} />
  );
  const textField = (field: 'age' | 'yearsSinceQuit' | 'monthsSinceQuit' | 'packYears', label: string, hint?: string) =>
    textInput(field, label, form[field], (value) => set({ [field]: value }), { hint, decimals: field === 'packYears' });

  return (
    <form class="screening" onSubmit={(event) => event.preventDefault()} noValidate>
      <p class="muted">
        Based on the USPSTF, American Cancer Society and Medicare guidelines for a yearly low-dose CT scan. Your answers stay
        in your browser.
      </p>
      {textField('age', 'Your age', 'In whole years.')}

      <Choices
        name={id('smoking')}
        legend="Do you smoke?"
        options={[
          ['current', 'I smoke now'],
          ['former', 'I used to smoke'],
          ['never', 'I have never smoked'],
        ]}
        value={form.smoking}
        onChange={(smoking) => set({ smoking })}
      />

      {form.smoking === 'former' && (
        <fieldset>
          <legend>How long ago did you quit?</legend>
          <p class="hint">If it was less than a year ago, enter 0 years and the months.</p>
          <div class="pair">
            {textField('yearsSinceQuit', 'Years')}
            {textField('monthsSinceQuit', 'and months', 'Optional, 0 to 11.')}
          </div>
        </fieldset>
      )}

      {form.smoking !== 'never' && (
        <fieldset>
          <legend>Pack-years</legend>
          <p class="hint">Packs a day × years smoked. A pack is 20 cigarettes.</p>
          <label class="choice">
            <input type="radio" name={id('mode')} checked={form.packYearsMode === 'direct'} onChange={() => set({ packYearsMode: 'direct' })} />
            I know my pack-years
          </label>
          <label class="choice">
            <input type="radio" name={id('mode')} checked={form.packYearsMode === 'calculate'} onChange={() => set({ packYearsMode: 'calculate' })} />
            Work them out for me
          </label>
          {form.packYearsMode === 'direct' ? (
            textField('packYears', 'Pack-years')
          ) : (
            <div class="periods">
              {form.periods.map((period, i) => (
                <fieldset key={i} class="period">
                  <legend>{form.periods.length > 1 ? `Period ${i + 1}` : 'How much you smoked'}</legend>
                  {textInput(
                    `periods.${i}.perDay`,
                    period.unit === 'cigarettes' ? 'Cigarettes a day' : 'Packs a day',
                    period.perDay,
                    (perDay) => setPeriod(i, { perDay }),
                    { decimals: true },
                  )}
                  <label class="inline">
                    Count in{' '}
                    <select value={period.unit} onChange={(event) => setPeriod(i, { unit: event.currentTarget.value as PeriodInput['unit'] })}>
                      <option value="cigarettes">cigarettes</option>
                      <option value="packs">packs</option>
                    </select>
                  </label>
                  {textInput(`periods.${i}.years`, 'For how many years', period.years, (years) => setPeriod(i, { years }))}
                  {form.periods.length > 1 && (
                    <button type="button" class="small" onClick={() => set({ periods: form.periods.filter((_, j) => j !== i) })}>
                      Remove period {i + 1}
                    </button>
                  )}
                </fieldset>
              ))}
              <button type="button" class="small" onClick={() => set({ periods: [...form.periods, { perDay: '', unit: 'cigarettes', years: '' }] })}>
                Add another period
              </button>
              {[...left].some((field) => field.startsWith('periods.')) && errors.periods && (
                <p id={id('periods-error')} class="error" role="alert">
                  {errors.periods}
                </p>
              )}
              {answers.periods && (
                <div class="calculation" aria-label="How your pack-years were worked out">
                  {describePackYears(answers.periods).map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </div>
              )}
            </div>
          )}
        </fieldset>
      )}

      <Choices
        name={id('symptoms')}
        legend="Do you have signs that could be lung cancer now, such as coughing up blood, weight loss you can’t explain, or new pain that won’t go away?"
        options={[
          ['yes', 'Yes'],
          ['no', 'No'],
        ]}
        value={form.symptoms}
        onChange={(symptoms) => set({ symptoms })}
      />

      {answers.symptoms === true && (
        <p class="urgent" role="alert">
          Please see a doctor or nurse about these symptoms now. With symptoms, none of the guidelines below recommends
          screening: symptoms need a visit and tests of their own. Coughing up more than a little blood, or trouble breathing,
          needs emergency care: call 911 (or your local emergency number).
        </p>
      )}

      <Choices
        name={id('other-health')}
        legend="Do you have another serious health problem that would rule out lung surgery, or that is likely to greatly shorten your life? (optional)"
        hint={{
          id: id('other-health-hint'),
          text: 'If so, the USPSTF and the American Cancer Society advise against screening, because finding cancer early would not help. Medicare asks for it to be talked through at the decision visit.',
        }}
        options={[
          ['no', 'No'],
          ['yes', 'Yes'],
          ['unsure', 'Not sure'],
        ]}
        value={form.otherHealthProblems}
        onChange={(otherHealthProblems) => set({ otherHealthProblems })}
      />

      <h2 class="results-heading">What the guidelines say</h2>
      <p class="live" role="status" aria-live="polite">
        {verdictSummary(results)}
      </p>
      <ScreeningResults results={results} />
      {notes.length > 0 && (
        <ul class="notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {afterResults?.(answers, results)}
      <NextSteps />
    </form>
  );
}
