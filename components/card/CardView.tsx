import type { Placement } from '@floating-ui/dom';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Box } from '@/messages/card-frame';
import type { CardContent } from '@/messages/protocol';
import { loadCardContent } from '../card-files';
import { TermDetails } from '../popup/TermDetails';
import type { ScreeningPanel } from '../screening/ScreeningPanel';
import { HoverCard } from './HoverCard';
import { placeCard } from './place-card';

interface Props {
  /** The term's content, loaded before the card is drawn. */
  content: CardContent;
  /** Where the term is, in the page's viewport pixels. */
  term: Box;
  onClose: () => void;
  /** Called with the card's box each time it is placed. */
  onPlaced: (card: Box) => void;
}

/**
 * What the card shows: the summary, the full explanation of a term (this one, or a related term's,
 * loaded first; undefined if it has none), or the screening check (its code loaded first).
 */
type View =
  | { kind: 'summary' }
  | { kind: 'more'; termId: string; content: CardContent | undefined }
  | { kind: 'screening'; Panel: typeof ScreeningPanel };

/**
 * The screening check and risk estimate, a chunk of their own: loaded when a reader first opens
 * the check from a card, not with every card.
 */
const loadScreeningPanel = () => import('../screening/ScreeningPanel').then((module) => module.ScreeningPanel);

/**
 * The card for one term, in its three views, placed beside the term again whenever the view
 * or the term's position changes. A view that needs loading (a related term's content, the
 * screening check's code) replaces the current one only once it has loaded, so the card is placed
 * once, at its new size.
 */
export function CardView({ content, term, onClose, onPlaced }: Props) {
  const [view, setView] = useState<View>({ kind: 'summary' });
  const card = useRef<HTMLDivElement>(null);
  /** The side of the term the card went to first; later views stay there, under the pointer. */
  const side = useRef<Placement>();
  /** Counts the reader's moves between views, so a view that loads late never replaces a later one. */
  const moves = useRef(0);
  const moreId = view.kind === 'more' ? view.termId : undefined;

  useLayoutEffect(() => {
    if (!card.current) return;
    // The screening form fills the room it has, so its size never hints at what was typed.
    void placeCard(card.current, term, { fillHeight: view.kind === 'screening', side: side.current }).then((placed) => {
      side.current ??= placed.side;
      onPlaced(placed.box);
    });
  }, [term, view.kind, moreId]);

  const close = (
    <button type="button" class="close" aria-label="Close" onClick={onClose}>
      ×
    </button>
  );
  const show = (next: View) => {
    moves.current++;
    setView(next);
  };
  const backToSummary = () => show({ kind: 'summary' });
  /** Shows the view `load` gives, once it has loaded, unless the reader has moved on. */
  const showLoaded = (load: Promise<View>) => {
    const move = ++moves.current;
    void load.then((next) => move === moves.current && setView(next));
  };
  const openMore = (termId: string) => showLoaded(loadCardContent(termId).then((more) => ({ kind: 'more', termId, content: more })));

  if (view.kind === 'more') {
    return (
      <div ref={card} class="card card-more" role="dialog" aria-label={`About ${content.name}`} tabIndex={-1}>
        {close}
        <TermDetails content={view.content} onOpen={openMore} onBack={backToSummary} />
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
        <view.Panel idPrefix="inline" />
      </div>
    );
  }
  return (
    <HoverCard
      cardRef={card}
      content={content}
      onClose={onClose}
      onMore={() => show({ kind: 'more', termId: content.id, content })}
      onScreeningCheck={() => showLoaded(loadScreeningPanel().then((Panel) => ({ kind: 'screening', Panel })))}
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
