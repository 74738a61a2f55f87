import { useMemo, useState } from 'preact/hooks';
import type { Answers } from '@/screening/answers';
import type { GuidelineResult } from '@/screening/evaluate';
import { formatNumber } from '@/screening/pack-years';
import { bmiFromForm } from '@/screening/body-measures';
import { readRiskForm, type RiskFormInput, type YesNo } from '@/screening/risk-form';
import { modelApplies } from '@/screening/risk-applies';
import { EDUCATION_LABELS, estimateRisk, RACE_ETHNICITIES, RACE_LABELS } from '@/screening/risk-model';
import { timeWeightedCigarettesPerDay } from '@/screening/smoking-history';
import { Choices, Field, TextField } from './Field';
import { RiskResult } from './RiskResult';

interface Props {
  form: RiskFormInput;
  onChange: (form: RiskFormInput) => void;
  /** The guideline form's answers (age, smoking, years since quitting, smoking periods) and verdicts. */
  answers: Answers;
  results: readonly GuidelineResult[];
  idPrefix: string;
}

/**
 * The optional second step: a personal 6-year risk from the PLCOm2012 model, shown as a
 * percentage, as 1,000 people, and against two published thresholds, with what it means, what it
 * does not, and where it and the guidelines disagree.
 */
export function RiskEstimate({ form, onChange, answers, results, idPrefix }: Props) {
  const [open, setOpen] = useState(() => Object.values(form).some((value) => value !== '' && value !== 'metric'));
  const [left, setLeft] = useState<Set<string>>(new Set());
  const smokingHistory = useMemo(() => (answers.periods ? timeWeightedCigarettesPerDay(answers.periods) : undefined), [answers.periods]);
  const { inputs, errors } = useMemo(
    () =>
      readRiskForm(form, {
        age: answers.age,
        smoking: answers.smoking,
        // The model counts years since quitting in years, months as fractions of one.
        yearsSinceQuit: answers.monthsSinceQuit === undefined ? undefined : answers.monthsSinceQuit / 12,
        smokingHistory,
      }),
    [form, answers, smokingHistory],
  );
  const id = (field: string) => `${idPrefix}-risk-${field}`;
  const set = (changes: Partial<RiskFormInput>) => onChange({ ...form, ...changes });
  const leave = (field: string) => () => setLeft((fields) => new Set(fields).add(field));
  const shown = (field: keyof typeof errors) => (left.has(field) ? errors[field] : undefined);
  const text = (field: 'heightCm' | 'weightKg' | 'heightFeet' | 'heightInches' | 'weightPounds' | 'cigarettesPerDay' | 'yearsSmoked', label: string, hint?: string) => (
    <TextField id={id(field)} label={label} value={form[field]} onInput={(value) => set({ [field]: value })} onBlur={leave(field)} hint={hint} error={shown(field)} decimals={field !== 'cigarettesPerDay' && field !== 'yearsSmoked' && field !== 'heightFeet'} />
  );
  const yesNo = (field: 'copd' | 'personalCancer' | 'familyLungCancer', legend: string) => (
    <Choices
      name={id(field)}
      legend={legend}
      options={[
        ['yes', 'Yes'],
        ['no', 'No'],
      ]}
      value={form[field]}
      onChange={(value: Exclude<YesNo, ''>) => set({ [field]: value })}
    />
  );
  const bmi = bmiFromForm(form);

  return (
    <section class="risk" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>Your personal risk (optional)</h2>
      <p>
        Guidelines use three facts. A person’s real chance of lung cancer depends on more. Doctors’ decision aids estimate it
        with a model called PLCOm2012. It takes a few more answers, which stay in your browser.
      </p>
      <button type="button" class="small" aria-expanded={open} aria-controls={id('step')} onClick={() => setOpen(!open)}>
        {open ? 'Hide my personal risk' : 'Estimate my personal risk'}
      </button>
      {open && (
        <div id={id('step')}>
          {!modelApplies(answers) ? (
            <p class="notice">
              This model is only for people who have smoked, so it cannot give an estimate for you. People who have never
              smoked can still get lung cancer (radon, secondhand smoke and family history raise the risk), but screening
              guidelines do not cover them. If you are worried, talk with a doctor.
            </p>
          ) : (
            <>
              {answers.age === undefined || answers.smoking === undefined ? (
                <p class="notice">First answer your age and whether you smoke, above.</p>
              ) : null}
              <Field id={id('education')} label="Highest level of school you finished" error={shown('education')}>
                <select id={id('education')} value={form.education} onChange={(event) => set({ education: event.currentTarget.value })} onBlur={leave('education')}>
                  <option value="">Choose…</option>
                  {Object.entries(EDUCATION_LABELS).map(([level, label]) => (
                    <option key={level} value={level}>
                      {label}
                    </option>
                  ))}
                </select>
              </Field>

              <fieldset>
                <legend>Height and weight</legend>
                <label class="choice">
                  <input type="radio" name={id('units')} checked={form.units === 'metric'} onChange={() => set({ units: 'metric' })} />
                  Centimetres and kilograms
                </label>
                <label class="choice">
                  <input type="radio" name={id('units')} checked={form.units === 'us'} onChange={() => set({ units: 'us' })} />
                  Feet, inches and pounds
                </label>
                {form.units === 'metric' ? (
                  <div class="pair">
                    {text('heightCm', 'Height in cm')}
                    {text('weightKg', 'Weight in kg')}
                  </div>
                ) : (
                  <div class="pair">
                    {text('heightFeet', 'Height: feet')}
                    {text('heightInches', 'and inches')}
                    {text('weightPounds', 'Weight in pounds')}
                  </div>
                )}
                {(left.has('heightCm') || left.has('weightKg') || left.has('heightFeet') || left.has('weightPounds')) && errors.bmi && (
                  <p class="error" role="alert">
                    {errors.bmi}
                  </p>
                )}
                {bmi !== undefined && <p class="calculation">Body-mass index (BMI): {formatNumber(Math.round(bmi * 10) / 10)}</p>}
              </fieldset>

              {yesNo('copd', 'Has a doctor told you that you have COPD, emphysema or chronic bronchitis?')}
              {yesNo('personalCancer', 'Have you ever had any kind of cancer?')}
              {yesNo('familyLungCancer', 'Has a parent, brother or sister had lung cancer?')}

              <Field id={id('race')} label="Race or ethnic group" hint="The model’s data show risk differing between groups." error={shown('race')}>
                <select id={id('race')} aria-describedby={`${id('race')}-hint`} value={form.race} onChange={(event) => set({ race: event.currentTarget.value as RiskFormInput['race'] })} onBlur={leave('race')}>
                  <option value="">Choose…</option>
                  {RACE_ETHNICITIES.map((race) => (
                    <option key={race} value={race}>
                      {RACE_LABELS[race]}
                    </option>
                  ))}
                  <option value="prefer-not-to-say">Prefer not to say</option>
                </select>
              </Field>

              {smokingHistory ? (
                <p class="calculation">
                  From your smoking periods above: on average {formatNumber(smokingHistory.cigarettesPerDay)} cigarettes a day over{' '}
                  {smokingHistory.yearsSmoked} years.
                </p>
              ) : (
                <div class="pair">
                  {text('cigarettesPerDay', 'Cigarettes a day, on average', 'Over all the years you smoked. A pack is 20.')}
                  {text('yearsSmoked', 'Years you smoked in all', 'Leave out years when you had stopped.')}
                </div>
              )}

              <RiskResult
                range={inputs ? estimateRisk(inputs) : undefined}
                unknownRace={inputs?.race === 'prefer-not-to-say'}
                answers={answers}
                results={results}
              />
            </>
          )}
        </div>
      )}
    </section>
  );
}
