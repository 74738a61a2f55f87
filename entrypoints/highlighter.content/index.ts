import '@/content/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPageSession } from '@/content/page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame, about:blank and srcdoc frames too (their text is the page's): each frame's script
  // highlights its own document, and the top frame's steps through them all.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main: (ctx) => runPageSession(ctx),
});
