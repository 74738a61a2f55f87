import type { CardContent } from '@/messages/protocol';
import { findTerm } from './index';

/**
 * Terms whose card offers "Is screening recommended for me?": the words of the lung-screening
 * decision, where a reader is most likely to wonder whether it applies to them.
 */
export const SCREENING_TERM_IDS: ReadonlySet<string> = new Set([
  'pack-year',
  'lung-cancer-screening',
  'low-dose-ct',
  'lung-rads',
  'lung-nodule',
  'shared-decision-making',
  'uspstf',
  'false-positive',
  'overdiagnosis',
  'incidental-finding',
  'smoking',
  'quitting-smoking',
]);

/**
 * The hover card's content for a term: its name, summary, safety facts (medicines), when to get help, first source and
 * review date, and whether it offers the screening check; for "More", its longer explanation, every source, and its
 * related terms with their names. Undefined for an id the glossary does not have (a page can put any data-term).
 * The build writes it, as JSON, to one file per entry (see card-files.ts), which is what the card reads.
 *
 * @example cardContentFor('pack-year')?.name // 'Pack-year'
 */
export function cardContentFor(termId: string): CardContent | undefined {
  const entry = findTerm(termId);
  if (!entry) return undefined;
  const sources = entry.sources.map(({ title, publisher, url }) => ({ title, publisher, url }));
  return {
    id: entry.id,
    name: entry.name,
    summary: entry.summary,
    ...(entry.safety ? { safety: entry.safety } : {}),
    ...(entry.whenToGetHelp ? { whenToGetHelp: entry.whenToGetHelp } : {}),
    source: sources[0]!,
    reviewed: entry.reviewed,
    offersScreeningCheck: SCREENING_TERM_IDS.has(entry.id),
    ...(entry.details ? { details: entry.details } : {}),
    sources,
    ...(entry.related?.length ? { related: entry.related.map((id) => ({ id, name: findTerm(id)?.name ?? id })) } : {}),
  };
}
