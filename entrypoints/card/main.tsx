import { render } from 'preact';
import { cardContentFor } from '@/glossary/card-content';
import type { Box, FromCardFrame, ToCardFrame } from '@/messages/card-frame';
import { CardView } from '@/components/card/CardView';
import '@/components/theme.css';
import '@/components/screening/screening.css';
import '@/components/card/card.css';

/*
 * The hover card's frame: an extension page laid over the page the reader is on, clipped by the
 * content script to the card. Being an extension page, what is typed here (the screening check)
 * is out of the page's reach.
 */
const app = document.getElementById('app')!;
const announcer = document.getElementById('announce')!;
const tell = (message: FromCardFrame) => window.parent.postMessage(message, '*');
const close = () => tell({ type: 'healthlens-card:close' });

/** The open card's term, and a count that gives each opening a fresh card (back to its summary). */
let open: { termId: string; term: Box; opening: number } | undefined;
let openings = 0;

function draw() {
  // Tests read which card is open from here.
  if (open) document.body.dataset.open = open.termId;
  else delete document.body.dataset.open;
  render(
    open ? <CardView key={open.opening} termId={open.termId} term={open.term} onClose={close} onPlaced={(card) => tell({ type: 'healthlens-card:placed', card })} /> : null,
    app,
  );
}

/** Screen readers hear the term and its summary once the card is on screen. */
function announce() {
  const content = open && cardContentFor(open.termId);
  announcer.textContent = '';
  if (content) setTimeout(() => (announcer.textContent = `${content.name}: ${content.summary} Press Tab for more.`), 50);
}

window.addEventListener('message', (event: MessageEvent<ToCardFrame>) => {
  if (event.source !== window.parent) return;
  const message = event.data;
  switch (message?.type) {
    case 'healthlens-card:show':
      if (!cardContentFor(message.termId)) return close();
      open = { termId: message.termId, term: message.term, opening: ++openings };
      return draw();
    case 'healthlens-card:move':
      if (open) open = { ...open, term: message.term };
      return draw();
    case 'healthlens-card:visible':
      return announce();
    case 'healthlens-card:focus':
      return app.querySelector<HTMLElement>('.card')?.focus();
    case 'healthlens-card:hide':
      open = undefined;
      announcer.textContent = '';
      return draw();
  }
});
app.addEventListener('pointerenter', () => tell({ type: 'healthlens-card:pointer', inside: true }));
app.addEventListener('pointerleave', () => tell({ type: 'healthlens-card:pointer', inside: false }));
// Someone working in the card (reading more, filling in the form) must not lose it to a stray pointer.
app.addEventListener('pointerdown', () => tell({ type: 'healthlens-card:pin' }));
app.addEventListener('focusin', () => tell({ type: 'healthlens-card:pin' }));
document.addEventListener('keydown', (event) => event.key === 'Escape' && close());
