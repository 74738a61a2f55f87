/*
 * The two baselines the engine is measured against. Each function runs inside the page (through
 * Playwright's `evaluate`), so it may use only the DOM and its arguments, never imports.
 */

/** The floor's result: its main-thread time and how many matches it wrapped. */
export interface BaselineRun {
  ms: number;
  count: number;
}

/**
 * The floor: the least work any highlighter must do. One TreeWalker pass over the body's text,
 * one flat RegExp of every surface form, and each match wrapped in a `<mark>`. No exclusions
 * beyond script and style text, no bookkeeping for undo, no yielding to the page.
 */
export function runFloor(pattern: string): BaselineRun {
  const start = performance.now();
  const regex = new RegExp(pattern, 'gi');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') nodes.push(node as Text);
  }
  let count = 0;
  for (const node of nodes) {
    const found: Array<[number, number]> = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(node.data); match; match = regex.exec(node.data)) {
      found.push([match.index, match[0].length]);
    }
    // Wrap from the last match back, so earlier offsets in `node` stay valid.
    for (let i = found.length - 1; i >= 0; i--) {
      const [index, length] = found[i]!;
      const middle = node.splitText(index);
      middle.splitText(length);
      const mark = document.createElement('mark');
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      count++;
    }
  }
  return { ms: performance.now() - start, count };
}

/**
 * mark.js as most projects call it: `mark(array)` with every surface form, which walks the page
 * once per form. mark.js recurses once per keyword and overflows the stack with a thousand of
 * them, so the forms go in batches of 100, one after another: the same work per form.
 * Needs mark.js's `Mark` on the page (the runner injects its source first).
 */
export function runNaiveMarkJs(forms: string[]): Promise<BaselineRun> {
  const Mark = (window as unknown as { Mark: new (context: Element) => any }).Mark;
  const instance = new Mark(document.body);
  let count = 0;
  // Only the time mark.js spends working counts, not the pauses between batches.
  let busyMs = 0;
  return new Promise((resolve) => {
    const markBatch = (from: number) => {
      if (from >= forms.length) {
        resolve({ ms: busyMs, count });
        return;
      }
      const batchStart = performance.now();
      instance.mark(forms.slice(from, from + 100), {
        separateWordSearch: false,
        accuracy: 'exactly',
        exclude: ['script', 'style'],
        each: () => count++,
        done: () => {
          busyMs += performance.now() - batchStart;
          setTimeout(() => markBatch(from + 100));
        },
      });
    };
    markBatch(0);
  });
}
