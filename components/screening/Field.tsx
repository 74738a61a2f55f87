import type { ComponentChildren } from 'preact';

/** The ids a field's input is described by: its hint and its error message, when shown. */
export function describedBy(fieldId: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(' ') || undefined;
}

/** A labelled field with its hint and its error message, tied to the input by ids. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ComponentChildren }) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Called when the person leaves the field: its message shows from then on. */
  onBlur: () => void;
  hint?: string;
  error?: string;
  /** A number that may have decimals (the phone keyboard shows a decimal point). */
  decimals?: boolean;
}

/** A labelled text input for a number, with its hint and its message tied to it. */
export function TextField({ id, label, value, onInput, onBlur, hint, error, decimals = false }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        inputMode={decimals ? 'decimal' : 'numeric'}
        autocomplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}

interface ChoicesProps<Value extends string> {
  /** The radio group's name (unique on the page). */
  name: string;
  legend: ComponentChildren;
  /** Each choice's value and label, in order. */
  options: readonly (readonly [Value, string])[];
  value: Value | '';
  onChange: (value: Value) => void;
  /** A note under the question, read out with each choice. */
  hint?: { id: string; text: string };
}

/** A question answered by one of a few choices: a fieldset of radio buttons under its legend. */
export function Choices<Value extends string>({ name, legend, options, value, onChange, hint }: ChoicesProps<Value>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hint.id}>
          {hint.text}
        </p>
      )}
      {options.map(([option, label]) => (
        <label key={option} class="choice">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            aria-describedby={hint?.id}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
