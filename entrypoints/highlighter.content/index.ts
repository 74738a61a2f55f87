import '@/content/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPageSession } from '@/content/page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every http(s) frame; about:blank and srcdoc frames are read by their parent's script (a
  // script of their own in every empty ad frame would cost each its fixed cost).
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runPageSession(ctx),
});
