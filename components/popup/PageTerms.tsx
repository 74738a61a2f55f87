import { findTerm } from '@/glossary';
import type { PageTermsReply } from '@/messages/protocol';

interface Props {
  /** The page's answer; null while asking, undefined when HealthLens cannot run there. */
  page: PageTermsReply | null | undefined;
  onReveal: (termId: string) => void;
  onOpen: (termId: string) => void;
}

/** The terms found on the page the popup is about, with how often each appears. */
export function PageTerms({ page, onReveal, onOpen }: Props) {
  if (page === null) return <p class="muted">Looking at this page…</p>;
  if (page === undefined) {
    return (
      <p class="notice">
        HealthLens can’t read this page. Browsers keep their own pages (settings, new tabs, extension
        stores) and local files closed to extensions. Open a web page to see its health terms.
      </p>
    );
  }
  if (page.paused) return <p class="notice">HealthLens is paused here, so nothing is highlighted. Switch the pause off below to see this page’s terms.</p>;
  const terms = Object.entries(page.counts);
  if (terms.length === 0) return <p class="notice">No health terms from the glossary on this page.</p>;

  return (
    <section aria-labelledby="page-terms-heading">
      <h2 id="page-terms-heading">
        {terms.length} {terms.length === 1 ? 'term' : 'terms'} on this page
      </h2>
      <ul class="page-terms">
        {terms.map(([id, count]) => (
          <li key={id}>
            <button type="button" class="link" onClick={() => onReveal(id)} aria-label={`Show ${findTerm(id)?.name ?? id} on the page`}>
              {findTerm(id)?.name ?? id}
            </button>
            <span class="muted">
              {count} {count === 1 ? 'time' : 'times'}
            </span>
            <button type="button" class="small" onClick={() => onOpen(id)} aria-label={`Explain ${findTerm(id)?.name ?? id}`}>
              Explain
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
