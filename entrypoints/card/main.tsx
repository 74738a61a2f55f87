import { render } from 'preact';
import { cardContentFor } from '@/glossary/card-content';
import type { Box, FromCardFrame, ToCardFrame } from '@/messages/card-frame';
import { HoverCard } from '@/components/card/HoverCard';
import { placeCard } from '@/components/card/place-card';
import { TermDetails } from '@/components/popup/TermDetails';
import '@/components/card/card.css';

/*
 * The hover card's frame: an extension page laid over the page the reader is on, clipped by the
 * content script to the card. It renders a term's card from the glossary and places it.
 */
const app = document.getElementById('app')!;
const tell = (message: FromCardFrame) => window.parent.postMessage(message, '*');

/** The term the card is placed beside, kept so the card can be placed again when it grows. */
let lastTerm: Box | undefined;
const close = () => tell({ type: 'healthlens-card:close' });

async function show(termId: string, term: Box) {
  const content = cardContentFor(termId);
  if (!content) return close();
  lastTerm = term;
  render(<HoverCard content={content} onClose={close} onMore={() => void more(termId, termId)} />, app);
  await move(term);
  document.body.dataset.open = termId;
}

/** The full explanation (the popup's term view) in the card; related terms open in place. */
async function more(termId: string, cardTermId: string) {
  render(
    <div class="card card-more" role="dialog" aria-label="HealthLens explanation">
      <button type="button" class="close" aria-label="Close" onClick={close}>
        ×
      </button>
      <TermDetails
        termId={termId}
        onOpen={(id) => void more(id, cardTermId)}
        onBack={() => {
          const term = lastTerm;
          if (term) void show(cardTermId, term);
        }}
      />
    </div>,
    app,
  );
  if (lastTerm) await move(lastTerm);
}

async function move(term: Box) {
  const card = app.querySelector<HTMLElement>('.card');
  if (card) tell({ type: 'healthlens-card:placed', card: await placeCard(card, term) });
}

window.addEventListener('message', (event: MessageEvent<ToCardFrame>) => {
  if (event.source !== window.parent) return;
  const message = event.data;
  if (message?.type === 'healthlens-card:show') void show(message.termId, message.term);
  else if (message?.type === 'healthlens-card:move') {
    lastTerm = message.term;
    void move(message.term);
  }
  else if (message?.type === 'healthlens-card:hide') {
    render(null, app);
    delete document.body.dataset.open;
  }
});
app.addEventListener('pointerenter', () => tell({ type: 'healthlens-card:pointer', inside: true }));
app.addEventListener('pointerleave', () => tell({ type: 'healthlens-card:pointer', inside: false }));
document.addEventListener('keydown', (event) => event.key === 'Escape' && close());
