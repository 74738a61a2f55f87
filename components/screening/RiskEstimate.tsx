import { useMemo, useState } from 'preact/hooks';
import type { Answers } from '@/screening/answers';
import type { GuidelineResult } from '@/screening/evaluate';
import { formatNumber } from '@/screening/pack-years';
import {
  bmiFromForm,
  EDUCATION_LABELS,
  estimateRisk,
  MODEL_AGE_RANGE,
  PLCOM2012_SOURCE,
  RACE_ETHNICITIES,
  RACE_LABELS,
  RISK_REFERENCE_LINES,
  readRiskForm,
  timeWeightedCigarettesPerDay,
  type RiskFormInput,
  type RiskRange,
  type YesNo,
} from '@/screening/risk-model';
import { againstReferenceLines, disagreement, formatRange, outOf1000, type Side } from '@/screening/risk-summary';
import { Field, TextField } from './Field';
import { IconArray } from './IconArray';
import { RiskScale } from './RiskScale';

/** What each published threshold is, in plain words. */
const LINE_MEANING: Record<(typeof RISK_REFERENCE_LINES)[number]['id'], string> = {
  'plcom2012-1.51': 'above this 6-year risk, a large US trial found deaths from lung cancer were consistently lower with CT screening than with chest X-rays.',
  'ilst-1.7': 'the 6-year risk the International Lung Screening Trial used to choose who to screen.',
};

const SIDE_TEXT: Record<Side, string> = {
  above: 'Your estimate is at or above it.',
  below: 'Your estimate is below it.',
  'either side': 'Your estimate could be on either side of it.',
};

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
    () => readRiskForm(form, { age: answers.age, smoking: answers.smoking, yearsSinceQuit: answers.yearsSinceQuit, smokingHistory }),
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
    <fieldset>
      <legend>{legend}</legend>
      {(['yes', 'no'] as const).map((value) => (
        <label key={value} class="choice">
          <input type="radio" name={id(field)} value={value} checked={form[field] === value} onChange={() => set({ [field]: value as YesNo })} />
          {value === 'yes' ? 'Yes' : 'No'}
        </label>
      ))}
    </fieldset>
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
          {answers.smoking === 'never' ? (
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

              <RiskResult range={inputs ? estimateRisk(inputs) : undefined} unknownRace={inputs?.race === 'prefer-not-to-say'} age={answers.age} results={results} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

function RiskResult({ range, unknownRace, age, results }: { range?: RiskRange; unknownRace: boolean; age?: number; results: readonly GuidelineResult[] }) {
  if (!range) {
    return (
      <p class="live" role="status" aria-live="polite">
        Answer every question above to see your estimate.
      </p>
    );
  }
  const people = outOf1000(range.high);
  const conflict = disagreement(range, results);
  return (
    <div class="risk-result">
      <h3>Your estimate</h3>
      <p class="live big" role="status" aria-live="polite">
        About {formatRange(range)} chance of being diagnosed with lung cancer in the next 6 years.
      </p>
      {unknownRace && (
        <p class="notice">
          You preferred not to give a group, so this is the range of estimates across all six groups the model knows. The
          estimate is less certain.
        </p>
      )}
      <IconArray range={range} />
      <RiskScale range={range} />
      <ul class="reference-lines">
        {againstReferenceLines(range).map(({ line, side }, i) => (
          <li key={line.id}>
            <span class={`line-key reference-${i + 1}`} aria-hidden="true" /> <strong>{Number((line.risk * 100).toFixed(2))}%</strong>: {LINE_MEANING[line.id]}{' '}
            {SIDE_TEXT[side]}{' '}
            <span class="muted">
              (
              <a href={line.source.url} target="_blank" rel="noopener noreferrer">
                {line.source.journal}, {line.source.citation.split(/[;(]/)[0]!.trim()}
              </a>
              )
            </span>
          </li>
        ))}
      </ul>
      {conflict === 'recommended-but-low-risk' && (
        <p class="notice">
          A guideline recommends screening for you, but your estimated risk is lower than both thresholds. The benefit of
          screening may be smaller for you than for most people it is recommended for. It is worth talking over with a
          doctor or nurse before deciding.
        </p>
      )}
      {conflict === 'not-recommended-but-high-risk' && (
        <p class="notice">
          The guidelines do not recommend screening for you, but your estimated risk is at or above a level where research
          found screening helpful. Talk it over with a doctor or nurse: some programs use risk models like this one.
        </p>
      )}
      {age !== undefined && (age < MODEL_AGE_RANGE.min || age > MODEL_AGE_RANGE.max) && (
        <p class="notice">
          The model was built on people aged {MODEL_AGE_RANGE.min} to {MODEL_AGE_RANGE.max}. At {age}, the estimate is less
          certain.
        </p>
      )}
      <h3>What this number means, and what it does not</h3>
      <p>
        Of 1,000 people with answers like yours, about {people === outOf1000(range.low) ? people : `${outOf1000(range.low)} to ${people}`} would be
        diagnosed with lung cancer in the next 6 years. It is an average for people like you, not a forecast of what will
        happen to you. It does not tell you whether you have cancer now, and it does not count symptoms: if you have any,
        see a doctor whatever this says. Quitting smoking lowers the risk year by year.
      </p>
      <p class="muted small-print">
        Model: PLCOm2012 ({PLCOM2012_SOURCE.authors} <a href={PLCOM2012_SOURCE.url} target="_blank" rel="noopener noreferrer">{PLCOM2012_SOURCE.journal} {PLCOM2012_SOURCE.citation.split(' ')[0]}</a>).
        This informs; it does not diagnose.
      </p>
    </div>
  );
}
