/*
 * Reading a number someone typed into a form field: a value, a specific message saying what is
 * wrong with the text, or undefined when the field is empty (not answered yet).
 */

export type Parsed = { value: number } | { error: string } | undefined;

/** A whole number; `what` names the field in messages ("Age", "Cigarettes a day"). */
export function readWholeNumber(text: string, what: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^-\s*\d/.test(trimmed)) return { error: `${what} can't be a negative number.` };
  if (/^\d*[.,]\d+$/.test(trimmed)) return { error: `Enter ${what.toLowerCase()} in whole numbers, without decimals.` };
  if (!/^\d+$/.test(trimmed)) return { error: `Enter ${what.toLowerCase()} as a number, using digits only.` };
  return { value: Number(trimmed) };
}

/**
 * A number that may have decimals (a dot or a comma); `example` shows the form wanted. With
 * `maxDecimals`, more decimals than that get their own message instead of being rounded away.
 */
export function readDecimal(text: string, what: string, example = '20 or 1.5', maxDecimals?: number): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^-\s*\d/.test(trimmed)) return { error: `${what} can't be a negative number.` };
  if (!/^(\d+([.,]\d+)?|[.,]\d+)$/.test(trimmed)) return { error: `Enter ${what.toLowerCase()} as a number, like ${example}.` };
  const decimals = trimmed.split(/[.,]/)[1]?.length ?? 0;
  if (maxDecimals !== undefined && decimals > maxDecimals) {
    return { error: `Enter ${what.toLowerCase()} with at most ${maxDecimals} decimals, like ${example}.` };
  }
  return { value: Number(trimmed.replace(',', '.')) };
}
