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
 * Marks are counted again only when a frame's number of marks changed. A same-origin http(s)
 * child frame runs a content script of its own; when its marks change it tells the top frame to
 * count again, through the top window its content script shares (Chrome; elsewhere the count is
 * taken again the next time the top frame's own marks change).
 */
export function startTermBadge({ isTopFrame, pageMarks, send, signal }: TermBadgeOptions) {
  let reported = 0;
  let lastMarkCount = 0;

  function recount(): void {
    if (signal.aborted) return;
    const count = Object.keys(countTerms(pageMarks())).length;
    if (count === reported) return;
    reported = count;
    send(count);
  }

  function tellTopFrame(): void {
    const top: HookedWindow | null = window.top;
    try {
      top?.[CHILD_FRAME_HOOK]?.();
    } catch {
      // A cross-origin top frame: nothing to tell.
    }
  }

  if (isTopFrame) {
    const top = window as HookedWindow;
    top[CHILD_FRAME_HOOK] = recount;
    signal.addEventListener('abort', () => delete top[CHILD_FRAME_HOOK], { once: true });
  }

  return {
    /** The frame's highlighting is done for now, with `markCount` marks of its own. */
    update(markCount: number): void {
      if (markCount === lastMarkCount) return;
      lastMarkCount = markCount;
      if (isTopFrame) recount();
      else tellTopFrame();
    },
  };
}
