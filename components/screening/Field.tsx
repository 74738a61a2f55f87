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
