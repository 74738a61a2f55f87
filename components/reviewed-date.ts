/** A review date as people read it: "26 November 2026" (the stored date is YYYY-MM-DD, in UTC). */
export function formatReviewedDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
