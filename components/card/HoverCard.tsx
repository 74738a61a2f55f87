import type { Ref } from 'preact';
import type { CardContent } from '@/messages/protocol';
import { formatReviewedDate } from '../reviewed-date';

interface Props {
  content: CardContent;
  /** The card's element, for placing it. */
  cardRef: Ref<HTMLDivElement>;
  onClose: () => void;
  /** Opens the full explanation in the card. */
  onMore: () => void;
  /** Opens the screening eligibility check in the card (offered on screening terms). */
  onScreeningCheck: () => void;
}

/** The card shown over a highlighted term: its summary, safety facts, when to get help, first source and review date. */
export function HoverCard({ content, cardRef, onClose, onMore, onScreeningCheck }: Props) {
  return (
    <div ref={cardRef} class="card" role="dialog" aria-labelledby="card-title" aria-describedby="card-summary" tabIndex={-1}>
      <div class="card-head">
        <h2 id="card-title">{content.name}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p id="card-summary">{content.summary}</p>
      {content.safety && (
        <p class="safety">
          <strong>Safety: </strong>
          {content.safety}
        </p>
      )}
      {content.whenToGetHelp && (
        <p class="help">
          <strong>When to get help: </strong>
          {content.whenToGetHelp}
        </p>
      )}
      <p class="source">
        Source:{' '}
        <a href={content.source.url} target="_blank" rel="noopener noreferrer">
          {content.source.title}
        </a>{' '}
        ({content.source.publisher}). Reviewed {formatReviewedDate(content.reviewed)}.
      </p>
      <p class="actions">
        <button type="button" class="link" onClick={onMore}>
          More about {content.name.toLowerCase()}
        </button>
        {content.offersScreeningCheck && (
          <button type="button" class="link" onClick={onScreeningCheck}>
            Is screening recommended for me?
          </button>
        )}
      </p>
      <p class="note">HealthLens explains; it does not diagnose.</p>
    </div>
  );
}
