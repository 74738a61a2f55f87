import { useEffect, useState } from 'preact/hooks';
import { browser, type PublicPath } from 'wxt/browser';
import { cardFilePath, type CardContent } from '@/messages/protocol';

/** The glossary's ids are kebab-case; anything else (a page can put any data-term) has no file. */
const TERM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Each term asked for, once per page: its content, or undefined when the glossary has no such term. */
const loaded = new Map<string, Promise<CardContent | undefined>>();

/**
 * A term's card content, from the file the build wrote for it (`terms/<id>.json`, see
 * glossary/card-files.ts), fetched the first time it is asked for. Undefined for an id the glossary
 * does not have. For the extension's own pages (the card's frame, the popup).
 *
 * @example const content = await loadCardContent('pack-year'); content?.name // 'Pack-year'
 */
export function loadCardContent(termId: string): Promise<CardContent | undefined> {
  let content = loaded.get(termId);
  if (!content) {
    content = TERM_ID.test(termId) ? fetchCardContent(termId) : Promise.resolve(undefined);
    loaded.set(termId, content);
  }
  return content;
}

async function fetchCardContent(termId: string): Promise<CardContent | undefined> {
  // Files added at build time are not in WXT's generated list of public paths.
  const url = browser.runtime.getURL(`/${cardFilePath(termId)}` as PublicPath);
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const content = (await response.json()) as CardContent;
    return content.id === termId ? content : undefined;
  } catch {
    // No such file: the extension's own pages get a network error for it.
    return undefined;
  }
}

/**
 * The content of `termId` for a view: undefined while it loads, null when the glossary has no
 * such term.
 */
export function useCardContent(termId: string): CardContent | null | undefined {
  const [shown, setShown] = useState<{ termId: string; content: CardContent | null }>();
  useEffect(() => {
    let current = true;
    void loadCardContent(termId).then((content) => current && setShown({ termId, content: content ?? null }));
    return () => {
      current = false;
    };
  }, [termId]);
  return shown?.termId === termId ? shown.content : undefined;
}
