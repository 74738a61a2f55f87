import { describe, expect, it } from 'vitest';
import type { ResolvedPublicFile, Wxt, WxtHooks } from 'wxt';
import config from '../../wxt.config';
import { glossary } from '@/glossary';
import { cardContentFor } from '@/glossary/card-content';
import { cardFiles } from '@/glossary/card-files';
import { cardFilePath } from '@/messages/protocol';

describe('the card files the build writes', () => {
  const files = cardFiles();
  const byPath = new Map(files.map((file) => [file.relativeDest, file.contents]));

  it('has one file for every glossary entry, holding exactly its card content', () => {
    expect(files).toHaveLength(glossary.length);
    expect(byPath.size).toBe(glossary.length);
    for (const { id } of glossary) {
      const contents = byPath.get(`terms/${id}.json`);
      expect(contents, id).toBeDefined();
      expect(JSON.parse(contents!), id).toStrictEqual(JSON.parse(JSON.stringify(cardContentFor(id))));
    }
  });

  it('names each related term, so a card draws its links without the glossary', () => {
    for (const { id, related = [] } of glossary) {
      const card = JSON.parse(byPath.get(cardFilePath(id))!) as { related?: unknown };
      expect(card.related ?? [], id).toEqual(related.map((other) => ({ id: other, name: glossary.find((e) => e.id === other)!.name })));
    }
  });

  it('are written by the build: wxt.config.ts adds them as public assets', async () => {
    const assets: ResolvedPublicFile[] = [{ absoluteSrc: '/public/icon/16.png', relativeDest: 'icon/16.png' }];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs the hooks' flat type
    const hook = (config.hooks as Partial<WxtHooks> | undefined)?.['build:publicAssets'];
    expect(hook).toBeTypeOf('function');
    await hook!({} as Wxt, assets);
    expect(assets[0]!.relativeDest).toBe('icon/16.png');
    // Beside the term index's files, which the content script reads.
    expect(assets.slice(1).filter((file) => file.relativeDest.startsWith('terms/'))).toEqual(files);
    expect(assets.some((file) => file.relativeDest === 'index/words.txt')).toBe(true);
  });
});
