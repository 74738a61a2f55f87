/**
 * A whole number of months as people say it: "15 years", "15 years and 8 months", "8 months",
 * "less than a month".
 *
 * @example formatMonths(188) // '15 years and 8 months'
 */
export function formatMonths(totalMonths: number): string {
  const years = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  const yearText = `${years} ${years === 1 ? 'year' : 'years'}`;
  const monthText = `${months} ${months === 1 ? 'month' : 'months'}`;
  if (years === 0 && months === 0) return 'less than a month';
  if (years === 0) return monthText;
  return months === 0 ? yearText : `${yearText} and ${monthText}`;
}
