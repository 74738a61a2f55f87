import type { CardContent } from '@/messages/protocol';
import { findTerm } from './index';

/** Terms whose card offers the screening check: screening itself and what it is decided by. */
export const SCREENING_TERMS: ReadonlySet<string> = new Set([
  'pack-year',
  'lung-cancer-screening',
  'low-dose-ct',
  'lung-rads',
  'shared-decision-making',
  'uspstf',
  'false-positive',
  'overdiagnosis',
  'smoking',
  'quitting-smoking',
]);

/**
 * The hover card's content for a term: its name, summary, when to get help, first source and
 * review date. Undefined for an id the glossary does not have (a page can put any data-term).
 *
 * @example cardContentFor('pack-year')?.offersScreeningCheck // true
 */
export function cardContentFor(termId: string): CardContent | undefined {
  const entry = findTerm(termId);
  if (!entry) return undefined;
  const [source] = entry.sources;
  return {
    id: entry.id,
    name: entry.name,
    summary: entry.summary,
    ...(entry.whenToGetHelp ? { whenToGetHelp: entry.whenToGetHelp } : {}),
    source: { title: source!.title, publisher: source!.publisher, url: source!.url },
    reviewed: entry.reviewed,
    offersScreeningCheck: SCREENING_TERMS.has(entry.id),
  };
}
