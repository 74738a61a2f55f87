import { afterEach, describe, expect, it } from 'vitest';
import { markedTerms, settle, start } from './engine-harness';
import type { PageEngine } from '@/content/page-engine';

let engine: PageEngine | undefined;
afterEach(() => {
  engine?.stop();
  engine = undefined;
  document.body.innerHTML = '';
});

describe('page engine', () => {
  it('wraps each term in a mark carrying its id, leaving the text the same', async () => {
    document.body.innerHTML = '<p>Back pain can come with lung cancer and COPD.</p>';
    const before = document.body.textContent;
    engine = start();
    await settle();
    expect(markedTerms()).toEqual(['back-pain', 'lung-cancer', 'copd']);
    expect(document.body.textContent).toBe(before);
    expect(document.querySelector('mark')!.className).toBe('healthlens-term');
    expect(engine.markCount).toBe(3);
  });

  it('never highlights inside excluded places', async () => {
    document.body.innerHTML = `
      <script>var s = "lung cancer";</script><style>/* lung cancer */</style>
      <textarea>lung cancer</textarea><select><option>lung cancer</option></select>
      <button>lung cancer</button><code>lung cancer</code><pre>lung <b>cancer</b> COPD</pre>
      <kbd>COPD</kbd><samp>COPD</samp><var>COPD</var>
      <div contenteditable="true"><p>lung cancer <b>COPD</b></p></div>
      <div contenteditable="false">COPD here</div>
      <svg><text>lung cancer</text></svg><math><mi>COPD</mi></math>
      <mark>lung cancer</mark><div data-healthlens-ui><span>COPD</span></div>
      <nav><a href="#">Lung cancer</a></nav><div role="navigation">COPD</div>
      <p id="ok">lung cancer</p>`;
    engine = start();
    await settle();
    expect(markedTerms()).toEqual(['lung-cancer']);
    expect(document.querySelector('#ok mark')).not.toBeNull();
  });

  it('highlights nothing in a document in design mode (the whole page is editable)', async () => {
    document.body.innerHTML = '<p>lung cancer</p>';
    document.designMode = 'on';
    try {
      engine = start();
      await settle();
      expect(markedTerms()).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  it('highlights inside links without breaking them', async () => {
    document.body.innerHTML = '<p><a href="/x">about lung cancer</a></p>';
    engine = start();
    await settle();
    const mark = document.querySelector('a mark');
    expect(mark?.closest('a')?.getAttribute('href')).toBe('/x');
  });

  it('is idempotent: a second engine adds nothing and nests nothing', async () => {
    document.body.innerHTML = '<p>COPD and lung cancer</p>';
    engine = start();
    await settle();
    const second = start();
    await settle();
    expect(document.querySelectorAll('mark mark')).toHaveLength(0);
    expect(markedTerms()).toEqual(['copd', 'lung-cancer']);
    second.stop();
  });

  it('highlights content added after load, and text that changes', async () => {
    document.body.innerHTML = '<main></main>';
    engine = start();
    await settle();
    const p = document.createElement('p');
    p.textContent = 'A biopsy may follow.';
    document.querySelector('main')!.append(p);
    await settle();
    expect(markedTerms()).toEqual(['biopsy']);
    const text = document.createTextNode('nothing yet');
    p.append(text);
    await settle();
    text.data = 'then COPD';
    await settle();
    expect(markedTerms()).toEqual(['biopsy', 'copd']);
  });

  it('keeps the page text right when the page rewrites a text node it owns', async () => {
    document.body.innerHTML = '<p id="p">start</p>';
    const owned = document.querySelector('#p')!.firstChild as Text;
    owned.data = 'before lung cancer after';
    engine = start();
    await settle();
    expect(markedTerms()).toEqual(['lung-cancer']);
    // A framework keeps a reference to its text node and rewrites it.
    owned.data = 'now about COPD only';
    await settle();
    expect(document.querySelector('#p')!.textContent).toBe('now about COPD only');
    expect(markedTerms()).toEqual(['copd']);
    // ... and removes it.
    owned.remove();
    await settle();
    expect(document.querySelector('#p')!.textContent).toBe('');
    expect(markedTerms()).toEqual([]);
  });

  it('stop() restores the page exactly, with the same text nodes', async () => {
    document.body.innerHTML = '<p id="p">Lung cancer, COPD and back pain.</p><p>biopsies</p>';
    const html = document.body.innerHTML;
    const pageNode = document.querySelector('#p')!.firstChild;
    engine = start();
    await settle();
    expect(markedTerms()).toHaveLength(4);
    engine.stop();
    engine = undefined;
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('#p')!.firstChild).toBe(pageNode);
    expect(document.querySelector('#p')!.childNodes).toHaveLength(1);
  });

  it('falls back to one rescan after a burst of changes', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    engine = start();
    await settle();
    const host = document.querySelector('#host')!;
    for (let i = 0; i < 1500; i++) {
      const span = document.createElement('span');
      span.textContent = i % 500 === 0 ? 'COPD ' : 'x ';
      host.append(span);
    }
    await settle(10);
    expect(markedTerms()).toEqual(['copd', 'copd', 'copd']);
  });
});
