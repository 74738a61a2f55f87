import { render } from 'preact';
import type { Box, FromCardFrame, ToCardFrame } from '@/messages/card-frame';
import type { CardContent } from '@/messages/protocol';
import { loadCardContent } from '@/components/card-files';
import { CardView } from '@/components/card/CardView';
import '@/components/theme.css';
import '@/components/screening/screening.css';
import '@/components/card/card.css';

/*
 * The hover card's frame: an extension page laid over the page the reader is on, clipped by the
 * content script to the card. Being an extension page, what is typed here (the screening check)
 * is out of the page's reach. It carries no glossary: each card's content is the term's own file
 * (terms/<id>.json, written by the build), fetched when the card is first shown.
 */
const app = document.getElementById('app')!;
const announcer = document.getElementById('announce')!;
const tell = (message: FromCardFrame) => window.parent.postMessage(message, '*');
const close = () => tell({ type: 'healthlens-card:close' });

/** The open card's content, where its term is, and a count that gives each opening a fresh card (back to its summary). */
let open: { content: CardContent; term: Box; opening: number } | undefined;
let openings = 0;
/** The card asked for last, while its content loads; a later show or a hide replaces it, so it never opens. */
let loading: { termId: string; term: Box } | undefined;

function draw() {
  // Tests read which card is open from here.
  if (open) document.body.dataset.open = open.content.id;
  else delete document.body.dataset.open;
  render(
    open ? <CardView key={open.opening} content={open.content} term={open.term} onClose={close} onPlaced={(card) => tell({ type: 'healthlens-card:placed', card })} /> : null,
    app,
  );
}

/** Shows the card of `termId` once its content has loaded; an id the glossary does not have closes the card. */
async function show(termId: string, term: Box) {
  const asked = { termId, term };
  loading = asked;
  const content = await loadCardContent(termId);
  if (loading !== asked) return;
  loading = undefined;
  if (!content) return close();
  open = { content, term: asked.term, opening: ++openings };
  draw();
}

/** Screen readers hear the term and its summary once the card is on screen. */
function announce() {
  const content = open?.content;
  announcer.textContent = '';
  if (content) setTimeout(() => (announcer.textContent = `${content.name}: ${content.summary} Press Tab for more.`), 50);
}

window.addEventListener('message', (event: MessageEvent<ToCardFrame>) => {
  if (event.source !== window.parent) return;
  const message = event.data;
  switch (message?.type) {
    case 'healthlens-card:show':
      return void show(message.termId, message.term);
    case 'healthlens-card:move':
      // The term moved: the card that is loading opens there, or the open card follows it.
      if (loading) loading.term = message.term;
      else if (open) open = { ...open, term: message.term };
      return draw();
    case 'healthlens-card:visible':
      return announce();
    case 'healthlens-card:focus':
      return app.querySelector<HTMLElement>('.card')?.focus();
    case 'healthlens-card:hide':
      open = loading = undefined;
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
