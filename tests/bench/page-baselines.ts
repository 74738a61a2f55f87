/*
 * The floor the extension is measured against. It runs inside the page (through Playwright's
 * `evaluate`), so it may use only the DOM and its arguments, never imports.
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
