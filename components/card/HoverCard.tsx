import type { CardContent } from '@/messages/protocol';
import { formatReviewedDate } from '../reviewed-date';

interface Props {
  content: CardContent;
  onClose: () => void;
  /** Opens the full explanation in the card. */
  onMore: () => void;
}


/** The card shown over a highlighted term: its summary, when to get help, first source and review date. */
export function HoverCard({ content, onClose, onMore }: Props) {
  return (
    <div class="card" role="dialog" aria-labelledby="card-title" aria-describedby="card-summary">
      <div class="card-head">
        <h2 id="card-title">{content.name}</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p id="card-summary">{content.summary}</p>
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
      <p class="note">
        <button type="button" class="more" onClick={onMore}>
          More about {content.name.toLowerCase()}
        </button>{' '}
        HealthLens explains; it does not diagnose.
      </p>
    </div>
  );
}
