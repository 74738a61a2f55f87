import type { CardContent } from '@/messages/protocol';
import { findTerm } from './index';

/**
 * The hover card's content for a term: its name, summary, when to get help, first source and
 * review date. Undefined for an id the glossary does not have (a page can put any data-term).
 *
 * @example cardContentFor('pack-year')?.name // 'Pack-year'
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
  };
}
