import type { Placement } from '@floating-ui/dom';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cardContentFor } from '@/glossary/card-content';
import type { Box } from '@/messages/card-frame';
import { TermDetails } from '../popup/TermDetails';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { HoverCard } from './HoverCard';
import { placeCard } from './place-card';

interface Props {
  termId: string;
  /** Where the term is, in the page's viewport pixels. */
  term: Box;
  onClose: () => void;
  /** Called with the card's box each time it is placed. */
  onPlaced: (card: Box) => void;
}

/** What the card shows: the summary, the full explanation of a term, or the screening check. */
type View = { kind: 'summary' } | { kind: 'more'; termId: string } | { kind: 'screening' };

/**
 * The card for one term, in its three views, placed beside the term again whenever the view
 * or the term's position changes.
 */
export function CardView({ termId, term, onClose, onPlaced }: Props) {
  const [view, setView] = useState<View>({ kind: 'summary' });
  const card = useRef<HTMLDivElement>(null);
  /** The side of the term the card went to first; later views stay there, under the pointer. */
  const side = useRef<Placement>();
  const content = cardContentFor(termId);
  const moreId = view.kind === 'more' ? view.termId : undefined;

  useLayoutEffect(() => {
    if (!card.current) return;
    // The screening form fills the room it has, so its size never hints at what was typed.
    void placeCard(card.current, term, { fillHeight: view.kind === 'screening', side: side.current }).then((placed) => {
      side.current ??= placed.side;
      onPlaced(placed.box);
    });
  }, [term, view.kind, moreId]);

  if (!content) return null;
  const close = (
    <button type="button" class="close" aria-label="Close" onClick={onClose}>
      ×
    </button>
  );
  const backToSummary = () => setView({ kind: 'summary' });

  if (view.kind === 'more') {
    return (
      <div ref={card} class="card card-more" role="dialog" aria-label={`About ${content.name}`} tabIndex={-1}>
        {close}
        <TermDetails termId={view.termId} onOpen={(id) => setView({ kind: 'more', termId: id })} onBack={backToSummary} />
      </div>
    );
  }
  if (view.kind === 'screening') {
    return (
      <div ref={card} class="card card-form" role="dialog" aria-labelledby="screening-title" tabIndex={-1}>
        {close}
        <button type="button" class="back" onClick={backToSummary}>
          ← Back
        </button>
        <ScreeningHeading />
        <ScreeningPanel idPrefix="inline" />
      </div>
    );
  }
  return (
    <HoverCard
      cardRef={card}
      content={content}
      onClose={onClose}
      onMore={() => setView({ kind: 'more', termId })}
      onScreeningCheck={() => setView({ kind: 'screening' })}
    />
  );
}

/** The form's heading, focused when the form opens so screen readers hear where they are. */
function ScreeningHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <h2 id="screening-title" ref={heading} tabIndex={-1}>
      Is lung cancer screening recommended for me?
    </h2>
  );
}
