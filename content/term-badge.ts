import { countTerms } from './page-terms';

/** Where the top frame's badge listens for same-origin child frames (on its isolated world's window). */
const CHILD_FRAME_HOOK = 'healthLensChildFrameMarks';

type HookedWindow = Window & { [CHILD_FRAME_HOOK]?: () => void };

export interface TermBadgeOptions {
  isTopFrame: boolean;
  /** The page's highlights, same-origin child frames' included. */
  pageMarks: () => HTMLElement[];
  /** Sends the number of distinct terms to the background, which shows it on the toolbar icon. */
  send: (count: number) => void;
  signal: AbortSignal;
}

/**
 * The toolbar badge: how many distinct terms the page has. Only the top frame reports, and only
 * when the count changed; the badge starts empty, so a page without terms never sends anything.
 * A same-origin child frame (about:blank, srcdoc) highlights its own text, then tells the top
 * frame to count again, through the top window its content script shares (Chrome; elsewhere the
 * count is taken again the next time the top frame's own marks change).
 */
export function startTermBadge({ isTopFrame, pageMarks, send, signal }: TermBadgeOptions) {
  let reported = 0;

  function recount(): void {
    if (signal.aborted) return;
    const count = Object.keys(countTerms(pageMarks())).length;
    if (count === reported) return;
    reported = count;
    send(count);
  }

  if (isTopFrame) {
    const top = window as HookedWindow;
    top[CHILD_FRAME_HOOK] = recount;
    signal.addEventListener('abort', () => delete top[CHILD_FRAME_HOOK], { once: true });
  }

  return {
    /** The frame's highlighting is done for now, with `markCount` marks of its own. */
    update(markCount: number): void {
      if (isTopFrame) {
        if (markCount > 0 || reported > 0) recount();
        return;
      }
      const top: HookedWindow | null = window.top;
      try {
        top?.[CHILD_FRAME_HOOK]?.();
      } catch {
        // A cross-origin top frame: nothing to tell.
      }
    },
  };
}
