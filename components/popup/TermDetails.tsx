import { useEffect, useRef } from 'preact/hooks';
import type { CardContent } from '@/messages/protocol';
import { formatReviewedDate } from '../reviewed-date';

interface Props {
  /** The term's content (from its card file); undefined for a term the glossary does not have. */
  content: CardContent | undefined;
  onOpen: (termId: string) => void;
  onBack: () => void;
}

/** One term in full: summary, explanation, safety facts, when to get help, related terms, sources, review date. */
export function TermDetails({ content: entry, onOpen, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the heading tells screen-reader users the view changed.
  useEffect(() => heading.current?.focus(), [entry?.id]);
  if (!entry) return <p role="alert">That term is not in the glossary.</p>;

  return (
    <article class="term" onKeyDown={(event) => event.key === 'Escape' && onBack()}>
      <button type="button" class="back" onClick={onBack}>
        ← Back
      </button>
      <h2 ref={heading} tabIndex={-1}>
        {entry.name}
      </h2>
      <p class="summary">{entry.summary}</p>
      {entry.details && <p>{entry.details}</p>}
      {entry.safety && (
        <section class="safety" aria-labelledby="safety-heading">
          <h3 id="safety-heading">Safety</h3>
          <p>{entry.safety}</p>
        </section>
      )}
      {entry.whenToGetHelp && (
        <section class="help" aria-labelledby="help-heading">
          <h3 id="help-heading">When to get help</h3>
          <p>{entry.whenToGetHelp}</p>
        </section>
      )}
      {entry.related && entry.related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h3 id="related-heading">Related terms</h3>
          <ul class="related">
            {entry.related.map(({ id, name }) => (
              <li key={id}>
                <button type="button" class="link" onClick={() => onOpen(id)}>
                  {name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">Sources</h3>
        <ul class="sources">
          {entry.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              <span class="muted">({source.publisher})</span>
            </li>
          ))}
        </ul>
      </section>
      <p class="muted">Reviewed {formatReviewedDate(entry.reviewed)}. HealthLens explains terms; it does not diagnose.</p>
    </article>
  );
}
